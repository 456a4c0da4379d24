// Runs the built `qlik-org-mock` as a user would and talks to it with curl.

import { type ChildProcess, execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { listeningUrl, spawnNode } from "./support/child-node.js";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const run = promisify(execFile);
const children: ChildProcess[] = [];

interface RunningCli {
  child: ChildProcess;
  url: string;
  /** Everything printed to stdout so far. */
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

async function startCli(args: string[]): Promise<RunningCli> {
  const node = spawnNode([cli, ...args]);
  children.push(node.child);
  const url = await listeningUrl(node);
  return { child: node.child, url, output: node.stdout, exited: node.exited };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitFor(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 10));
}

beforeAll(() => {
  if (!existsSync(cli))
    throw new Error(`${cli} is missing: run \`npm run build -w @qlik-org/mock\` first`);
});

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

describe("qlik-org-mock", () => {
  it("answers curl, prints its URL and one line per request, and exits cleanly on SIGTERM", async () => {
    const port = await freePort();
    const mock = await startCli(["--port", String(port)]);
    expect(mock.url).toBe(`http://127.0.0.1:${port}`);

    const { stdout } = await run("curl", [
      "--silent",
      "--show-error",
      "--header",
      "Authorization: Bearer from-curl",
      `${mock.url}/api/core/tenants/actions/count?filter=x`,
    ]);
    expect(JSON.parse(stdout)).toEqual({ total: 42 });
    await waitFor(() => mock.output().includes("GET /api/core/tenants/actions/count?filter=x 200"));
    expect(mock.output()).toMatch(
      /^GET \/api\/core\/tenants\/actions\/count\?filter=x 200 \d+ms$/m,
    );

    mock.child.kill("SIGTERM");
    expect(await mock.exited).toBe(0);
    // The port is free again once the process is gone.
    await expect(
      new Promise((resolve, reject) => {
        const probe = createServer().once("error", reject);
        probe.listen(port, "127.0.0.1", () => probe.close(resolve));
      }),
    ).resolves.toBeUndefined();
  });

  it("shows why curl's invalid request was rejected", async () => {
    const mock = await startCli(["--port", "0"]);
    const { stdout } = await run("curl", [
      "--silent",
      "--output",
      "/dev/null",
      "--write-out",
      "%{http_code}",
      "--request",
      "DELETE",
      "--header",
      "Authorization: Bearer from-curl",
      `${mock.url}/api/core/oauth-clients/abc`,
    ]);
    expect(stdout).toBe("400");
    await waitFor(() => mock.output().includes("DELETE"));
    expect(mock.output()).toMatch(
      /DELETE \/api\/core\/oauth-clients\/abc 400 \d+ms \(.*qlik-confirm-delete/,
    );
    mock.child.kill("SIGINT");
    expect(await mock.exited).toBe(0);
  });

  it("serves dynamic, seeded responses", async () => {
    const mock = await startCli(["--port", "0", "--dynamic", "--seed", "1"]);
    const get = async () =>
      (
        await run("curl", [
          "-s",
          "-H",
          "Authorization: Bearer x",
          `${mock.url}/api/core/oauth-clients/abc`,
        ])
      ).stdout;
    const first = await get();
    expect(JSON.parse(first).clientName).not.toBe("string");
    expect(await get()).toBe(first);
  });

  it.each([
    [["--port", "nope"], 2, /--port must be a whole number/],
    [["--stateful", "--dynamic"], 2, /--dynamic and --seed are for the Prism mode/],
  ])("exits with %j → %i and a message on stderr", async (args, code, message) => {
    const result = await run(process.execPath, [cli, ...args]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(result).toMatchObject({ code });
    expect((result as { stderr: string }).stderr).toMatch(message);
  });

  it("prints its usage with --help, for both modes", async () => {
    const { stdout } = await run(process.execPath, [cli, "--help"]);
    expect(stdout).toContain("Usage: qlik-org-mock [options]");
    expect(stdout).toContain("--dynamic");
    expect(stdout).toMatch(/by default Prism's stateless mock/);
    expect(stdout).toMatch(/with --stateful an in-memory organization/);
  });

  it("with --stateful and no seed file, prints the default seed's credentials, which work", async () => {
    const mock = await startCli(["--stateful", "--port", "0"]);
    await waitFor(() => mock.output().includes("default seed"));
    const line = /^default seed: .*$/m.exec(mock.output())?.[0] ?? "";
    const [, clientId, clientSecret] =
      /client_id (\S+) and client_secret (\S+) \(/.exec(line) ?? [];
    expect([clientId, clientSecret]).toEqual(["mock-client-id", "mock-client-secret"]);
    const token = await fetch(`${mock.url}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        client_id: clientId,
        client_secret: clientSecret,
        grant_type: "client_credentials",
      }),
    });
    expect(token.status).toBe(200);
    mock.child.kill("SIGTERM");
    expect(await mock.exited).toBe(0);
  });

  it("injects the faults of --faults-file and logs each one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qlik-org-mock-faults-"));
    try {
      const faultsFile = join(dir, "faults.json");
      writeFileSync(
        faultsFile,
        JSON.stringify([
          { operationId: "listTenants", status: 503, times: 1, retryAfterSeconds: 2 },
        ]),
      );
      const mock = await startCli(["--stateful", "--port", "0", "--faults-file", faultsFile]);
      const first = await fetch(`${mock.url}/api/core/tenants`);
      expect(first.status).toBe(503);
      expect(first.headers.get("retry-after")).toBe("2");
      // Spent after one: the next request is served (401, for it has no token).
      expect((await fetch(`${mock.url}/api/core/tenants`)).status).toBe(401);
      await waitFor(() => mock.output().includes("injected fault: 503"));
      expect(mock.output()).toMatch(
        /^GET \/api\/core\/tenants 503 \d+ms \(injected fault: 503\)$/m,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
