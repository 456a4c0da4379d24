// Nothing is sent that was not meant: delete refuses without a terminal unless --yes, --dry-run
// sends no request at all, a secret is refused on the command line, and each kind of failure has
// its own exit code with nothing on stdout.

import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockOrg, startMockOrg } from "./support/mock-org.js";
import { envFor, runCli, transcript } from "./support/run-cli.js";
import { seededCredential } from "./support/seed.js";

let mock: MockOrg;
let env: NodeJS.ProcessEnv;
let clientId = "";

beforeAll(async () => {
  mock = await startMockOrg({ seed: { credentials: [{ ...seededCredential }] } });
  env = envFor(mock.url);
  const created = await runCli(
    ["oauth-clients", "create", "--app-type", "web", "--client-name", "keep"],
    { env },
  );
  clientId = JSON.parse(created.stdout).clientId;
});
afterAll(() => mock.close());

describe("delete without a terminal", () => {
  it.each([
    ["oauth-clients", "delete"],
    ["oauth-clients", "delete-secret"],
  ])("%s %s refuses without --yes (exit 3) and sends nothing", async (noun, verb) => {
    const before = mock.requests.length;
    const args = verb === "delete" ? [noun, verb, clientId] : [noun, verb, clientId, "abcd"];
    const result = await runCli(args, { env });
    expect(result.status).toBe(3);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("--yes");
    expect(mock.requests.length).toBe(before);
    expect(mock.org.snapshot().clients.map((c) => c.clientId)).toContain(clientId);
  });
});

describe("--dry-run", () => {
  it.each([
    [["tenants", "list", "--limit", "5"], "GET", "/api/core/tenants?limit=5"],
    [
      ["oauth-clients", "create", "--app-type", "web", "--client-name", "dry"],
      "POST",
      "/api/core/oauth-clients",
    ],
    [["oauth-clients", "delete", "some-id"], "DELETE", "/api/core/oauth-clients/some-id"],
    [
      ["oauth-clients", "update", "some-id", "--client-name", "n"],
      "PATCH",
      "/api/core/oauth-clients/some-id",
    ],
    [["tenants", "list", "--all"], "GET", "/api/core/tenants"],
    [["auth", "token"], "POST", "/oauth/token"],
  ])(
    "%j prints the request and sends none, not even a token request",
    async (args, method, path) => {
      const before = mock.requests.length;
      const result = await runCli(["--dry-run", ...args], { env });
      expect(result.status, result.stderr).toBe(0);
      const printed = JSON.parse(result.stdout);
      expect(printed).toMatchObject({ method, url: `${mock.url}${path}` });
      expect(mock.requests.length).toBe(before);
      const text = result.stdout + result.stderr;
      expect(text).not.toContain(seededCredential.clientSecret);
      if (printed.headers.authorization) expect(printed.headers.authorization).toBe("<redacted>");
    },
  );

  it("shows the body it would send, and needs no credentials", async () => {
    const result = await runCli(
      ["--dry-run", "oauth-clients", "create", "--app-type", "web", "--client-name", "dry"],
      { env: { ...env, QLIK_ORG_CLIENT_ID: "", QLIK_ORG_CLIENT_SECRET: "" } },
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).body).toEqual({ appType: "web", clientName: "dry" });
  });

  it("reads like an HTTP message with -o table", async () => {
    const result = await runCli(["--dry-run", "-o", "table", "tenants", "get", "abc"], { env });
    expect(result.stdout.split("\n")[0]).toBe(`GET ${mock.url}/api/core/tenants/abc`);
    expect(result.stdout).toContain("authorization: <redacted>");
  });
});

describe("secrets on the command line", () => {
  it.each([["--client-secret", "s3cr3t-value"], ["--client-secret=s3cr3t-value"]])(
    "%s is a usage error that says how to pass it instead and never echoes the value",
    async (...args) => {
      const result = await runCli([...args, "tenants", "list"], { env });
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("QLIK_ORG_CLIENT_SECRET");
      expect(result.stderr).toContain("--client-secret-stdin");
      expect(result.stderr + result.stdout).not.toContain("s3cr3t-value");
    },
  );
});

describe("exit codes", () => {
  async function expectExit(
    args: string[],
    runEnv: NodeJS.ProcessEnv,
    code: number,
    pattern: RegExp,
  ) {
    const result = await runCli(args, { env: runEnv });
    expect(result.status, result.stderr).toBe(code);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(pattern);
    expect(result.stderr.trimEnd().split("\n").length).toBeLessThanOrEqual(2);
  }

  it("1 for a request the API refuses (400), with the API's own message", async () => {
    await expectExit(
      ["tenants", "list", "--filter", "name eq"],
      env,
      1,
      /tenants list failed: 400/,
    );
  });

  it("4 for not found", async () => {
    await expectExit(["tenants", "get", "nope"], env, 4, /404.*request id/);
  });

  it("5 for wrong credentials, a refused permission, or none at all", async () => {
    await expectExit(["tenants", "list"], { ...env, QLIK_ORG_CLIENT_SECRET: "wrong" }, 5, /401/);
    const forbidden = await startMockOrg({
      seed: { credentials: [{ ...seededCredential, forbidden: true }] },
    });
    try {
      await expectExit(
        ["tenants", "count", "--filter", 'subscriptionId eq "9876543210987654"'],
        envFor(forbidden.url),
        5,
        /403/,
      );
    } finally {
      await forbidden.close();
    }
    await expectExit(
      ["tenants", "list"],
      { ...env, QLIK_ORG_CLIENT_ID: "", QLIK_ORG_CLIENT_SECRET: "" },
      5,
      /no credentials/,
    );
  });

  it("6 for rate limiting, 7 for a server failure", async () => {
    const faulty = await startMockOrg({
      seed: { credentials: [{ ...seededCredential }] },
      faults: [
        { operationId: "listTenants", status: 429, retryAfterSeconds: 0 },
        { operationId: "getTenant", status: 503, retryAfterSeconds: 0 },
      ],
    });
    try {
      await expectExit(["tenants", "list"], envFor(faulty.url), 6, /429/);
      await expectExit(["tenants", "get", "x"], envFor(faulty.url), 7, /503/);
    } finally {
      await faulty.close();
    }
  });

  it("7 when the network fails", async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, "127.0.0.1", () => {
        const { port: free } = server.address() as { port: number };
        server.close(() => resolve(free));
      });
    });
    await expectExit(
      ["tenants", "list"],
      envFor(`http://127.0.0.1:${port}`),
      7,
      /network|connect|fetch/i,
    );
  });
});

describe("no secret or token in any output", () => {
  it("the seeded secret and issued tokens appear nowhere", () => {
    for (const entry of transcript) {
      const text = entry.stdout + entry.stderr;
      expect(text, entry.args.join(" ")).not.toContain(seededCredential.clientSecret);
      for (const token of mock.tokens) expect(text, entry.args.join(" ")).not.toContain(token);
    }
  });
});
