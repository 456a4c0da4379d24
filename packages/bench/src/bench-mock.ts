// The mock's start-up and throughput, each as a ratio to a bare node:http server in the same run:
// fresh processes that answer one request, and requests per second for GET one tenant.

import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { benchStartups, type StartupRow } from "./process-startup.js";
import { runLoad } from "./run-load.js";
import { median, round } from "./stats.js";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const tokenBody = JSON.stringify({
  grant_type: "client_credentials",
  client_id: "mock-client-id",
  client_secret: "mock-client-secret",
});
const tokenRequest = {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: tokenBody,
};
// The same request written into the child programs' source.
const tokenInit = JSON.stringify(tokenRequest);

/** Each contender: a whole program that starts, answers one request, and ends. */
const startupScripts: Readonly<Record<string, string>> = {
  "bare node:http server, one fetch": `
    import { createServer } from "node:http";
    const server = createServer((request, response) => response.end("{}"));
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    await (await fetch("http://127.0.0.1:" + server.address().port + "/")).text();
    server.close();`,
  "mock engine in process (org.fetch), one token": `
    import { createStatefulOrg } from "@qlik-org/mock";
    const org = createStatefulOrg();
    await (await org.fetch("https://mock.test/oauth/token", ${tokenInit})).text();`,
  "mock stateful server, one token over HTTP": `
    import { startMockServer } from "@qlik-org/mock";
    const server = await startMockServer({ stateful: true });
    await (await fetch(server.url + "/oauth/token", ${tokenInit})).text();
    await server.close();`,
  "mock Prism server, one request over HTTP": `
    import { startMockServer } from "@qlik-org/mock";
    const server = await startMockServer();
    await (await fetch(server.url + "/api/core/tenants?limit=1", { headers: { authorization: "Bearer x" } })).text();
    await server.close();`,
};

/** Throughput of GET one tenant: the stateful server against a bare server sending the same bytes. */
export interface ThroughputResult {
  readonly requests: number;
  readonly concurrency: number;
  readonly bareRequestsPerSecond: number;
  readonly statefulRequestsPerSecond: number;
  /** Median over rounds of stateful ÷ bare requests per second. */
  readonly ratio: number;
}

/** Runs every start-up contender `runs` times, interleaved, and reports medians and ratios. */
export function benchMockStartup(runs: number): Promise<StartupRow[]> {
  const contenders = Object.fromEntries(
    Object.entries(startupScripts).map(([name, script]) => [
      name,
      ["--input-type=module", "-e", script],
    ]),
  );
  return benchStartups(contenders, runs, packageDir);
}

/** Starts a server program in a child process and resolves with its URL (its first stdout line). */
function startServer(
  script: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{
  url: string;
  child: ChildProcess;
}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
      cwd: packageDir,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout?.on("data", (chunk) => {
      output += chunk;
      const line = output.split("\n")[0];
      if (output.includes("\n") && line) resolve({ url: line.trim(), child });
    });
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`server exited (code ${code})`)));
  });
}

/** Requests per second for GET one tenant, stateful server against bare node:http, `rounds` rounds. */
export async function benchMockThroughput(
  requests: number,
  concurrency: number,
  rounds = 3,
): Promise<ThroughputResult> {
  const stateful = await startServer(`
    import { startMockServer } from "@qlik-org/mock";
    const server = await startMockServer({ stateful: true });
    server.ref();
    console.log(server.url);`);
  const token = await (await fetch(`${stateful.url}/oauth/token`, tokenRequest)).json();
  const authorization = `Bearer ${token.access_token}`;
  const list = await (
    await fetch(`${stateful.url}/api/core/tenants`, { headers: { authorization } })
  ).json();
  const tenantUrl = `${stateful.url}/api/core/tenants/${list.data[0].id}`;
  const sample = await fetch(tenantUrl, { headers: { authorization } });
  const body = await sample.text();
  const bare = await startServer(
    `
    import { createServer } from "node:http";
    const body = process.env.BENCH_BODY;
    const server = createServer((request, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      response.end(body);
    });
    server.listen(0, "127.0.0.1", () => console.log("http://127.0.0.1:" + server.address().port));`,
    { BENCH_BODY: body },
  );
  const bareUrl = `${bare.url}/api/core/tenants/x`;
  try {
    const ratios: number[] = [];
    const bareRates: number[] = [];
    const statefulRates: number[] = [];
    const get = (url: string) => async () => {
      const response = await fetch(url, { headers: { authorization } });
      await response.arrayBuffer();
    };
    await runLoad(get(bareUrl), 500, concurrency);
    await runLoad(get(tenantUrl), 500, concurrency);
    for (let round = 0; round < rounds; round++) {
      const b = (await runLoad(get(bareUrl), requests, concurrency)).summary.requestsPerSecond;
      const s = (await runLoad(get(tenantUrl), requests, concurrency)).summary.requestsPerSecond;
      bareRates.push(b);
      statefulRates.push(s);
      ratios.push(s / b);
    }
    return {
      requests,
      concurrency,
      bareRequestsPerSecond: Math.round(median(bareRates)),
      statefulRequestsPerSecond: Math.round(median(statefulRates)),
      ratio: round(median(ratios), 2),
    };
  } finally {
    stateful.child.kill();
    bare.child.kill();
  }
}
