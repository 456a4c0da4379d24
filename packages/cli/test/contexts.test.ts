// Contexts: saved under $XDG_CONFIG_HOME/qlik-org with folder 0700 and file 0600, chosen with
// `use` or `--context`, listed and shown without their secret.

import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshConfigHome } from "./support/config-home.js";
import { type MockOrg, startMockOrg } from "./support/mock-org.js";
import { runCli, transcript } from "./support/run-cli.js";
import { seededCredential, seededTenants } from "./support/seed.js";

let mock: MockOrg;
let env: NodeJS.ProcessEnv;
let configHome = "";

beforeAll(async () => {
  mock = await startMockOrg({
    seed: { credentials: [{ ...seededCredential }], tenants: seededTenants(2) },
  });
  configHome = freshConfigHome();
  // No QLIK_ORG_* variables: credentials come from the contexts alone.
  env = { PATH: process.env.PATH, HOME: process.env.HOME, XDG_CONFIG_HOME: configHome };
});
afterAll(() => mock.close());

const mode = (path: string) => statSync(path).mode & 0o777;

describe("contexts", () => {
  it("create reads the secret from stdin and writes folder 0700 and file 0600", async () => {
    const result = await runCli(
      [
        "context",
        "create",
        "ci",
        "--client-id",
        seededCredential.clientId,
        "--base-url",
        mock.url,
        "--client-secret-stdin",
      ],
      { env, input: `${seededCredential.clientSecret}\n` },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe("");
    const dir = join(configHome, "qlik-org");
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, "contexts.json"))).toBe(0o600);
    const saved = JSON.parse(readFileSync(join(dir, "contexts.json"), "utf8"));
    expect(saved.current).toBe("ci");
    expect(saved.contexts.ci).toMatchObject({
      clientId: seededCredential.clientId,
      baseUrl: mock.url,
    });
  });

  it("without a terminal and without --client-secret-stdin, create refuses (exit 2)", async () => {
    const result = await runCli(["context", "create", "other", "--client-id", "x"], { env });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--client-secret-stdin");
  });

  it("the current context is used when no variables are set", async () => {
    const result = await runCli(["tenants", "list", "--limit", "1"], { env });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(1);
  });

  it("ls and show never print the secret; use switches, --context picks, rm removes", async () => {
    await runCli(
      [
        "context",
        "create",
        "broken",
        "--client-id",
        "nobody",
        "--base-url",
        mock.url,
        "--client-secret-stdin",
      ],
      { env, input: "not-the-secret" },
    );
    const listed = JSON.parse((await runCli(["context", "ls"], { env })).stdout);
    expect(listed).toEqual([
      { name: "broken", current: false, baseUrl: mock.url, clientId: "nobody" },
      { name: "ci", current: true, baseUrl: mock.url, clientId: seededCredential.clientId },
    ]);
    const shown = JSON.parse((await runCli(["context", "show"], { env })).stdout);
    expect(shown).toMatchObject({ name: "ci", current: true });
    expect(JSON.stringify(shown)).not.toContain(seededCredential.clientSecret);

    expect((await runCli(["context", "use", "broken"], { env })).status).toBe(0);
    expect((await runCli(["tenants", "list"], { env })).status).toBe(5);
    expect((await runCli(["--context", "ci", "tenants", "list"], { env })).status).toBe(0);
    expect((await runCli(["context", "use", "missing"], { env })).status).toBe(2);

    expect((await runCli(["context", "rm", "broken"], { env })).status).toBe(0);
    const after = JSON.parse((await runCli(["context", "ls"], { env })).stdout);
    expect(after.map((c: { name: string }) => c.name)).toEqual(["ci"]);
    expect(mode(join(configHome, "qlik-org", "contexts.json"))).toBe(0o600);
  });

  it("environment credentials win over the current context; --context wins over both", async () => {
    const withEnv = {
      ...env,
      QLIK_ORG_CLIENT_ID: "nobody",
      QLIK_ORG_CLIENT_SECRET: "wrong",
      QLIK_ORG_BASE_URL: mock.url,
    };
    expect((await runCli(["tenants", "list"], { env: withEnv })).status).toBe(5);
    expect((await runCli(["--context", "ci", "tenants", "list"], { env: withEnv })).status).toBe(0);
  });

  it("no output of these runs holds the secret or a token", () => {
    for (const entry of transcript) {
      const text = entry.stdout + entry.stderr;
      expect(text).not.toContain(seededCredential.clientSecret);
      for (const token of mock.tokens) expect(text).not.toContain(token);
    }
  });
});
