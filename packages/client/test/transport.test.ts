import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import {
  ConnectionError,
  createOrgClient,
  NotFoundError,
  OrgClientError,
  TimeoutError,
} from "../src/index.js";
import { CLIENT_ID, CLIENT_SECRET, clientWith } from "./support/client.js";
import { connectionRefused, hang, json } from "./support/fake-fetch.js";
import { type LocalServer, sendJson, startLocalServer } from "./support/local-server.js";
import { failed, settle } from "./support/settle.js";
import { tenant } from "./support/tenant.js";

describe("through a real socket (node:http on 127.0.0.1)", () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startLocalServer((request, _body, response) => {
      if (request.url === "/oauth/token") {
        sendJson(response, 200, { access_token: "socket-token-1", expires_in: 21_600 });
      } else if (request.url === "/api/core/tenants/t1") {
        sendJson(response, 200, tenant);
      } else if (request.url === "/api/core/tenants/stall") {
        // Never answers: the caller must abort.
      } else if (request.url?.startsWith("/api/core/tenants/drip")) {
        // The headers and half a body, then nothing more.
        response.writeHead(200, { "content-type": "application/json" });
        response.write('{"id":"t1",');
      } else {
        sendJson(response, 404, {
          errors: [{ code: "TENANTS-4", title: "Not found", status: "404" }],
          traceId: "trace-9",
        });
      }
    });
  });
  afterAll(async () => {
    await server.close();
  });

  const org = () =>
    createOrgClient({
      baseUrl: server.url,
      auth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
    });

  test("the path-based surface returns { data, error, response } as openapi-fetch does", async () => {
    const client = org();
    const ok = await client.GET("/api/core/tenants/{tenantId}", {
      params: { path: { tenantId: "t1" } },
    });
    expect(ok.data).toEqual(tenant);
    expect(ok.error).toBeUndefined();
    expect(ok.response.status).toBe(200);
    const missing = await client.GET("/api/core/tenants/{tenantId}", {
      params: { path: { tenantId: "nope" } },
    });
    expect(missing.data).toBeUndefined();
    expect(missing.error).toEqual({
      errors: [{ code: "TENANTS-4", title: "Not found", status: "404" }],
      traceId: "trace-9",
    });
    expect(missing.response.status).toBe(404);
  });

  test("resource methods return data and throw typed errors, token included", async () => {
    const client = org();
    await expect(client.tenants.get("t1")).resolves.toEqual(tenant);
    await expect(client.tenants.get("nope")).rejects.toBeInstanceOf(NotFoundError);
    const apiCalls = server.seen.filter((r) => r.url.startsWith("/api/"));
    expect(apiCalls.at(-1)?.headers.authorization).toBe("Bearer socket-token-1");
  });

  test("a caller's abort cancels the request in flight with the caller's reason", async () => {
    const controller = new AbortController();
    const pending = org().tenants.get("stall", { signal: controller.signal });
    await vi.waitFor(() => expect(server.seen.some((r) => r.url.endsWith("/stall"))).toBe(true));
    controller.abort();
    const error = await pending.catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "AbortError" });
    expect(error).not.toBeInstanceOf(OrgClientError);
  });

  test("the platform's fetch: a body that stops arriving ends at timeoutMs, and so does a caller's abort", async () => {
    const timed = org();
    const started = Date.now();
    const error = await createOrgClient({
      baseUrl: server.url,
      auth: { accessToken: "socket-token-1" },
      timeoutMs: 300,
      retry: false,
    })
      .tenants.get("drip-1")
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toContain("did not finish within 300 ms");
    expect(Date.now() - started).toBeLessThan(10_000);

    const controller = new AbortController();
    const reason = new Error("caller gave up");
    const pending = timed.tenants.get("drip-2", { signal: controller.signal });
    await vi.waitFor(() => expect(server.seen.some((r) => r.url.endsWith("/drip-2"))).toBe(true));
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  test("the path-based surface: openapi-fetch reads a live body, under timeoutMs and the caller's abort", async () => {
    const timed = createOrgClient({
      baseUrl: server.url,
      auth: { accessToken: "socket-token-1" },
      timeoutMs: 300,
      retry: false,
    });
    const error = await timed
      .GET("/api/core/tenants/{tenantId}", { params: { path: { tenantId: "drip-3" } } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toBe(
      `GET ${server.url}/api/core/tenants/drip-3 did not finish within 300 ms (the response body stopped arriving)`,
    );

    const controller = new AbortController();
    const reason = new Error("caller gave up");
    const pending = org().GET("/api/core/tenants/{tenantId}", {
      params: { path: { tenantId: "drip-4" } },
      signal: controller.signal,
    });
    await vi.waitFor(() => expect(server.seen.some((r) => r.url.endsWith("/drip-4"))).toBe(true));
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  test("the path-based surface: a stream handed back stays under timeoutMs until it ends", async () => {
    const { data, response } = await createOrgClient({
      baseUrl: server.url,
      auth: { accessToken: "socket-token-1" },
      timeoutMs: 300,
      retry: false,
    }).GET("/api/core/tenants/{tenantId}", {
      params: { path: { tenantId: "drip-5" } },
      parseAs: "stream",
    });
    expect(response.status).toBe(200);
    const stream = data as unknown as ReadableStream<Uint8Array>;
    const read = await new Response(stream).text().catch((caught: unknown) => caught);
    expect(read).toMatchObject({
      name: "TimeoutError",
      message: "The attempt ran out of its 300 ms",
    });
  });

  test("a refused connection is a ConnectionError", async () => {
    const closed = await startLocalServer(() => {});
    await closed.close();
    const client = createOrgClient({
      baseUrl: closed.url,
      auth: { accessToken: "tok-12345" },
      retry: false,
    });
    const error = await client.tenants.get("t1").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
  });
});

describe("a fetch that fails with something that is not an Error", () => {
  test("a null-prototype object is still a ConnectionError, with a message", async () => {
    const { org } = clientWith(() => Promise.reject(Object.create(null)), { retry: false });
    const error = await org.tenants.get("t1").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toContain("failed before a response arrived (object)");
  });
});

describe("time limits and aborts", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test("timeoutMs ends an attempt with TimeoutError (retries off)", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const { org } = clientWith((request) => hang(request.signal), {
      timeoutMs: 2_500,
      retry: false,
    });
    const started = Date.now();
    const error = failed(await settle(org.tenants.get("t1")));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 2_500, operationId: "getTenant", attempts: 1 });
    expect(Date.now() - started).toBe(2_500);
  });

  test("a TimeoutError's cause is an Error saying how long the attempt had, never an internal value", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const { org } = clientWith((request) => hang(request.signal), {
      timeoutMs: 2_500,
      retry: false,
    });
    const error = failed(await settle(org.tenants.get("t1"))) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.cause).toBeInstanceOf(Error);
    expect((error.cause as Error).message).toBe("timed out after 2500 ms");
  });

  test("the default time limit is 60 s", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const { org } = clientWith((request) => hang(request.signal), { retry: false });
    const started = Date.now();
    expect(failed(await settle(org.tenants.get("t1")))).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBe(60_000);
  });

  test("timeoutMs: 0 sets no limit", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const { org } = clientWith((request) => hang(request.signal), { timeoutMs: 0 });
    let settled = false;
    org.tenants.get("t1").then(
      () => (settled = true),
      () => (settled = true),
    );
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    expect(settled).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  test("an abort while waiting for the token stops the call, not the shared token request", async () => {
    let release: (response: Response) => void = () => {};
    const { org, requests } = clientWith(
      (request) =>
        request.url.endsWith("/oauth/token")
          ? new Promise<Response>((resolve) => {
              release = resolve;
            })
          : json(200, tenant),
      { auth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET } },
    );
    const controller = new AbortController();
    const first = org.tenants.get("t1", { signal: controller.signal });
    const second = org.tenants.get("t1");
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    controller.abort(new Error("first caller gave up"));
    await expect(first).rejects.toThrow("first caller gave up");
    release(json(200, { access_token: "late-token-1" }));
    await expect(second).resolves.toEqual(tenant);
  });

  test("a ConnectionError's cause is a redacted copy of fetch's error: name, message, code, cause", async () => {
    const thrown = new TypeError("fetch failed for Bearer static-token-abcdef", {
      cause: Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET", errno: -104 }),
    });
    const { org } = clientWith(
      () => {
        throw thrown;
      },
      { retry: false },
    );
    const error = (await org.tenants.get("t1").catch((caught: unknown) => caught)) as Error;
    expect(error).toBeInstanceOf(ConnectionError);
    const cause = error.cause as Error & { code?: string; cause?: Error & { code?: string } };
    expect(cause).not.toBe(thrown);
    expect(cause).toBeInstanceOf(Error);
    expect(cause.name).toBe("TypeError");
    expect(cause.message).toBe("fetch failed for Bearer [REDACTED]");
    expect(cause.cause).not.toBe(thrown.cause);
    expect(cause.cause?.message).toBe("read ECONNRESET");
    expect(cause.cause?.code).toBe("ECONNRESET");
  });

  test("rejects a negative timeoutMs", () => {
    expect(() => clientWith(() => json(200, tenant), { timeoutMs: -1 })).toThrow(TypeError);
  });
});

