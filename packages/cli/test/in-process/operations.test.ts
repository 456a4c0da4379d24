// @ts-nocheck
// The generated commands run in this process against the stateful engine: what each sends (path,
// query, body) from its arguments and flags, what it prints, and the usage errors of its flags.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { createInProcessOrg, type InProcessOrg } from "../support/in-process-org.js";
import { runAgainst } from "../support/run-in-process.js";
import { seededTenants } from "../support/seed.js";
import { createWebClient, createWebClientArgv } from "../support/web-client.js";

const subscriptionId = "1111222233334444";
let mock: InProcessOrg;

beforeEach(() => {
  mock = createInProcessOrg({
    seed: { tenants: seededTenants(25), subscriptionIds: [subscriptionId] },
  });
});

/** The API requests sent, without the token request. */
const apiRequests = () => mock.requests.filter((request) => request.path !== "/oauth/token");

/** Runs a command that must succeed and print nothing on stderr. */
async function ok(argv: string[], stdin?: string) {
  const run = await runAgainst(mock, argv, stdin === undefined ? {} : { stdin });
  expect(run, run.stderr).toMatchObject({ code: 0, stderr: "" });
  return run;
}

describe("query flags", () => {
  it("sends the flags that were given, in the query, and prints the page's items", async () => {
    const { stdout } = await ok(["tenants", "list", "--limit", "2", "--sort", "-name"]);
    expect(apiRequests().map((request) => request.path)).toEqual([
      "/api/core/tenants?limit=2&sort=-name",
    ]);
    expect(JSON.parse(stdout).map((tenant: { name: string }) => tenant.name)).toEqual([
      "Tenant 024",
      "Tenant 023",
    ]);
  });

  it("sends no query at all when no query flag is given", async () => {
    await ok(["tenants", "list"]);
    expect(apiRequests().map((request) => request.path)).toEqual(["/api/core/tenants"]);
  });

  it("sends a flag's value as its own argument when the method takes it alone (count)", async () => {
    const { stdout } = await ok([
      "tenants",
      "count",
      "--filter",
      `subscriptionId eq "${subscriptionId}"`,
    ]);
    expect(JSON.parse(stdout)).toEqual({ total: 25 });
    expect(apiRequests()[0]?.path).toBe(
      `/api/core/tenants/actions/count?filter=subscriptionId%20eq%20%22${subscriptionId}%22`,
    );
  });

  it("refuses a missing required query flag before sending anything", async () => {
    const run = await runAgainst(mock, ["tenants", "count"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("required option '--filter <value>' not specified");
    expect(mock.requests).toEqual([]);
  });

  it.each([
    ["abc", "expected a number."],
    [" ", "expected a number."],
    ["1.5", "expected a whole number."],
  ])("refuses --limit %j of an integer flag: %s", async (value, message) => {
    const run = await runAgainst(mock, ["tenants", "list", "--limit", value]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(mock.requests).toEqual([]);
  });

  it("refuses a number flag's value that is not a number", async () => {
    const run = await runAgainst(mock, ["oauth-clients", "list", "--limit", "ten"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("expected a number.");
    expect(mock.requests).toEqual([]);
  });

  it("takes a fraction for a number flag (only integer flags want whole numbers)", async () => {
    const run = await runAgainst(mock, ["oauth-clients", "list", "--limit", "1.5"]);
    expect(run.stderr).not.toContain("whole number");
    expect(apiRequests()[0]?.path).toBe("/api/core/oauth-clients?limit=1.5");
  });

  it("sends a boolean flag as true when it is given, with no value", async () => {
    await ok(["oauth-clients", "list", "--total-results"]);
    expect(apiRequests()[0]?.path).toBe("/api/core/oauth-clients?totalResults=true");
  });

  it("offers a text flag's choices and refuses any other value", async () => {
    const run = await runAgainst(mock, ["tenants", "list", "--total-results", "maybe"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Allowed choices are true, false.");
    await ok(["tenants", "list", "--total-results", "true", "--limit", "1"]);
    expect(apiRequests()[0]?.path).toBe("/api/core/tenants?limit=1&totalResults=true");
  });

  it("says there are more results only on a terminal, and only when there are", async () => {
    const page = await runAgainst(mock, ["tenants", "list", "--limit", "5", "-o", "json"], {
      terminal: true,
    });
    expect(page.stderr).toBe("qlik-org: more results: add --all to fetch every page\n");
    const piped = await runAgainst(mock, ["tenants", "list", "--limit", "5"]);
    expect(piped.stderr).toBe("");
    const last = await runAgainst(mock, ["tenants", "list", "--limit", "100", "-o", "json"], {
      terminal: true,
    });
    expect(last.stderr).toBe("");
  });
});

describe("--all", () => {
  it("follows the client's listAll through every page, one ndjson line per item", async () => {
    const { stdout } = await ok(["tenants", "list", "--all", "--limit", "10", "-o", "ndjson"]);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(25);
    expect(new Set(lines.map((line) => JSON.parse(line).id)).size).toBe(25);
    expect(apiRequests()).toHaveLength(3);
  });

  it("pages tenants filter (a POST) by sending the next cursor of links.next.href", async () => {
    const { stdout } = await ok([
      "tenants",
      "filter",
      "--filter",
      `subscriptionId eq "${subscriptionId}"`,
      "--limit",
      "10",
      "--all",
      "-o",
      "ndjson",
    ]);
    expect(stdout.trimEnd().split("\n")).toHaveLength(25);
    const sent = apiRequests();
    expect(sent.map((request) => request.method)).toEqual(["POST", "POST", "POST"]);
    expect(sent[0]?.path).toBe("/api/core/tenants/actions/filter?limit=10");
    expect(sent[1]?.path).toMatch(/^\/api\/core\/tenants\/actions\/filter\?limit=10&next=[^&]+$/);
    // The cursor of the second page is not the first one's again.
    expect(sent[2]?.path).not.toBe(sent[1]?.path);
    expect(JSON.parse(sent[2]?.body ?? "")).toEqual({
      filter: `subscriptionId eq "${subscriptionId}"`,
    });
  });

  it("prints one page and stops when a filter page has no next link", async () => {
    const { stdout } = await ok(["tenants", "filter", "--filter", 'name eq "Tenant 001"', "--all"]);
    expect(JSON.parse(stdout).map((tenant: { name: string }) => tenant.name)).toEqual([
      "Tenant 001",
    ]);
    expect(apiRequests()).toHaveLength(1);
  });
});

describe("body flags and --body", () => {
  it("sends body flags as fields, lists from repeated and comma-separated values", async () => {
    await ok([
      "oauth-clients",
      "create",
      "--app-type",
      "web",
      "--client-name",
      "ci",
      "--redirect-uris",
      "https://a.example/cb, https://b.example/cb",
      "--redirect-uris",
      ",https://c.example/cb,,",
      "--allowed-grant-types",
      "client_credentials",
    ]);
    expect(JSON.parse(apiRequests()[0]?.body ?? "")).toEqual({
      appType: "web",
      clientName: "ci",
      redirectUris: ["https://a.example/cb", "https://b.example/cb", "https://c.example/cb"],
      allowedGrantTypes: ["client_credentials"],
    });
  });

  it("refuses a list value outside the flag's choices", async () => {
    const run = await runAgainst(mock, [
      "oauth-clients",
      "create",
      "--app-type",
      "web",
      "--client-name",
      "ci",
      "--allowed-grant-types",
      "client_credentials,password",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "allowed choices are client_credentials, urn:qlik:oauth:user-impersonation.",
    );
    expect(mock.requests).toEqual([]);
  });

  it("names every missing required field as its flag", async () => {
    const both = await runAgainst(mock, ["oauth-clients", "create"]);
    expect(both).toMatchObject({
      code: 2,
      stdout: "",
      stderr:
        "qlik-org: missing required --app-type, --client-name\n" +
        "qlik-org: hint: give them as flags or in --body @file.json\n",
    });
    const one = await runAgainst(mock, ["oauth-clients", "create", "--app-type", "web"]);
    expect(one.stderr).toBe(
      "qlik-org: missing required --client-name\n" +
        "qlik-org: hint: give it as flags or in --body @file.json\n",
    );
    expect(mock.requests).toEqual([]);
  });

  it("takes the body inline, from a file or from stdin, and flags override its fields", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qlik-org-body-"));
    const file = join(dir, "body.json");
    writeFileSync(file, JSON.stringify({ appType: "web", clientName: "from-file" }));
    await ok(["oauth-clients", "create", "--body", `@${file}`]);
    await ok(
      ["oauth-clients", "create", "--body", "-", "--client-name", "flag-wins"],
      '{"appType":"spa","clientName":"stdin"}',
    );
    await ok(["oauth-clients", "create", "--body", '{"appType":"native","clientName":"inline"}']);
    expect(apiRequests().map((request) => JSON.parse(request.body))).toEqual([
      { appType: "web", clientName: "from-file" },
      { appType: "spa", clientName: "flag-wins" },
      { appType: "native", clientName: "inline" },
    ]);
  });

  it.each([
    ["[1, 2]", "qlik-org: --body must hold a JSON object\n"],
    ["null", "qlik-org: --body must hold a JSON object\n"],
    ["7", "qlik-org: --body must hold a JSON object\n"],
  ])("refuses a body %s that is not an object", async (body, stderr) => {
    const run = await runAgainst(mock, ["oauth-clients", "create", "--body", body]);
    expect(run).toMatchObject({ code: 2, stderr });
  });

  it("says where the body that is not JSON came from", async () => {
    const inline = await runAgainst(mock, ["oauth-clients", "create", "--body", "{nope"]);
    expect(inline.code).toBe(2);
    expect(inline.stderr).toMatch(/^qlik-org: --body: the argument is not JSON: \S/);
    const stdin = await runAgainst(mock, ["oauth-clients", "create", "--body", "-"], {
      stdin: "nope",
    });
    expect(stdin.stderr).toMatch(/^qlik-org: --body: stdin is not JSON: \S/);
    const missing = await runAgainst(mock, ["tenants", "filter", "--body", "@/no/such/body.json"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^qlik-org: --body: cannot read \/no\/such\/body\.json: ENOENT/);
    expect(mock.requests).toEqual([]);
  });

  it("prints a new client's secret on stdout once, with a note on stderr", async () => {
    const run = await runAgainst(mock, createWebClientArgv("ci"));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).clientSecret).toMatch(/\S{16}/);
    expect(run.stderr).toBe(
      "qlik-org: note: clientSecret is shown only this once and cannot be read again; store it now.\n",
    );
    const { clientId } = JSON.parse(run.stdout);
    const secret = await runAgainst(mock, ["oauth-clients", "create-secret", clientId]);
    expect(JSON.parse(secret.stdout).clientSecret).toMatch(/\S{16}/);
    expect(secret.stderr).toContain("note: clientSecret is shown only this once");
  });

  it("adds no note for a client without a secret", async () => {
    const run = await runAgainst(mock, [
      "oauth-clients",
      "create",
      "--app-type",
      "spa",
      "--client-name",
      "x",
    ]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
  });
});

describe("update (JSON Patch)", () => {
  it("sends a replace step per flag, after the steps of --patch", async () => {
    const { clientId } = await createWebClient(mock);
    mock.requests.length = 0;
    await ok([
      "oauth-clients",
      "update",
      clientId,
      "--patch",
      '[{"op":"replace","path":"/description","value":"from patch"}]',
      "--client-name",
      "renamed",
    ]);
    expect(apiRequests()[0]).toMatchObject({
      method: "PATCH",
      path: `/api/core/oauth-clients/${clientId}`,
    });
    expect(JSON.parse(apiRequests()[0]?.body ?? "")).toEqual([
      { op: "replace", path: "/description", value: "from patch" },
      { op: "replace", path: "/clientName", value: "renamed" },
    ]);
  });

  it("refuses an update with nothing to change, naming the flags", async () => {
    const run = await runAgainst(mock, ["oauth-clients", "update", "some-id"]);
    expect(run).toMatchObject({
      code: 2,
      stderr:
        "qlik-org: nothing to change\n" +
        "qlik-org: hint: give --client-name, --description or --patch @file.json\n",
    });
  });

  it("refuses --patch that is not an array of steps", async () => {
    const run = await runAgainst(mock, ["oauth-clients", "update", "x", "--patch", "{}"]);
    expect(run).toMatchObject({
      code: 2,
      stderr: "qlik-org: --patch must hold a JSON array of steps\n",
    });
    const broken = await runAgainst(mock, ["oauth-clients", "update", "x", "--patch", "[{"]);
    expect(broken.stderr).toMatch(/^qlik-org: --patch: the argument is not JSON: \S/);
    const empty = await runAgainst(mock, ["oauth-clients", "update", "x", "--patch", "[]"]);
    expect(empty.stderr).toContain("nothing to change");
    expect(mock.requests).toEqual([]);
  });
});

describe("path arguments", () => {
  it("puts each argument where the path names it", async () => {
    const { clientId } = await createWebClient(mock);
    const secrets = await ok(["oauth-clients", "get", clientId]);
    const hint = JSON.parse(secrets.stdout).clientSecrets[0].hint as string;
    mock.requests.length = 0;
    const run = await runAgainst(mock, ["oauth-clients", "delete-secret", clientId, hint, "--yes"]);
    expect(run).toMatchObject({ code: 0, stdout: "", stderr: "" });
    expect(apiRequests()).toMatchObject([
      { method: "DELETE", path: `/api/core/oauth-clients/${clientId}/client-secrets/${hint}` },
    ]);
  });

  it("prints the one object of a get", async () => {
    const id = seededTenants(1)[0]?.id ?? "";
    const { stdout } = await ok(["tenants", "get", id]);
    expect(JSON.parse(stdout)).toMatchObject({ id, name: "Tenant 000" });
  });

  it("says a command with no result is done, on a terminal only", async () => {
    const { clientId } = await createWebClient(mock, "a");
    const onTerminal = await runAgainst(mock, ["oauth-clients", "delete", clientId, "--yes"], {
      terminal: true,
    });
    expect(onTerminal).toMatchObject({
      code: 0,
      stdout: "",
      stderr: "qlik-org: Delete an OAuth client: done.\n",
    });
    const { clientId: other } = await createWebClient(mock, "b");
    const piped = await runAgainst(mock, ["oauth-clients", "delete", other, "--yes"]);
    expect(piped).toMatchObject({ code: 0, stdout: "", stderr: "" });
  });
});
