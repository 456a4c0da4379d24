// @ts-nocheck
// Where a command's credentials and base URL come from (first match wins), `auth token`, and
// `--verbose`, which names the source and logs requests but never a secret or token.

import { beforeEach, describe, expect, it } from "vitest";
import { freshConfigHome } from "../support/config-home.js";
import { createInProcessOrg, type InProcessOrg } from "../support/in-process-org.js";
import { credentialEnv, runInProcess } from "../support/run-in-process.js";
import { seededCredential } from "../support/seed.js";

let mock: InProcessOrg;
let configHome: string;
beforeEach(() => {
  mock = createInProcessOrg();
  configHome = freshConfigHome();
});

type Env = Readonly<Record<string, string | undefined>>;

/** Runs against the mock with exactly `env` (and this test's config folder). */
const run = (argv: string[], env: Env = {}, stdin?: string) =>
  runInProcess(argv, {
    env: { XDG_CONFIG_HOME: configHome, ...env },
    fetch: mock.fetch,
    ...(stdin === undefined ? {} : { stdin }),
  });

/** Saves a context with the seeded credential (or `secret`) and `baseUrl`. */
async function saveContext(name: string, options: { secret?: string; baseUrl?: string } = {}) {
  const saved = await run(
    [
      "context",
      "create",
      name,
      "--client-id",
      seededCredential.clientId,
      "--client-secret-stdin",
      ...(options.baseUrl ? ["--base-url", options.baseUrl] : []),
    ],
    {},
    options.secret ?? seededCredential.clientSecret,
  );
  expect(saved.code, saved.stderr).toBe(0);
}

/** The URL a dry run of `tenants get t` would call. */
async function urlOf(argv: string[], env: Env = {}) {
  const dry = await run(["tenants", "get", "t", "--dry-run", "-o", "json", ...argv], env);
  expect(dry.code, dry.stderr).toBe(0);
  return JSON.parse(dry.stdout).url as string;
}

describe("credentials, first match wins", () => {
  it("QLIK_ORG_ACCESS_TOKEN is sent as it is, with no token request", async () => {
    const token = await run(["auth", "token"], { QLIK_ORG_ACCESS_TOKEN: "given-token" });
    expect(token).toMatchObject({ code: 0, stdout: "given-token\n", stderr: "" });
    const list = await run(["tenants", "list"], {
      ...credentialEnv(),
      QLIK_ORG_ACCESS_TOKEN: "given-token",
    });
    // The engine refuses a token it did not issue: the token was used, not the client id.
    expect(list.code).toBe(5);
    expect(mock.requests.map((request) => request.path)).toEqual(["/api/core/tenants"]);
  });

  it("QLIK_ORG_CLIENT_ID and QLIK_ORG_CLIENT_SECRET are exchanged for a token", async () => {
    const token = await run(["auth", "token"], credentialEnv());
    expect(token.code, token.stderr).toBe(0);
    expect(mock.tokens).toHaveLength(1);
    expect(token.stdout).toBe(`${mock.tokens[0]}\n`);
  });

  it.each([
    [{ QLIK_ORG_CLIENT_ID: "id" }, "QLIK_ORG_CLIENT_SECRET is not set"],
    [{ QLIK_ORG_CLIENT_SECRET: "secret" }, "QLIK_ORG_CLIENT_ID is not set"],
  ])("only one of the pair (%j) is an authentication error", async (env, message) => {
    const result = await run(["tenants", "list"], env);
    expect(result).toMatchObject({
      code: 5,
      stdout: "",
      stderr: `qlik-org: ${message}\nqlik-org: hint: set both QLIK_ORG_CLIENT_ID and QLIK_ORG_CLIENT_SECRET\n`,
    });
    expect(mock.requests).toEqual([]);
  });

  it("the current context when no variable is set", async () => {
    await saveContext("prod");
    const token = await run(["auth", "token"]);
    expect(token.code, token.stderr).toBe(0);
    expect(token.stdout).toBe(`${mock.tokens[0]}\n`);
  });

  it("--context NAME before any variable", async () => {
    await saveContext("wrong", { secret: "not-the-seeded-secret" });
    const named = await run(["tenants", "list", "--context", "wrong"], credentialEnv());
    expect(named.code).toBe(5);
    expect(named.stderr).toMatch(
      /^qlik-org: tenants list failed: .*\nqlik-org: hint: check the client id/,
    );
  });

  it("a --context that does not exist is a usage error naming it", async () => {
    const result = await run(["tenants", "list", "--context", "nope"]);
    expect(result).toMatchObject({
      code: 2,
      stderr:
        'qlik-org: no context named "nope"\n' +
        "qlik-org: hint: list them with `qlik-org context ls`, or create it with `qlik-org context create nope --client-id ID`\n",
    });
  });

  it("nothing at all: no credentials, and how to give them", async () => {
    const result = await run(["tenants", "list"]);
    expect(result).toMatchObject({
      code: 5,
      stdout: "",
      stderr:
        "qlik-org: no credentials\n" +
        "qlik-org: hint: set QLIK_ORG_CLIENT_ID and QLIK_ORG_CLIENT_SECRET (or QLIK_ORG_ACCESS_TOKEN), or run `qlik-org context create NAME --client-id ID`\n",
    });
    expect(mock.requests).toEqual([]);
  });
});