/**
 * A 200 whose body sends `first` and then stalls, or fails with `failure` when one is given.
 * `onWaiting` is called once the reader has taken `first` and waits for more.
 */
function partialBody(first: string, failure?: unknown, onWaiting?: () => void): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(first));
      if (failure !== undefined) controller.error(failure);
    },
    pull() {
      onWaiting?.();
    },
  });
  return new Response(body, { status: 200, headers: { "content-type": "application/json" } });
}

/** What undici throws when the connection drops while the body is read. */
const terminated = () => new TypeError("terminated", { cause: new Error("other side closed") });

describe("reading the response body", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test("timeoutMs also covers a body that stops arriving", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const { org } = clientWith(() => partialBody('{"id":"t1",'), {
      timeoutMs: 2_500,
      retry: false,
    });
    const error = failed(await settle(org.tenants.get("t1")));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 2_500, attempts: 1 });
  });

  test("the caller's abort also covers a body that stops arriving", async () => {
    let waitingForBody = false;
    const { org } = clientWith(
      () =>
        partialBody('{"id":"t1",', undefined, () => {
          waitingForBody = true;
        }),
      { timeoutMs: 0 },
    );
    const controller = new AbortController();
    const outcome = org.tenants.get("t1", { signal: controller.signal }).then(
      () => "resolved",
      (error: unknown) => error,
    );
    // The headers are in and the client is reading the body when the caller gives up.
    await vi.waitFor(() => expect(waitingForBody).toBe(true));
    const reason = new Error("caller gave up");
    controller.abort(reason);
    // The abort ends the call at once (no time limit is set): it has settled before the next
    // macrotask, so a read that ignored the abort fails here instead of hanging until the test
    // times out.
    const next = new Promise((resolve) => setImmediate(() => resolve("still pending")));
    expect(await Promise.race([outcome, next])).toBe(reason);
  });

  test("the path-based surface is covered too", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const { org } = clientWith(() => partialBody('{"id":"t1",'), {
      timeoutMs: 1_000,
      retry: false,
    });
    const error = failed(
      await settle(
        org.GET("/api/core/tenants/{tenantId}", { params: { path: { tenantId: "t1" } } }),
      ),
    );
    expect(error).toBeInstanceOf(TimeoutError);
  });

  test("a connection dropped mid-body is a ConnectionError, and a GET is retried", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const { org, requests } = clientWith((_request, index) =>
      index === 1 ? partialBody('{"id":"t1",', terminated()) : json(200, tenant),
    );
    const settled = await settle(org.tenants.get("t1"));
    expect(settled).toEqual({ ok: true, value: tenant });
    expect(requests).toHaveLength(2);
  });

  test("a dropped body on every attempt ends in ConnectionError", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const { org, requests } = clientWith(() => partialBody('{"id":"t1",', terminated()), {
      retry: { retries: 1 },
    });
    const error = failed(await settle(org.tenants.get("t1")));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ operationId: "getTenant", attempts: 2 });
    expect(requests).toHaveLength(2);
  });

  test("a POST whose body drops is not repeated and says it may have been processed", async () => {
    const { org, requests } = clientWith(() => partialBody('{"clientId":"c', terminated()));
    const error = await org.oauthClients
      .create({ appType: "web", clientName: "x" } as never)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(/may have been processed/);
    expect(requests).toHaveLength(1);
  });

  test("through a real socket: a stalled body ends with TimeoutError", async () => {
    const server = await startLocalServer((_request, _body, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"id":"t1",');
    });
    try {
      const org = createOrgClient({
        baseUrl: server.url,
        auth: { accessToken: "socket-token-2" },
        timeoutMs: 50,
        retry: false,
        throttle: false,
      });
      await expect(org.tenants.get("t1")).rejects.toBeInstanceOf(TimeoutError);
    } finally {
      await server.close();
    }
  });
});

