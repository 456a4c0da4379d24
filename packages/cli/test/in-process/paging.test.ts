// `--all` against next links the stateful engine never sends: a link that pages by offset instead
// of a cursor, and a page without items. The client's listAll follows any link as it is given;
// tenants filter (a POST) can only carry a `next` cursor, so it stops where there is none.

import { describe, expect, it } from "vitest";
import { credentialEnv, runInProcess } from "../support/run-in-process.js";
import { createScriptedApi, type ScriptedAnswer } from "../support/scripted-api.js";

const origin = "https://console.qlikcloud.com";

async function runScripted(argv: string[], answers: ScriptedAnswer[]) {
  const api = createScriptedApi(answers);
  const run = await runInProcess(argv, { env: credentialEnv(), fetch: api.fetch });
  expect(run.code, run.stderr).toBe(0);
  return { ...run, seen: api.seen };
}

describe("a list method that pages itself (tenants list)", () => {
  it("follows a next link that carries an offset instead of a cursor", async () => {
    const { stdout, seen } = await runScripted(
      ["tenants", "list", "--all", "-o", "ndjson"],
      [
        {
          method: "GET",
          path: "/api/core/tenants",
          body: {
            data: [{ id: "t-1" }],
            links: {
              self: { href: `${origin}/api/core/tenants` },
              next: { href: `${origin}/api/core/tenants?offset=1` },
            },
          },
        },
        {
          method: "GET",
          path: "/api/core/tenants?offset=1",
          body: {
            data: [{ id: "t-2" }],
            links: { self: { href: `${origin}/api/core/tenants?offset=1` } },
          },
        },
      ],
    );
    expect(stdout).toBe('{"id":"t-1"}\n{"id":"t-2"}\n');
    expect(seen).toEqual(["GET /api/core/tenants", "GET /api/core/tenants?offset=1"]);
  });
});

describe("tenants filter, paged by its next cursor", () => {
  const filterPath = "/api/core/tenants/actions/filter";

  it("stops at a next link with no cursor in it, after one request", async () => {
    const { stdout, seen } = await runScripted(
      ["tenants", "filter", "--filter", "x", "--all", "-o", "ndjson"],
      [
        {
          method: "POST",
          path: filterPath,
          body: {
            data: [{ id: "t-1" }],
            links: { next: { href: `${origin}${filterPath}?offset=1` } },
          },
        },
      ],
    );
    expect(stdout).toBe('{"id":"t-1"}\n');
    expect(seen).toEqual([`POST ${filterPath}`]);
  });

  it("prints nothing for a page without items", async () => {
    const { stdout } = await runScripted(
      ["tenants", "filter", "--filter", "x", "--all", "-o", "json"],
      [{ method: "POST", path: filterPath, body: { links: {} } }],
    );
    expect(stdout).toBe("[]\n");
  });
});
