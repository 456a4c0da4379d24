// With a known secret and token, no error path and no log line may ever reveal either.

import { inspect } from "node:util";
import { createOrgClient } from "@qlik-org/client";
import { afterEach, describe, expect, it } from "vitest";
import { knownSecret, knownToken } from "./support/clients.js";
import { type Fault, type FaultServer, json, startFaultServer } from "./support/fault-server.js";

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const token = json(200, { access_token: knownToken, token_type: "Bearer", expires_in: 21600 });
// Servers sometimes echo what they were sent; the client must not pass that on either.
const echoing = (status: number) =>
  json(status, {
    errors: [
      {
        code: `HTTP-${status}`,
        title: "failed",
        detail: `client_secret=${knownSecret} Bearer ${knownToken}`,
      },
    ],
  });

const apiFaults: { name: string; fault: Fault }[] = [
  ...[400, 401, 403, 404, 409, 429, 500, 502, 503, 504].map((status) => ({
    name: `API ${status}`,
    fault: status === 429 ? { ...echoing(429), headers: { "retry-after": "0" } } : echoing(status),
  })),
  { name: "connection reset", fault: { kind: "reset" } },
  { name: "timeout", fault: { kind: "hang" } },
  {
    name: "HTML page",
    fault: { kind: "respond", status: 502, body: `<html>${knownSecret}</html>` },
  },
  {
    name: "malformed JSON",
    fault: {
      kind: "respond",
      status: 200,
      headers: { "content-type": "application/json" },
      body: "{",
    },
  },
];

const tokenFaults: { name: string; fault: Fault }[] = [
  { name: "token 400", fault: echoing(400) },
  { name: "token 401", fault: echoing(401) },
  { name: "token 500", fault: echoing(500) },
  { name: "token reset", fault: { kind: "reset" } },
];

/** The error and every `cause` below it: loggers such as pino and Sentry print the whole chain. */
function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let link = error; link !== undefined && link !== null && chain.length < 10; ) {
    chain.push(link);
    link = (link as { cause?: unknown }).cause;
  }
  return chain;
}

function everythingSaidAbout(error: unknown, logLines: string[]): string {
  return [
    ...causeChain(error).flatMap((link) => {
      const asError = link as Error & { code?: unknown };
      return [
        String(asError.message),
        String(asError.stack),
        String(asError.code),
        String(link),
        String(JSON.stringify(link)),
        inspect(link, { depth: 10, showHidden: true }),
      ];
    }),
    ...logLines,
  ].join("\n");
}

async function failWith(phase: "api" | "token", fault: Fault) {
  server = await startFaultServer((request) =>
    request.path.startsWith("/oauth/token") ? (phase === "token" ? fault : token) : fault,
  );
  const logLines: string[] = [];
  const log = (...parts: unknown[]) =>
    logLines.push(parts.map((part) => inspect(part, { depth: 10 })).join(" "));
  const org = createOrgClient({
    baseUrl: server.url,
    auth: { clientId: "reliability-client", clientSecret: knownSecret },
    throttle: false,
    timeoutMs: 300,
    retry: { retries: 1 },
    logger: { debug: log, info: log, warn: log, error: log },
    // What hooks are shown is output too: it must hold no secret either.
    hooks: {
      onRequest: (request) => {
        log("hook onRequest", request);
      },
      onResponse: (response) => {
        log("hook onResponse", { ...response, headers: [...response.headers] });
      },
    },
  });
  const error = await org.oauthClients
    .create({ appType: "web", clientName: "leak-check" })
    .catch((caught: unknown) => caught);
  return { error, logLines };
}

describe("no secret or token in any error, log line or hook argument", () => {
  it.each([
    ...apiFaults.map((entry) => ({ ...entry, phase: "api" as const })),
    ...tokenFaults.map((entry) => ({ ...entry, phase: "token" as const })),
  ])("$name", async ({ phase, fault }) => {
    const { error, logLines } = await failWith(phase, fault);
    expect(error).toBeInstanceOf(Error);
    // The logger really was called on this path, so the log lines are part of what is scanned.
    expect(logLines.length).toBeGreaterThan(0);
    const said = everythingSaidAbout(error, logLines);
    expect(said).not.toContain(knownSecret);
    expect(said).not.toContain(knownToken);
  });

  it("the server did receive the secret and the token, so the scan is meaningful", async () => {
    server = await startFaultServer((request) =>
      request.path.startsWith("/oauth/token")
        ? token
        : json(201, {
            clientId: "x",
            clientName: "x",
            appType: "web",
            createdAt: "2026-01-01T00:00:00Z",
            clientSecret: "new",
          }),
    );
    const org = createOrgClient({
      baseUrl: server.url,
      auth: { clientId: "reliability-client", clientSecret: knownSecret },
      throttle: false,
    });
    await org.oauthClients.create({ appType: "web", clientName: "ok" });
    expect(server.requests[0]?.body).toContain(knownSecret);
    expect(server.requests[1]?.headers.authorization).toBe(`Bearer ${knownToken}`);
  });
});
