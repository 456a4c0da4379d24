// @ts-nocheck
// Every `-o` format for a list and for one object, the empty list, CSV quoting, which format a run
// picks by itself, and when tables are coloured.

import { beforeEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { createInProcessOrg, type InProcessOrg } from "../support/in-process-org.js";
import { credentialEnv, runAgainst, runInProcess } from "../support/run-in-process.js";
import { createScriptedApi, type ScriptedAnswer } from "../support/scripted-api.js";
import { seededTenants } from "../support/seed.js";
import { createWebClient } from "../support/web-client.js";

let mock: InProcessOrg;
const [first, second] = seededTenants(2);
const firstId = first?.id ?? "";

beforeEach(() => {
  mock = createInProcessOrg({ seed: { tenants: seededTenants(2) } });
});

/** The seeded tenants as the API answers them (with their self link). */
const served = [first, second].map((tenant) => ({
  ...tenant,
  links: { self: { href: `https://console.qlikcloud.com/api/core/tenants/${tenant?.id}` } },
}));

async function print(argv: string[], terminal = false) {
  const run = await runAgainst(mock, argv, { terminal });
  expect(run.code, run.stderr).toBe(0);
  return run.stdout;
}

describe("a list", () => {
  it("json: one indented array of the items", async () => {
    expect(await print(["tenants", "list", "-o", "json"])).toBe(
      `${JSON.stringify(served, null, 2)}\n`,
    );
  });

  it("ndjson: one item per line", async () => {
    expect(await print(["tenants", "list", "-o", "ndjson"])).toBe(
      served.map((tenant) => `${JSON.stringify(tenant)}\n`).join(""),
    );
  });

  it("yaml: one sequence of the items", async () => {
    expect(await print(["tenants", "list", "-o", "yaml"])).toBe(stringify(served));
  });

  it("csv: the first item's flat fields as the header, lists joined with ';'", async () => {
    const lines = (await print(["tenants", "list", "-o", "csv"])).split("\n");
    expect(lines).toEqual([
      "id,name,hostnames,regionCode,countryCode,status,createdAt,updatedAt,subscriptionId",
      `${firstId},Tenant 000,t0.us.qlikcloud.com,us-east-1,US,active,2026-01-01T00:00:00.000Z,2026-01-01T00:00:00.000Z,1111222233334444`,
      `${second?.id},Tenant 001,t1.us.qlikcloud.com,us-east-1,US,active,2026-01-01T00:00:00.000Z,2026-01-01T00:00:00.000Z,1111222233334444`,
      "",
    ]);
  });

  it("table: a row per item and a column per flat field, no rule between rows", async () => {
    const table = await print(["tenants", "list", "-o", "table"]);
    const lines = table.trimEnd().split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^┌─+┬/);
    expect(lines[1]).toMatch(/^│ id +│ name +│ hostnames +│ regionCode/);
    expect(lines[2]).toContain(`│ ${firstId} │ Tenant 000 │ t0.us.qlikcloud.com │`);
    expect(lines[3]).toContain("│ Tenant 001 │");
    expect(table).not.toContain("links");
    expect(table.endsWith("┘\n")).toBe(true);
  });

  it.each([
    ["json", "[]\n"],
    ["yaml", "[]\n"],
    ["ndjson", ""],
    ["csv", ""],
    ["table", "(none)\n"],
  ])("an empty list in %s prints %j", async (format, text) => {
    expect(await print(["oauth-clients", "list", "-o", format])).toBe(text);
  });

  it("csv quotes a field with a comma, quote or line break, doubling its quotes", async () => {
    const created = await runAgainst(mock, [
      "oauth-clients",
      "create",
      "--app-type",
      "spa",
      "--client-name",
      'ci, "nightly"',
      "--description",
      "two\nlines",
      "--redirect-uris",
      "https://a.example/cb,https://b.example/cb",
    ]);
    expect(created.code, created.stderr).toBe(0);
    const csv = await print(["oauth-clients", "list", "-o", "csv"]);
    expect(csv).toContain(',"ci, ""nightly""",');
    expect(csv).toContain(',"two\nlines",');
    expect(csv).toContain(",https://a.example/cb;https://b.example/cb,");
  });
});

