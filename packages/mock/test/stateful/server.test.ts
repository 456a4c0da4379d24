// `startMockServer({ stateful: true })` over node:http, and `qlik-org-mock --stateful`.

import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, afterEach, describe, expect, test } from "vitest";
import { type MockServer, type RequestLogEntry, startMockServer } from "../../src/index.js";
import { listeningUrl, spawnNode } from "../support/child-node.js";
import { withSpecChecks } from "./support/spec-conformance.js";

const servers: MockServer[] = [];
let dir: string | undefined;

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function tokenFor(
  url: string,
  clientId = "mock-client-id",
  clientSecret = "mock-client-secret",
) {
  const response = await fetch(`${url}/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      client_id: clientId,
      client_secret: clientSecret,
      grant_type: "client_credentials",
    }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

// Every response that crosses the wire is checked against the spec, as in the unit suites.
const checked = withSpecChecks({ handle: (request) => fetch(request) });

describe("startMockServer({ stateful: true })", () => {
  test("serves the organization on 127.0.0.1, with links that work, reset() and snapshot()", async () => {
    let now = Date.parse("2026-05-01T00:00:00.000Z");
    const log: RequestLogEntry[] = [];
    const server = await startMockServer({
      stateful: true,
      clock: () => new Date(now),
      onRequest: (entry) => log.push(entry),
    });
    servers.push(server);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const token = await tokenFor(server.url);
    const auth = { authorization: `Bearer ${token}` };

    for (let i = 0; i < 5; i++) {
      const created = await checked.handle(
        new Request(`${server.url}/api/core/oauth-clients`, {
          method: "POST",
          headers: { ...auth, "content-type": "application/json" },
          body: JSON.stringify({ appType: "spa", clientName: `over-http-${i}` }),
        }),
      );
      expect(created.status).toBe(201);
    }
    // Follow links.next as returned: they name this server's own address.
    const names: string[] = [];
    let href: string | undefined = `${server.url}/api/core/oauth-clients?limit=2`;
    while (href) {
      expect(href.startsWith(server.url)).toBe(true);
      const page = (await (await checked.handle(new Request(href, { headers: auth }))).json()) as {
        data: { clientName: string }[];
        links: { next?: { href: string } };
      };
      names.push(...page.data.map((c) => c.clientName));
      href = page.links.next?.href;
    }
    expect(names).toEqual([
      "over-http-0",
      "over-http-1",
      "over-http-2",
      "over-http-3",
      "over-http-4",
    ]);
    expect(server.snapshot().clients).toHaveLength(5);
    expect(log.map((entry) => `${entry.method} ${entry.status}`)).toContain("POST 201");

    server.reset();
    expect(server.snapshot().clients).toEqual([]);
    // The token issued before the reset still works, until the injected clock says otherwise.
    const afterReset = await checked.handle(
      new Request(`${server.url}/api/core/oauth-clients`, { headers: auth }),
    );
    expect(afterReset.status).toBe(200);
    now += 21600 * 1000;
    const expired = await checked.handle(
      new Request(`${server.url}/api/core/oauth-clients`, { headers: auth }),
    );
    expect(expired.status).toBe(401);
  });

  test("seeds from an object or a file, and keeps Prism-only options out", async () => {
    dir = await mkdtemp(join(tmpdir(), "stateful-server-"));
    const seedFile = join(dir, "seed.json");
    const seed = { credentials: [{ clientId: "from-file", clientSecret: "file-secret-value" }] };
    await writeFile(seedFile, JSON.stringify(seed));

    const fromFile = await startMockServer({ stateful: true, seedFile });
    servers.push(fromFile);
    expect(fromFile.snapshot().credentialClientIds).toEqual(["from-file"]);
    await tokenFor(fromFile.url, "from-file", "file-secret-value");

    const fromObject = await startMockServer({ stateful: true, seed: { ...seed, tenants: [] } });
    servers.push(fromObject);
    expect(fromObject.snapshot().tenants).toEqual([]);

    await expect(startMockServer({ stateful: true, seed, seedFile })).rejects.toThrow(
      /either seed or seedFile/,
    );
    await expect(
      startMockServer({ stateful: true, seed: { tenants: [{ id: "x" }] } as never }),
    ).rejects.toThrow(/seed\.tenants\[0\]/);
  });

  test("onRequest gives the reasons for a refusal, as the error body states them", async () => {
    const log: RequestLogEntry[] = [];
    const server = await startMockServer({
      stateful: true,
      onRequest: (entry) => log.push(entry),
    });
    servers.push(server);
    const headers = { authorization: `Bearer ${await tokenFor(server.url)}` };
    const refused = [
      await fetch(`${server.url}/api/core/oauth-clients?limit=ten`, { headers }),
      await fetch(`${server.url}/api/core/oauth-clients/abc`, { method: "DELETE", headers }),
      await fetch(
        `${server.url}/api/core/tenants?filter=${encodeURIComponent('name eq "x" and')}`,
        { headers },
      ),
      await fetch(`${server.url}/api/core/tenants`),
    ];
    const details = await Promise.all(
      refused.map(async (response) => {
        const body = (await response.json()) as { errors: { detail: string }[] };
        return body.errors[0]?.detail;
      }),
    );
    expect(refused.map((r) => r.status)).toEqual([400, 400, 400, 401]);
    expect(log.slice(1).map((entry) => entry.violations)).toEqual(details.map((d) => [d]));
    expect(details[0]).toMatch(/query parameter "limit" must be a number/);
    // A request the mock accepted has none.
    expect(log[0]).toMatchObject({ path: "/oauth/token", status: 200, violations: [] });
  });

  test("a failure inside the mock is answered 500 and its error reaches onRequest", async () => {
    let broken = false;
    const log: RequestLogEntry[] = [];
    const server = await startMockServer({
      stateful: true,
      clock: () => {
        if (broken) throw new RangeError("the test's clock broke");
        return new Date();
      },
      onRequest: (entry) => log.push(entry),
    });
    servers.push(server);
    const headers = { authorization: `Bearer ${await tokenFor(server.url)}` };
    broken = true;
    const response = await fetch(`${server.url}/api/core/oauth-clients`, { headers });
    expect(response.status).toBe(500);
    expect(log.at(-1)?.violations).toEqual([
      expect.stringMatching(/^stateful mock error: RangeError: the test's clock broke/),
    ]);
  });

  test("rate limits over HTTP carry Retry-After", async () => {
    let now = 0;
    const server = await startMockServer({
      stateful: true,
      clock: () => new Date(now),
      limits: { tier1: { requests: 1, windowMs: 3000 } },
    });
    servers.push(server);
    const headers = { authorization: `Bearer ${await tokenFor(server.url)}` };
    expect(
      (await checked.handle(new Request(`${server.url}/api/core/tenants`, { headers }))).status,
    ).toBe(200);
    const limited = await checked.handle(
      new Request(`${server.url}/api/core/tenants`, { headers }),
    );
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("3");
    now += 3000;
    expect(
      (await checked.handle(new Request(`${server.url}/api/core/tenants`, { headers }))).status,
    ).toBe(200);
  });
});

describe("qlik-org-mock --stateful", () => {
  const cli = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
  const packageDir = fileURLToPath(new URL("../..", import.meta.url));

  /** Runs the CLI from the package's folder, as `npm run mock` at the root does, with INIT_CWD set. */
  function runCliUnderNpm(args: string[], initCwd: string) {
    const node = spawnNode([cli, ...args], {
      cwd: packageDir,
      env: { ...process.env, INIT_CWD: initCwd },
    });
    const listening = listeningUrl(node);
    listening.catch(() => {});
    return { ...node, listening };
  }

  test("a relative --seed-file missing from the package folder is found where npm was run (INIT_CWD)", async () => {
    dir ??= await mkdtemp(join(tmpdir(), "stateful-server-"));
    await writeFile(
      join(dir, "relative-seed.json"),
      JSON.stringify({ credentials: [{ clientId: "relative", clientSecret: "relative-secret" }] }),
    );
    const served = runCliUnderNpm(
      ["--stateful", "--seed-file", "relative-seed.json", "--port", "0"],
      dir,
    );
    try {
      await tokenFor(await served.listening, "relative", "relative-secret");
    } finally {
      served.child.kill("SIGKILL");
    }

    const missing = runCliUnderNpm(["--stateful", "--seed-file", "missing-seed.json"], dir);
    expect(await missing.exited).toBe(1);
    // Found nowhere: the error names the path as the working directory reads it.
    expect(missing.stderr()).toContain(
      `seed file not found: ${join(packageDir, "missing-seed.json")}`,
    );
  });

  test("serves a seeded organization that curl can use, and stops on SIGTERM", async () => {
    if (!existsSync(cli))
      throw new Error(`${cli} is missing: run \`npm run build -w @qlik-org/mock\` first`);
    dir ??= await mkdtemp(join(tmpdir(), "stateful-server-"));
    const seedFile = join(dir, "cli-seed.json");
    await writeFile(
      seedFile,
      JSON.stringify({
        credentials: [{ clientId: "cli-client", clientSecret: "cli-secret-value" }],
      }),
    );
    const node = spawnNode([cli, "--stateful", "--seed-file", seedFile, "--port", "0"]);
    const { child } = node;
    try {
      const url = await listeningUrl(node);
      const run = promisify(execFile);
      const token = JSON.parse(
        (
          await run("curl", [
            "-s",
            "-H",
            "content-type: application/json",
            "-d",
            JSON.stringify({
              client_id: "cli-client",
              client_secret: "cli-secret-value",
              grant_type: "client_credentials",
            }),
            `${url}/oauth/token`,
          ])
        ).stdout,
      ).access_token;
      const created = JSON.parse(
        (
          await run("curl", [
            "-s",
            "-H",
            `authorization: Bearer ${token}`,
            "-H",
            "content-type: application/json",
            "-d",
            JSON.stringify({
              appType: "web",
              clientName: "from-curl",
              allowedAuthMethods: ["client_secret"],
            }),
            `${url}/api/core/oauth-clients`,
          ])
        ).stdout,
      );
      const got = await run("curl", [
        "-s",
        "-H",
        `authorization: Bearer ${token}`,
        `${url}/api/core/oauth-clients/${created.clientId}`,
      ]);
      expect(JSON.parse(got.stdout).clientName).toBe("from-curl");
      // A refused request's line says why.
      await run("curl", [
        "-s",
        "-H",
        `authorization: Bearer ${token}`,
        `${url}/api/core/oauth-clients?limit=ten`,
      ]);
      while (!node.stdout().includes("limit=ten"))
        await new Promise((resolve) => setTimeout(resolve, 10));
      expect(node.stdout()).toMatch(
        /^GET \/api\/core\/oauth-clients\?limit=ten 400 \d+ms \(query parameter "limit" must be a number\.\)$/m,
      );
      // The request log shows each request, and never a secret or token.
      expect(node.stdout()).toMatch(/^POST \/api\/core\/oauth-clients 201 \d+ms$/m);
      expect(node.stdout()).not.toContain(token);
      expect(node.stdout()).not.toContain("cli-secret-value");
      // The default seed's credentials are printed only when the default seed is served.
      expect(node.stdout()).not.toContain("default seed");
      expect(created.clientSecret).toMatch(/^[0-9a-f]{64}$/);
      expect(node.stdout()).not.toContain(created.clientSecret);
      child.kill("SIGTERM");
      expect(await node.exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });
});
