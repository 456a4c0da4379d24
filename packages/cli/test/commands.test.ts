// Every generated command and every output format, through the installed `qlik-org`, against the
// stateful mock over HTTP.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockOrg, startMockOrg } from "./support/mock-org.js";
import { envFor, runCli, transcript } from "./support/run-cli.js";
import { seededCredential, seededTenants } from "./support/seed.js";

const subscriptionId = "1111222233334444";
let mock: MockOrg;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  mock = await startMockOrg({
    seed: {
      credentials: [{ ...seededCredential }],
      tenants: seededTenants(250, subscriptionId),
      subscriptionIds: [subscriptionId],
    },
  });
  env = envFor(mock.url);
});
afterAll(() => mock.close());

/** Runs and expects exit 0 with nothing unexpected on stderr. */
async function ok(args: string[], input?: string) {
  const result = await runCli(args, { env, ...(input === undefined ? {} : { input }) });
  expect(result.status, `${args.join(" ")}\n${result.stderr}`).toBe(0);
  return result;
}

describe("tenants", () => {
  it("list prints a page's items as a JSON array when stdout is not a terminal", async () => {
    const { stdout } = await ok(["tenants", "list", "--limit", "5", "--sort", "name"]);
    const items = JSON.parse(stdout);
    expect(items.map((t: { name: string }) => t.name)).toEqual([
      "Tenant 000",
      "Tenant 001",
      "Tenant 002",
      "Tenant 003",
      "Tenant 004",
    ]);
  });

  it("list --all follows links.next.href through all 250 seeded tenants, one ndjson line each", async () => {
    const before = mock.requests.length;
    const { stdout } = await ok(["tenants", "list", "--all", "--limit", "100", "-o", "ndjson"]);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(250);
    expect(new Set(lines.map((line) => JSON.parse(line).id)).size).toBe(250);
    const pages = mock.requests.slice(before).filter((r) => r.path.startsWith("/api/core/tenants"));
    expect(pages).toHaveLength(3);
  });

  it("list --all in JSON is one array of every item", async () => {
    const { stdout } = await ok([
      "tenants",
      "list",
      "--all",
      "--filter",
      `subscriptionId eq "${subscriptionId}"`,
    ]);
    expect(JSON.parse(stdout)).toHaveLength(250);
  });

  it("get prints the object", async () => {
    const id = seededTenants(1)[0]?.id ?? "";
    const { stdout } = await ok(["tenants", "get", id]);
    expect(JSON.parse(stdout)).toMatchObject({ id, name: "Tenant 000" });
  });

  it("count needs --filter and prints the total", async () => {
    const { stdout } = await ok([
      "tenants",
      "count",
      "--filter",
      `subscriptionId eq "${subscriptionId}"`,
    ]);
    expect(JSON.parse(stdout)).toEqual({ total: 250 });
    const missing = await runCli(["tenants", "count"], { env });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("--filter");
    expect(missing.stdout).toBe("");
  });

  it("filter sends the filter in the body, and --all follows the next cursor", async () => {
    const filter = `subscriptionId eq "${subscriptionId}"`;
    const page = JSON.parse(
      (await ok(["tenants", "filter", "--filter", filter, "--limit", "7"])).stdout,
    );
    expect(page).toHaveLength(7);
    const all = await ok([
      "tenants",
      "filter",
      "--filter",
      filter,
      "--limit",
      "100",
      "--all",
      "-o",
      "ndjson",
    ]);
    expect(all.stdout.trimEnd().split("\n")).toHaveLength(250);
  });
});

