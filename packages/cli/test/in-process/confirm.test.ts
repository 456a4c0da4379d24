// @ts-nocheck
// Destructive commands ask the user to type the id (for delete-secret, the hint) on a terminal,
// refuse without one unless `--yes`, and send nothing, not even a token request, when refused.

import { beforeEach, describe, expect, it } from "vitest";
import { createInProcessOrg, type InProcessOrg } from "../support/in-process-org.js";
import { runAgainst } from "../support/run-in-process.js";
import { createWebClient } from "../support/web-client.js";

let mock: InProcessOrg;
let clientId: string;

beforeEach(async () => {
  mock = createInProcessOrg();
  clientId = (await createWebClient(mock, "doomed")).clientId;
  mock.requests.length = 0;
});

/** The DELETE requests that went out. */
const deletes = () => mock.requests.filter((request) => request.method === "DELETE");

describe("without a terminal", () => {
  it("refuses a delete without --yes, says how to confirm in a script, sends nothing", async () => {
    const run = await runAgainst(mock, ["oauth-clients", "delete", clientId]);
    expect(run).toEqual({
      code: 3,
      stdout: "",
      stderr:
        `qlik-org: refusing to run \`oauth-clients delete ${clientId}\` without confirmation; nothing was sent\n` +
        "qlik-org: hint: pass --yes to confirm in a script\n",
    });
    expect(mock.requests).toEqual([]);
  });

  it.each([
    ["only stdin", { stdin: true }],
    ["only stderr", { stderr: true, stdout: true }],
  ])("refuses when %s is a terminal (it asks on stderr and reads stdin)", async (_, terminal) => {
    const run = await runAgainst(mock, ["oauth-clients", "delete", clientId], {
      terminal,
      stdin: `${clientId}\r`,
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("without confirmation; nothing was sent");
    expect(mock.requests).toEqual([]);
  });

  it("runs with --yes", async () => {
    const run = await runAgainst(mock, ["oauth-clients", "delete", clientId, "--yes"]);
    expect(run.code, run.stderr).toBe(0);
    expect(deletes()).toHaveLength(1);
  });
});

describe("on a terminal", () => {
  it("asks to type the id and deletes when it is typed", async () => {
    const run = await runAgainst(mock, ["oauth-clients", "delete", clientId], {
      terminal: true,
      stdin: ` ${clientId} \r`,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`Delete an OAuth client: type ${clientId} to confirm`);
    expect(deletes()).toMatchObject([{ path: `/api/core/oauth-clients/${clientId}` }]);
  });

  it.each([
    ["a mistyped id", "wrong\r"],
    ["Ctrl-C", "\x03"],
  ])("sends nothing after %s", async (_, keys) => {
    const run = await runAgainst(mock, ["oauth-clients", "delete", clientId], {
      terminal: true,
      stdin: keys,
    });
    expect(run.code).toBe(3);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      new RegExp(
        `qlik-org: \`oauth-clients delete ${clientId}\` was not confirmed; nothing was sent\\n$`,
      ),
    );
    expect(mock.requests).toEqual([]);
  });

  it("asks for the hint, the last argument, for delete-secret", async () => {
    const got = await runAgainst(mock, ["oauth-clients", "get", clientId]);
    const hint = JSON.parse(got.stdout).clientSecrets[0].hint as string;
    const refused = await runAgainst(mock, ["oauth-clients", "delete-secret", clientId, hint], {
      terminal: true,
      stdin: `${clientId}\r`,
    });
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain(`type ${hint} to confirm`);
    expect(refused.stderr).toContain(
      `\`oauth-clients delete-secret ${clientId} ${hint}\` was not confirmed`,
    );
    const done = await runAgainst(mock, ["oauth-clients", "delete-secret", clientId, hint], {
      terminal: true,
      stdin: `${hint}\r`,
    });
    expect(done.code, done.stderr).toBe(0);
    expect(deletes()).toMatchObject([
      { path: `/api/core/oauth-clients/${clientId}/client-secrets/${hint}` },
    ]);
  });

  it("does not ask with --yes", async () => {
    const run = await runAgainst(mock, ["oauth-clients", "delete", clientId, "--yes"], {
      terminal: true,
    });
    expect(run).toMatchObject({ code: 0, stderr: "qlik-org: Delete an OAuth client: done.\n" });
  });
});