describe("the base URL", () => {
  it("--base-url, then QLIK_ORG_BASE_URL, then the context's, then the default", async () => {
    expect(await urlOf([])).toBe("https://console.qlikcloud.com/api/core/tenants/t");
    await saveContext("ctx", { baseUrl: "https://context.example" });
    expect(await urlOf([])).toBe("https://context.example/api/core/tenants/t");
    expect(await urlOf(["--context", "ctx"])).toBe("https://context.example/api/core/tenants/t");
    const env = { QLIK_ORG_BASE_URL: "https://env.example" };
    expect(await urlOf([], env)).toBe("https://env.example/api/core/tenants/t");
    expect(await urlOf(["--base-url", "https://flag.example"], env)).toBe(
      "https://flag.example/api/core/tenants/t",
    );
  });

  it("QLIK_ORG_BASE_URL comes from the environment the CLI is given, not the process's", async () => {
    const before = process.env.QLIK_ORG_BASE_URL;
    process.env.QLIK_ORG_BASE_URL = "https://process.example";
    try {
      expect(await urlOf([])).toBe("https://console.qlikcloud.com/api/core/tenants/t");
      expect(await urlOf([], { QLIK_ORG_BASE_URL: "https://env.example" })).toBe(
        "https://env.example/api/core/tenants/t",
      );
    } finally {
      if (before === undefined) delete process.env.QLIK_ORG_BASE_URL;
      else process.env.QLIK_ORG_BASE_URL = before;
    }
  });

  it("an empty QLIK_ORG_BASE_URL counts as unset", async () => {
    await saveContext("ctx", { baseUrl: "https://context.example" });
    expect(await urlOf([], { QLIK_ORG_BASE_URL: "" })).toBe(
      "https://context.example/api/core/tenants/t",
    );
  });

  it("goes with no credentials at all (a dry run)", async () => {
    expect(await urlOf([], { QLIK_ORG_BASE_URL: "https://env.example" })).toBe(
      "https://env.example/api/core/tenants/t",
    );
  });

  it("goes with any credential source", async () => {
    const env = { QLIK_ORG_BASE_URL: "https://env.example" };
    expect(await urlOf([], { ...env, QLIK_ORG_ACCESS_TOKEN: "t" })).toBe(
      "https://env.example/api/core/tenants/t",
    );
    expect(await urlOf([], { ...env, ...credentialEnv() })).toBe(
      "https://env.example/api/core/tenants/t",
    );
  });
});

describe("--verbose", () => {
  it("names where the credentials came from and logs each request, never a secret or token", async () => {
    const result = await run(["tenants", "list", "--verbose"], credentialEnv());
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "qlik-org: credentials from QLIK_ORG_CLIENT_ID and QLIK_ORG_CLIENT_SECRET",
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^qlik-org: debug: POST https:\/\/console\.qlikcloud\.com\/oauth\/token → 200/,
      ),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^qlik-org: access token obtained/));
    expect(lines).toContainEqual(
      expect.stringMatching(/^qlik-org: debug: GET .*\/api\/core\/tenants → 200/),
    );
    expect(result.stderr).not.toContain(seededCredential.clientSecret);
    expect(result.stderr).not.toContain(mock.tokens[0]);
  });

  it("logs a refused token request as an error, and auth token exits 5", async () => {
    const result = await run(["auth", "token", "--verbose"], {
      QLIK_ORG_CLIENT_ID: seededCredential.clientId,
      QLIK_ORG_CLIENT_SECRET: "refused-secret-value",
    });
    expect(result).toMatchObject({ code: 5, stdout: "" });
    expect(result.stderr).toMatch(/\nqlik-org: error: \S[^\n]*\n/);
    expect(result.stderr).toMatch(
      /\nqlik-org: auth token failed: [^\n]+\nqlik-org: hint: check the client id/,
    );
    expect(result.stderr).not.toContain("refused-secret-value");
  });

  it("says there are no credentials to use", async () => {
    const result = await run(["tenants", "list", "--verbose"]);
    expect(result.code).toBe(5);
    expect(result.stderr).toBe(
      "qlik-org: credentials from none\nqlik-org: no credentials\n" +
        "qlik-org: hint: set QLIK_ORG_CLIENT_ID and QLIK_ORG_CLIENT_SECRET (or QLIK_ORG_ACCESS_TOKEN), or run `qlik-org context create NAME --client-id ID`\n",
    );
  });

  it.each([
    [{ QLIK_ORG_ACCESS_TOKEN: "given-token" }, "QLIK_ORG_ACCESS_TOKEN"],
    [{}, 'context "prod"'],
  ])("names the source %j as %s", async (env, source) => {
    await saveContext("prod");
    const result = await run(["tenants", "list", "--verbose"], env);
    expect(result.stderr.split("\n")[0]).toBe(`qlik-org: credentials from ${source}`);
  });

  it("logs the client's warnings as warnings and says nothing without --verbose", async () => {
    mock = createInProcessOrg({
      faults: [{ operationId: "listTenants", status: 503, times: 1, retryAfterSeconds: 0 }],
    });
    const result = await run(["tenants", "list", "--verbose"], credentialEnv());
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/\nqlik-org: warning: \S.*\n/);
    const quiet = await run(["tenants", "list"], credentialEnv());
    expect(quiet).toMatchObject({ code: 0, stderr: "" });
  });
});
