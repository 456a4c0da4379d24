// Starts a runtime of the matrix in the consumer project and runs fixture checks on it.

import { spawn } from "node:child_process";
import { cp, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { type AddressInfo, createServer as createTcpServer } from "node:net";
import { join } from "node:path";
import { createStatefulOrg, startMockServer } from "@qlik-org/mock";
import { build } from "esbuild";
import type { Browser } from "playwright-core";
// One Chromium launcher for the whole repository: the docs package owns it.
import { launchChromium } from "../../../docs/test/support/launch-chromium.js";
import { repoRoot, run } from "./repo.js";
import { type CheckName, installRuntime, type Runtime } from "./runtimes.js";

/** A check's report: the JSON the fixture printed or returned. */
export type CheckReport = Record<string, unknown> & { readonly runtime: string };

/** A started runtime: runs one check at a time and is closed after the last. */
export interface RuntimeRunner {
  run(check: CheckName): Promise<CheckReport>;
  close(): Promise<void>;
}

const fixturesDir = join(repoRoot, "packages/release-checks/test/fixtures/runtimes");

/**
 * Copies the fixture scripts into `consumerDir/<folder>/`, where the packed packages resolve from
 * the consumer's node_modules, and returns that folder (one per test file, so none reads another's
 * copy while it is written).
 */
export async function copyFixtureScripts(consumerDir: string, folder: string): Promise<string> {
  const scriptsDir = join(consumerDir, folder);
  await cp(fixturesDir, scriptsDir, { recursive: true, force: true });
  return scriptsDir;
}

/** Installs `runtime` if need be and starts it on the scripts that `copyFixtureScripts` laid out. */
export async function startRuntimeRunner(
  runtime: Runtime,
  scriptsDir: string,
): Promise<RuntimeRunner> {
  switch (runtime.kind) {
    case "process":
      return processRunner(runtime, await installRuntime(runtime), scriptsDir);
    case "workerd":
      return workerdRunner(await installRuntime(runtime), scriptsDir);
    case "browser":
      return browserRunner(scriptsDir);
  }
}

/** Runs the check on a fresh stateful mock when it needs one, so each report starts from the seed. */
async function withMockApi<T>(check: CheckName, use: (baseUrl: string) => Promise<T>): Promise<T> {
  if (check !== "client" && check !== "cli") return use("");
  const server = await startMockServer({ stateful: true });
  try {
    return await use(server.url);
  } finally {
    await server.close();
  }
}

function processRunner(runtime: Runtime, executable: string, scriptsDir: string): RuntimeRunner {
  return {
    run: (check) =>
      withMockApi(check, async (baseUrl) => {
        const args = [...(runtime.scriptArgs ?? []), "run-check.mjs", check];
        const result = await run(executable, baseUrl ? [...args, baseUrl] : args, {
          cwd: scriptsDir,
          timeoutMs: 60_000,
        });
        if (result.status !== 0) {
          throw new Error(
            `${runtime.label} ran ${check} with exit ${result.status}:\n${result.stderr}`,
          );
        }
        return JSON.parse(result.stdout.trim().split("\n").at(-1) ?? "null");
      }),
    close: async () => {},
  };
}

async function workerdRunner(executable: string, scriptsDir: string): Promise<RuntimeRunner> {
  await bundle(join(scriptsDir, "worker.mjs"), join(scriptsDir, "worker.js"), {
    platform: "neutral",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["module", "main"],
  });
  const port = await freePort();
  const child = spawn(
    executable,
    ["serve", "workerd.capnp", "--socket-addr", `http=127.0.0.1:${port}`],
    { cwd: scriptsDir, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr.on("data", (chunk) => {
    output += chunk;
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitUntil(async () => {
    if (child.exitCode !== null) throw new Error(`workerd exited ${child.exitCode}:\n${output}`);
    return (await fetch(`${origin}/?check=none`).catch(() => null)) !== null;
  });
  return {
    run: (check) =>
      withMockApi(check, async (baseUrl) => {
        const url = new URL(origin);
        url.searchParams.set("check", check);
        url.searchParams.set("api", baseUrl);
        const response = await fetch(url);
        const report = await response.json();
        if (!response.ok) throw new Error(`workerd ran ${check}: ${report.error}\n${output}`);
        return report;
      }),
    close: async () => {
      child.kill();
    },
  };
}

async function browserRunner(scriptsDir: string): Promise<RuntimeRunner> {
  const script = await bundle(join(scriptsDir, "browser.mjs"), null, { platform: "browser" });
  // The page's own origin serves the organization, so its links stay on it (no CORS needed).
  let org = createStatefulOrg();
  const server = createServer((request, response) => {
    servePage(request, response, script, org).catch((error) => {
      response.writeHead(500).end(String(error));
    });
  });
  await listen(server);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
  } catch (error) {
    server.close();
    throw error;
  }
  const opened = browser;
  return {
    run: async (check) => {
      org = createStatefulOrg();
      const page = await opened.newPage();
      const problems: string[] = [];
      page.on("pageerror", (error) => problems.push(error.message));
      page.on("console", (message) => {
        // The flow's deliberate 404 and 409 are logged by Chromium itself; anything else is a fault.
        if (message.type() === "error" && !/status of (404|409)\b/.test(message.text())) {
          problems.push(message.text());
        }
      });
      // Nothing may leave the machine: every request to another origin is refused.
      await page.route(
        (url) => url.origin !== origin,
        (route) => route.abort(),
      );
      try {
        await page.goto(`${origin}/`);
        await page.waitForFunction(() => "runCheck" in window);
        const report = (await page.evaluate(
          (name) =>
            (window as unknown as { runCheck(name: string): Promise<unknown> }).runCheck(name),
          check,
        )) as CheckReport;
        if (problems.length > 0) throw new Error(`Chromium reported: ${problems.join("; ")}`);
        return report;
      } finally {
        await page.close();
      }
    },
    close: async () => {
      await opened.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function servePage(
  request: IncomingMessage,
  response: ServerResponse,
  script: string,
  org: ReturnType<typeof createStatefulOrg>,
): Promise<void> {
  const url = new URL(request.url ?? "/", `http://${request.headers.host}`);
  if (url.pathname === "/") {
    response.writeHead(200, { "content-type": "text/html" });
    response.end(
      '<!doctype html><title>matrix</title><script type="module" src="/app.js"></script>',
    );
    return;
  }
  if (url.pathname === "/app.js") {
    response.writeHead(200, { "content-type": "text/javascript" });
    response.end(script);
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === "string") headers.set(name, value);
  }
  const body = chunks.length > 0 ? Buffer.concat(chunks) : null;
  const answer = await org.handle(new Request(url, { method: request.method, headers, body }));
  response.writeHead(answer.status, Object.fromEntries(answer.headers));
  response.end(Buffer.from(await answer.arrayBuffer()));
}

/** Bundles `entry` as one ES module (for a browser or a Worker), writing it to `outfile` if given. */
export async function bundle(
  entry: string,
  outfile: string | null,
  options: { platform: "browser" | "neutral"; conditions?: string[]; mainFields?: string[] },
): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    target: "es2022",
    write: false,
    logLevel: "silent",
    ...options,
  });
  const text = result.outputFiles[0]?.text ?? "";
  if (outfile) await writeFile(outfile, text);
  return text;
}

/** A page server on 127.0.0.1: `/` loads `/app.js`, and `files` maps other paths to scripts. */
export interface PageServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves a page that runs `script` as a module, plus `files` (such as a service worker). */
export async function startPageServer(
  script: string,
  files: Readonly<Record<string, string>> = {},
): Promise<PageServer> {
  const scripts: Record<string, string> = { ...files, "/app.js": script };
  const server = createServer((request, response) => {
    const body = scripts[request.url ?? ""];
    if (body !== undefined) {
      response.writeHead(200, { "content-type": "text/javascript" }).end(body);
    } else {
      response
        .writeHead(200, { "content-type": "text/html" })
        .end('<!doctype html><title>app</title><script type="module" src="/app.js"></script>');
    }
  });
  await listen(server);
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Listens on 127.0.0.1 and a free port. */
export function listen(server: Server): Promise<void> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
}

async function freePort(): Promise<number> {
  const probe = createTcpServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function waitUntil(ready: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`not ready after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
