// What the request log (onRequest, the CLI) says about the stateful organization's answers: why a
// request was refused, which fault was injected, and what failed inside the mock. The server runs
// in this process, on a free port.

import { afterEach, describe, expect, it } from "vitest";
import {
  type MockServerOptions,
  type RequestLogEntry,
  type StatefulMockServer,
  startMockServer,
} from "../../src/index.js";
import { defaultTokenRequest } from "./support/harness.js";

const servers: StatefulMockServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Starts a stateful server with `options`; `call` sends one request and returns its log entry. */
async function loggedServer(options: MockServerOptions = {}) {
  const log: RequestLogEntry[] = [];
  const server = await startMockServer({
    ...options,
    stateful: true,
    onRequest: (entry) => log.push(entry),
  });
  servers.push(server);
  const call = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${server.url}${path}`, init);
    const text = await response.text();
    return { response, body: text === "" ? undefined : JSON.parse(text), entry: log.at(-1) };
  };
  const signIn = async (): Promise<Record<string, string>> => {
    const { body } = await call("/oauth/token", defaultTokenRequest);
    return { authorization: `Bearer ${body.access_token}`, "content-type": "application/json" };
  };
  return { call, signIn };
}

describe("a refused request", () => {
  it("logs why it was refused: the detail of its 401", async () => {
    const { call } = await loggedServer();
    const { response, body, entry } = await call("/api/core/tenants");
    expect(response.status).toBe(401);
    expect(entry?.violations).toEqual([body.errors[0].detail]);
  });

  it("from a forbidden credential, logs the missing permission next to its 403", async () => {
    const { call } = await loggedServer({
      seed: { credentials: [{ clientId: "nobody", clientSecret: "s", forbidden: true }] },
    });
    const token = await call("/oauth/token", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        grant_type: "client_credentials",
        client_id: "nobody",
        client_secret: "s",
      }),
    });
    const { response, body, entry } = await call("/api/core/tenants", {
      headers: { authorization: `Bearer ${token.body.access_token}` },
    });
    const detail = "This client lacks the permission this operation needs.";
    expect(response.status).toBe(403);
    expect(body.errors[0].detail).toBe(detail);
    expect(entry?.violations).toEqual([`forbidden credential: ${detail}`]);
  });
});

describe("an injected fault", () => {
  it("logs the status it answered", async () => {
    const { call, signIn } = await loggedServer({
      faults: [{ operationId: "listOAuthClients", status: 503, times: 1 }],
    });
    const { response, entry } = await call("/api/core/oauth-clients", { headers: await signIn() });
    expect(response.status).toBe(503);
    expect(entry?.violations).toEqual(["injected fault: 503"]);
  });

  it("logs that the change was made before the fault", async () => {
    const { call, signIn } = await loggedServer({
      faults: [{ operationId: "createOAuthClient", status: 500, afterCommit: true }],
    });
    const { response, entry } = await call("/api/core/oauth-clients", {
      method: "POST",
      headers: await signIn(),
      body: JSON.stringify({ appType: "web", clientName: "made" }),
    });
    expect(response.status).toBe(500);
    expect(entry?.violations).toEqual(["injected fault: 500 after the change was made"]);
  });

  it("logs a latency on the answer it delayed", async () => {
    const { call, signIn } = await loggedServer({
      faults: [{ operationId: "listTenants", latencyMs: 1 }],
    });
    const { response, entry } = await call("/api/core/tenants", { headers: await signIn() });
    expect(response.status).toBe(200);
    expect(entry?.violations).toEqual(["injected fault: 1 ms latency"]);
  });
});

describe("a failure inside the mock", () => {
  /** The log entry of a request to a server whose clock throws `failure` once it is started. */
  async function failingWith(failure: unknown) {
    let broken = false;
    const server = await loggedServer({
      clock: () => {
        if (broken) throw failure;
        return new Date();
      },
    });
    broken = true;
    const { response, body, entry } = await server.call("/api/core/tenants");
    expect(response.status).toBe(500);
    expect(body.errors[0].detail).toBe("The stateful mock failed to handle the request.");
    return entry?.violations;
  }

  it("logs the error's name, message and innermost stack frame", async () => {
    const failure = new RangeError("the clock broke");
    failure.stack =
      "RangeError: the clock broke\n    at tick (clock.js:3:9)\n    at read (clock.js:9:1)";
    expect(await failingWith(failure)).toEqual([
      "stateful mock error: RangeError: the clock broke (at tick (clock.js:3:9))",
    ]);
  });

  it("logs the name and message alone when the stack names no frame, or there is none", async () => {
    const frameless = new TypeError("no frames");
    frameless.stack = "TypeError: no frames";
    expect(await failingWith(frameless)).toEqual(["stateful mock error: TypeError: no frames"]);
    const stackless = new Error("no stack");
    stackless.stack = undefined;
    expect(await failingWith(stackless)).toEqual(["stateful mock error: Error: no stack"]);
  });

  it("logs a thrown value that is not an Error as text, at most 500 characters", async () => {
    expect(await failingWith("the clock is gone")).toEqual([
      "stateful mock error: the clock is gone",
    ]);
    const long = await failingWith("x".repeat(600));
    expect(long).toEqual([`stateful mock error: ${"x".repeat(500)}`]);
    const longError = new Error("y".repeat(600));
    longError.stack = undefined;
    expect(await failingWith(longError)).toEqual([
      `stateful mock error: ${`Error: ${"y".repeat(600)}`.slice(0, 500)}`,
    ]);
  });
});