describe("fields that do not fit in a cell", () => {
  it("are left out of a list's columns, and shown as compact JSON for one object", async () => {
    const { clientId } = await createWebClient(mock);
    const csv = await print(["oauth-clients", "list", "-o", "csv"]);
    expect(csv.split("\n")[0]).toContain("clientName");
    expect(csv).not.toContain("clientSecrets");
    const list = await print(["oauth-clients", "list", "-o", "table"]);
    expect(list).not.toContain("clientSecrets");
    const one = await print(["oauth-clients", "get", clientId, "-o", "table"]);
    expect(one).toMatch(/│ clientSecrets +│ \[\{"hint":"[^"]+"/);
  });
});

describe("absent and null fields", () => {
  /** Prints what the scripted API answers, in `format`. */
  async function printScripted(argv: string[], answer: ScriptedAnswer) {
    const api = createScriptedApi([answer]);
    const run = await runInProcess(argv, { env: credentialEnv(), fetch: api.fetch });
    expect(run.code, run.stderr).toBe(0);
    return run.stdout;
  }
  const list = (body: unknown): ScriptedAnswer => ({
    method: "GET",
    path: "/api/core/tenants",
    body,
  });
  const one = (body: unknown): ScriptedAnswer => ({
    method: "GET",
    path: "/api/core/tenants/t-1",
    body,
  });

  it("a field an item lacks is an empty cell, not 'undefined'", async () => {
    const body = { data: [{ id: "a", description: "first" }, { id: "b" }] };
    expect(await printScripted(["tenants", "list", "-o", "csv"], list(body))).toBe(
      "id,description\na,first\nb,\n",
    );
    const table = await printScripted(["tenants", "list", "-o", "table"], list(body));
    expect(table).toMatch(/│ b +│ +│/);
    expect(table).not.toContain("undefined");
  });

  it("a null field is still a column, shown empty; in CSV a null in a list is an empty entry", async () => {
    const body = { id: "t-1", name: null, tags: ["a", null] };
    expect(await printScripted(["tenants", "get", "t-1", "-o", "csv"], one(body))).toBe(
      "id,name,tags\nt-1,,a;\n",
    );
    const table = await printScripted(["tenants", "get", "t-1", "-o", "table"], one(body));
    expect(table).toMatch(/│ name +│ +│/);
    // A table shows a list holding null as JSON, so the null stays visible there.
    expect(table).toMatch(/│ tags +│ \["a",null\] +│/);
    expect(await printScripted(["tenants", "list", "-o", "csv"], list({ data: [body] }))).toBe(
      "id,name,tags\nt-1,,a;\n",
    );
  });
});

describe("one object", () => {
  const tenant = () => served[0] as Record<string, unknown>;

  it("json: the object, indented", async () => {
    expect(await print(["tenants", "get", firstId, "-o", "json"])).toBe(
      `${JSON.stringify(tenant(), null, 2)}\n`,
    );
  });

  it("ndjson: the object on one line", async () => {
    expect(await print(["tenants", "get", firstId, "-o", "ndjson"])).toBe(
      `${JSON.stringify(tenant())}\n`,
    );
  });

  it("yaml: the object", async () => {
    expect(await print(["tenants", "get", firstId, "-o", "yaml"])).toBe(stringify(tenant()));
  });

  it("csv: a header row and one row", async () => {
    expect(await print(["tenants", "get", firstId, "-o", "csv"])).toBe(
      "id,name,hostnames,regionCode,countryCode,status,createdAt,updatedAt,subscriptionId\n" +
        `${firstId},Tenant 000,t0.us.qlikcloud.com,us-east-1,US,active,2026-01-01T00:00:00.000Z,2026-01-01T00:00:00.000Z,1111222233334444\n`,
    );
  });

  it("csv: a number is a column too", async () => {
    const count = await print([
      "tenants",
      "count",
      "--filter",
      'subscriptionId eq "1111222233334444"',
      "-o",
      "csv",
    ]);
    expect(count).toBe("total\n2\n");
  });

  it("table: a row per field, lists joined with ', ' and objects as compact JSON", async () => {
    const table = await print(["tenants", "get", firstId, "-o", "table"]);
    expect(table).toMatch(/│ name +│ Tenant 000 +│/);
    expect(table).toMatch(/│ hostnames +│ t0\.us\.qlikcloud\.com +│/);
    expect(table).toContain(`{"self":{"href":"https://console.qlikcloud.com/api/core/tenants/`);
    expect(table.endsWith("┘\n")).toBe(true);
  });

  it("table: a list of several values reads as one comma-separated cell", async () => {
    mock = createInProcessOrg({
      seed: { tenants: [{ ...first, hostnames: ["a.example", "b.example"] }] as never },
    });
    const table = await print(["tenants", "get", firstId, "-o", "table"]);
    expect(table).toMatch(/│ hostnames +│ a\.example, b\.example +│/);
  });
});

describe("the format a run picks", () => {
  it("is a table on a terminal and JSON in a pipe", async () => {
    expect(await print(["tenants", "get", firstId], true)).toMatch(/^┌/);
    expect(JSON.parse(await print(["tenants", "get", firstId]))).toMatchObject({ id: firstId });
  });
});

describe("colour", () => {
  // The process's own stdout is not a terminal here: only the stream the CLI is given counts.
  const bold = "\x1b[1mid\x1b[22m";

  it("bolds table headings on a terminal, and colours nothing else (no red heads, no grey borders)", async () => {
    for (const argv of [
      ["tenants", "list"],
      ["tenants", "get", firstId],
    ]) {
      const table = await print(argv, true);
      expect(table).toContain(bold);
      expect(table.replaceAll("\x1b[1m", "").replaceAll("\x1b[22m", "")).not.toContain("\x1b[");
    }
  });

  it("never colours in a pipe, with --no-color or with NO_COLOR set", async () => {
    expect(await print(["tenants", "list", "-o", "table"])).not.toContain("\x1b[");
    expect(await print(["tenants", "list", "--no-color"], true)).not.toContain("\x1b[");
    const noColor = await runAgainst(mock, ["tenants", "list"], {
      terminal: true,
      env: { NO_COLOR: "1" },
    });
    expect(noColor.stdout).not.toContain("\x1b[");
  });

  it("ignores an empty NO_COLOR, as no-color.org says", async () => {
    const run = await runAgainst(mock, ["tenants", "list"], {
      terminal: true,
      env: { NO_COLOR: "" },
    });
    expect(run.stdout).toContain(bold);
  });

  it("colours by stdout alone: a terminal stderr does not colour a piped table", async () => {
    const run = await runAgainst(mock, ["tenants", "list", "-o", "table"], {
      terminal: { stderr: true, stdin: true },
    });
    expect(run.stdout).not.toContain("\x1b[");
  });
});