describe("every output format", () => {
  const id = seededTenants(1)[0]?.id ?? "";

  it("table: a header row and one row per item", async () => {
    const { stdout } = await ok([
      "tenants",
      "list",
      "--limit",
      "3",
      "--sort",
      "name",
      "-o",
      "table",
    ]);
    expect(stdout).toMatch(/│ id\s+│ name\s+│/);
    expect(stdout).toContain("Tenant 002");
    expect(stdout).not.toContain("\x1b["); // no colour when stdout is not a terminal
  });

  it("table for one object: a field per row", async () => {
    const { stdout } = await ok(["tenants", "get", id, "-o", "table"]);
    expect(stdout).toMatch(/│ name\s+│ Tenant 000\s+│/);
  });

  it("json, ndjson, yaml and csv for a list", async () => {
    const args = ["tenants", "list", "--limit", "2", "--sort", "name"];
    const json = JSON.parse((await ok([...args, "-o", "json"])).stdout);
    const ndjson = (await ok([...args, "-o", "ndjson"])).stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(ndjson).toEqual(json);
    const { parse } = await import("yaml");
    expect(parse((await ok([...args, "-o", "yaml"])).stdout)).toEqual(json);
    const csv = (await ok([...args, "-o", "csv"])).stdout.trimEnd().split("\n");
    expect(csv[0]).toBe(
      "id,name,hostnames,regionCode,countryCode,status,createdAt,updatedAt,subscriptionId",
    );
    expect(csv.slice(1).map((row) => row.split(",")[1])).toEqual(["Tenant 000", "Tenant 001"]);
  });

  it("json, ndjson, yaml and csv for one object", async () => {
    const json = JSON.parse((await ok(["tenants", "get", id, "-o", "json"])).stdout);
    expect(JSON.parse((await ok(["tenants", "get", id, "-o", "ndjson"])).stdout)).toEqual(json);
    const { parse } = await import("yaml");
    expect(parse((await ok(["tenants", "get", id, "-o", "yaml"])).stdout)).toEqual(json);
    const csv = (await ok(["tenants", "get", id, "-o", "csv"])).stdout.trimEnd().split("\n");
    expect(csv).toHaveLength(2);
    expect(csv[0]?.split(",")[0]).toBe("id");
  });

  it("--all streams in every format", async () => {
    for (const format of ["json", "yaml", "csv", "table"]) {
      const { stdout } = await ok(["tenants", "list", "--all", "--limit", "100", "-o", format]);
      expect(stdout.split("Tenant 249").length, format).toBe(2);
    }
  });
});

describe("oauth-clients", () => {
  let clientId = "";

  it("create takes the body from flags, prints clientSecret once and says so on stderr", async () => {
    const result = await ok([
      "oauth-clients",
      "create",
      "--app-type",
      "web",
      "--client-name",
      "ci-bot",
      "--allowed-auth-methods",
      "client_secret",
      "--redirect-uris",
      "https://a.example/cb,https://b.example/cb",
    ]);
    const created = JSON.parse(result.stdout);
    expect(created).toMatchObject({
      appType: "web",
      clientName: "ci-bot",
      redirectUris: ["https://a.example/cb", "https://b.example/cb"],
    });
    expect(created.clientSecret).toMatch(/\w{16,}/);
    expect(result.stderr).toContain("cannot be read again");
    clientId = created.clientId;
  });

  it("create reads --body from stdin, flags override it; an enum outside the choices is a usage error", async () => {
    const body = JSON.stringify({ appType: "web", clientName: "from-body", description: "d" });
    const created = JSON.parse(
      (await ok(["oauth-clients", "create", "--body", "-", "--client-name", "flag-wins"], body))
        .stdout,
    );
    expect(created).toMatchObject({ clientName: "flag-wins", description: "d" });
    const wrong = await runCli(
      ["oauth-clients", "create", "--app-type", "desktop", "--client-name", "x"],
      { env },
    );
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("web, native, spa, anonymous-embed".split(", ")[0]);
    const missing = await runCli(["oauth-clients", "create", "--app-type", "web"], { env });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("--client-name");
  });

  it("list and list --all show the created clients", async () => {
    const page = JSON.parse((await ok(["oauth-clients", "list"])).stdout);
    expect(page.map((c: { clientId: string }) => c.clientId)).toContain(clientId);
    const all = (await ok(["oauth-clients", "list", "--all", "--limit", "1", "-o", "ndjson"]))
      .stdout;
    expect(all.trimEnd().split("\n")).toHaveLength(2);
  });

  it("get and update (flags and --patch)", async () => {
    await ok([
      "oauth-clients",
      "update",
      clientId,
      "--client-name",
      "renamed",
      "--description",
      "new",
    ]);
    expect(JSON.parse((await ok(["oauth-clients", "get", clientId])).stdout)).toMatchObject({
      clientName: "renamed",
      description: "new",
    });
    const patch = JSON.stringify([{ op: "replace", path: "/description", value: "patched" }]);
    await ok(["oauth-clients", "update", clientId, "--patch", "-"], patch);
    expect(JSON.parse((await ok(["oauth-clients", "get", clientId])).stdout).description).toBe(
      "patched",
    );
  });

  it("create-secret prints the new secret once; delete-secret removes it by hint", async () => {
    const result = await ok(["oauth-clients", "create-secret", clientId]);
    const secret = JSON.parse(result.stdout);
    expect(secret.clientSecret).toMatch(/\w{16,}/);
    expect(result.stderr).toContain("cannot be read again");
    await ok(["oauth-clients", "delete-secret", clientId, secret.hint, "--yes"]);
    const hints = JSON.parse(
      (await ok(["oauth-clients", "get", clientId])).stdout,
    ).clientSecrets.map((s: { hint: string }) => s.hint);
    expect(hints).not.toContain(secret.hint);
  });

  it("delete --yes deletes; get then exits 4", async () => {
    await ok(["oauth-clients", "delete", clientId, "--yes"]);
    const gone = await runCli(["oauth-clients", "get", clientId], { env });
    expect(gone.status).toBe(4);
    expect(gone.stdout).toBe("");
    expect(gone.stderr).toMatch(/oauth-clients get failed: 404/);
  });
});