describe("what a transport error says", () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  const url = "https://console.qlikcloud.com/api/core/tenants/t1";
  const fetchFailed = (cause?: unknown) =>
    new TypeError("fetch failed", cause === undefined ? undefined : { cause });

  test.each([
    [
      "a cause's code",
      fetchFailed({ code: "ECONNRESET", message: "read ECONNRESET" }),
      "fetch failed: ECONNRESET",
    ],
    [
      "a cause's message when it has no code",
      fetchFailed({ message: "socket hang up" }),
      "fetch failed: socket hang up",
    ],
    [
      "a cause's message when its code is no string",
      fetchFailed({ code: 42, message: "odd" }),
      "fetch failed: odd",
    ],
    ["nothing more for an empty cause message", fetchFailed({ message: "" }), "fetch failed"],
    ["nothing more without a cause", fetchFailed(), "fetch failed"],
  ])("a failed connection quotes %s", async (_what, thrown, said) => {
    const { org } = clientWith(
      () => {
        throw thrown;
      },
      { retry: false },
    );
    const error = (await org.tenants
      .get("t1")
      .catch((caught: unknown) => caught)) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toBe(`GET ${url} failed before a response arrived (${said})`);
    expect(error.request).toEqual({ method: "GET", url });
  });

  test("after retries, it says how many attempts were made", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const { org } = clientWith(connectionRefused, { retry: { retries: 2, minDelayMs: 10 } });
    const error = failed(await settle(org.tenants.get("t1")));
    expect((error as Error).message).toBe(
      `GET ${url} failed before a response arrived (fetch failed: ECONNREFUSED) after 3 attempts`,
    );
  });

  test("a time limit before the headers, and one while the body arrives, are told apart", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const stalled = () =>
      new Response(new ReadableStream({ pull() {} }), {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    const { org } = clientWith(
      (request, index) => (index === 1 ? hang(request.signal) : stalled()),
      { timeoutMs: 2_500, retry: false },
    );
    expect((failed(await settle(org.tenants.get("t1"))) as Error).message).toBe(
      `GET ${url} got no response within 2500 ms`,
    );
    expect((failed(await settle(org.tenants.get("t1"))) as Error).message).toBe(
      `GET ${url} did not finish within 2500 ms (the response body stopped arriving)`,
    );
  });

  test("a connection dropped while the body arrives says so", async () => {
    const dropped = new Response(
      new ReadableStream({
        start(controller) {
          controller.error(new TypeError("terminated", { cause: new Error("other side closed") }));
        },
      }),
      { status: 200, headers: { "content-type": "application/json" } },
    );
    const { org } = clientWith(() => dropped, { retry: false });
    const error = (await org.tenants.get("t1").catch((caught: unknown) => caught)) as Error;
    expect(error.message).toBe(
      `GET ${url} failed while the response body was arriving (terminated: other side closed)`,
    );
  });

  test("a request to a path the spec lacks is not repeated, and the message says so", async () => {
    const { org, requests } = clientWith(connectionRefused);
    const error = (await org
      .GET("/api/core/elsewhere" as never)
      .catch((caught: unknown) => caught)) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.operationId).toBeUndefined();
    expect(error.message).toBe(
      "GET https://console.qlikcloud.com/api/core/elsewhere failed before a response arrived (fetch failed: ECONNREFUSED). The request may have been processed by the server; it was not retried, because this request is not safe to repeat",
    );
    expect(requests).toHaveLength(1);
  });

  test("a caller's abort of a request that is not safe to repeat rejects with the caller's reason", async () => {
    const { org, requests } = clientWith((request) => hang(request.signal));
    const controller = new AbortController();
    const call = org.oauthClients.createSecret("c1", { signal: controller.signal });
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    const reason = new Error("caller gave up");
    controller.abort(reason);
    await expect(call).rejects.toBe(reason);
  });
});

describe("the timeoutMs option", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test.each([Number.NaN, "100", -0.5])("refuses %s, saying what it got", (timeoutMs) => {
    expect(() => clientWith(() => json(200, tenant), { timeoutMs: timeoutMs as number })).toThrow(
      `timeoutMs must be a number ≥ 0, got ${String(timeoutMs)}`,
    );
  });

  test("a limit longer than a timer can hold means no limit, not an instant timeout", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const { org } = clientWith(
      () => new Promise<Response>((resolve) => setTimeout(() => resolve(json(200, tenant)), 50)),
      { timeoutMs: 2 ** 31, retry: false },
    );
    expect(await settle(org.tenants.get("t1"))).toEqual({ ok: true, value: tenant });
  });
});