describe("auth token", () => {
  it("prints an access token that the API accepts", async () => {
    const { stdout } = await ok(["auth", "token"]);
    const token = stdout.trim();
    expect(mock.tokens).toContain(token);
    const { stdout: listed } = await runCli(["tenants", "list", "--limit", "1"], {
      env: {
        ...envFor(mock.url),
        QLIK_ORG_CLIENT_ID: "",
        QLIK_ORG_CLIENT_SECRET: "",
        QLIK_ORG_ACCESS_TOKEN: token,
      },
    });
    expect(JSON.parse(listed)).toHaveLength(1);
  });
});

describe("help and usage", () => {
  it("--help and --version exit 0 and name every generated command", async () => {
    const help = await ok(["tenants", "--help"]);
    for (const verb of ["list", "get", "count", "filter"]) expect(help.stdout).toContain(verb);
    const list = await ok(["oauth-clients", "list", "--help"]);
    expect(list.stdout).toContain("--all");
    expect(list.stdout).toContain("--filter");
    const version = await ok(["--version"]);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("an unknown command or flag exits 2 with a suggestion for a near miss", async () => {
    const command = await runCli(["tenants", "lsit"], { env });
    expect(command.status).toBe(2);
    expect(command.stderr).toContain("Did you mean list?");
    const flag = await runCli(["tenants", "list", "--limt", "5"], { env });
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain("--limit");
    expect(command.stdout + flag.stdout).toBe("");
  });
});

describe("no secret or token in any output", () => {
  it("the seeded secret and the tokens issued (but for `auth token`'s own) appear nowhere", async () => {
    // Verbose runs too: the client's log is redacted.
    await ok(["--verbose", "tenants", "list", "--limit", "2"]);
    await ok(["--verbose", "oauth-clients", "list"]);
    expect(mock.tokens.length).toBeGreaterThan(5);
    for (const entry of transcript) {
      const text = entry.stdout + entry.stderr;
      expect(text, entry.args.join(" ")).not.toContain(seededCredential.clientSecret);
      const printedToken = entry.args.join(" ") === "auth token" ? entry.stdout.trim() : undefined;
      for (const token of mock.tokens) {
        if (token !== printedToken) expect(text, entry.args.join(" ")).not.toContain(token);
      }
    }
  });
});
