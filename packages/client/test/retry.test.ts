import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import {
  ConnectionError,
  InternalServerError,
  NotFoundError,
  type OrgClient,
  RateLimitError,
  ServiceUnavailableError,
  TimeoutError,
} from "../src/index.js";
import {
  defaultRetryState,
  parseRetryAfter,
  type RetryOptions,
  resolveRetryState,
  retryDelayMs,
} from "../src/retry.js";
import { clientWith } from "./support/client.js";
import { connectionRefused, empty, hang, json, type SeenRequest } from "./support/fake-fetch.js";
import { failed, settle } from "./support/settle.js";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: Date.UTC(2026, 0, 1) });
});
afterEach(() => {
  vi.useRealTimers();
});

const errorBody = (status: number) => ({ errors: [{ code: `HTTP-${status}`, title: "failed" }] });
const client = {
  clientId: "c1",
  clientName: "ci",
  appType: "web",
  createdAt: "2026-01-01T00:00:00Z",
};

/** One call per kind of operation, with the answer its success gets. */
const calls = {
  "GET getOAuthClient": {
    invoke: (org: OrgClient) => org.oauthClients.get("c1"),
    success: () => json(200, client),
  },
  "DELETE deleteOAuthClient": {
    invoke: (org: OrgClient) => org.oauthClients.delete("c1"),
    success: () => empty(204),
  },
  "POST createOAuthClient": {
    invoke: (org: OrgClient) => org.oauthClients.create({ appType: "web", clientName: "ci" }),
    success: () => json(201, { ...client, clientSecret: "new-secret-123" }),
  },
  "PATCH patchOAuthClient": {
    invoke: (org: OrgClient) =>
      org.oauthClients.update("c1", [{ op: "replace", path: "/clientName", value: "x" }]),
    success: () => empty(204),
  },
} as const;
type CallName = keyof typeof calls;

/** Answers `failures` with `status`, then succeeds; counts the attempts. */
async function attemptsFor(name: CallName, status: number, failures = Number.POSITIVE_INFINITY) {
  const call = calls[name];
  const { org, requests } = clientWith((_request, index) =>
    index <= failures ? json(status, errorBody(status)) : call.success(),
  );
  const invoke: (org: OrgClient) => Promise<unknown> = call.invoke;
  const settled = await settle(invoke(org));
  return { attempts: requests.length, settled };
}

describe("which failures are retried (default: 2 retries)", () => {
  test.each([
    ["GET getOAuthClient", 429, 3],
    ["GET getOAuthClient", 503, 3],
    ["GET getOAuthClient", 500, 3],
    ["GET getOAuthClient", 502, 3],
    ["GET getOAuthClient", 504, 3],
    ["DELETE deleteOAuthClient", 500, 3],
    ["DELETE deleteOAuthClient", 502, 3],
    ["DELETE deleteOAuthClient", 504, 3],
    ["DELETE deleteOAuthClient", 429, 3],
    ["POST createOAuthClient", 429, 3],
    ["POST createOAuthClient", 503, 3],
    ["POST createOAuthClient", 500, 1],
    ["POST createOAuthClient", 502, 1],
    ["POST createOAuthClient", 504, 1],
    ["PATCH patchOAuthClient", 429, 3],
    ["PATCH patchOAuthClient", 503, 3],
    ["PATCH patchOAuthClient", 500, 1],
    ["PATCH patchOAuthClient", 502, 1],
    ["PATCH patchOAuthClient", 504, 1],
    ["GET getOAuthClient", 400, 1],
    ["GET getOAuthClient", 403, 1],
    ["GET getOAuthClient", 404, 1],
    ["POST createOAuthClient", 409, 1],
  ] as const)("%s answered %i is sent %i time(s)", async (name, status, expected) => {
    const { attempts, settled } = await attemptsFor(name, status);
    expect(attempts).toBe(expected);
    expect(failed(settled)).toMatchObject({ status });
  });

  test.each([
    ["GET getOAuthClient", 503],
    ["POST createOAuthClient", 429],
    ["DELETE deleteOAuthClient", 502],
  ] as const)("%s succeeds when a retry after %i succeeds", async (name, status) => {
    const { attempts, settled } = await attemptsFor(name, status, 2);
    expect(attempts).toBe(3);
    expect(settled.ok).toBe(true);
  });

  test("the final error is the status's class", async () => {
    expect(failed((await attemptsFor("GET getOAuthClient", 503)).settled)).toBeInstanceOf(
      ServiceUnavailableError,
    );
    expect(failed((await attemptsFor("POST createOAuthClient", 500)).settled)).toBeInstanceOf(
      InternalServerError,
    );
  });
});

describe("connection failures and timeouts", () => {
  test("a GET is retried after a connection error and then succeeds", async () => {
    const { org, requests } = clientWith((_r, index) =>
      index === 1 ? connectionRefused() : json(200, client),
    );
    const settled = await settle(org.oauthClients.get("c1"));
    expect(settled).toMatchObject({ ok: true, value: client });
    expect(requests).toHaveLength(2);
  });

  test("a POST is never repeated after a connection error, and the error says why", async () => {
    const { org, requests } = clientWith(() => connectionRefused());
    const error = failed(
      await settle(org.oauthClients.create({ appType: "web", clientName: "ci" })),
    );
    expect(requests).toHaveLength(1);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ operationId: "createOAuthClient", attempts: 1 });
    expect((error as Error).message).toMatch(/may have been processed/);
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
  });

  test("a PATCH is never repeated after a timeout", async () => {
    const { org, requests } = clientWith((request) => hang(request.signal), { timeoutMs: 1_000 });
    const error = failed(
      await settle(org.oauthClients.update("c1", [{ op: "remove", path: "/description" }])),
    );
    expect(requests).toHaveLength(1);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 1_000, operationId: "patchOAuthClient" });
    expect((error as Error).message).toMatch(/may have been processed/);
  });

  test("a GET that keeps timing out is tried 3 times, then TimeoutError", async () => {
    const { org, requests } = clientWith((request) => hang(request.signal), { timeoutMs: 1_000 });
    const error = failed(await settle(org.tenants.get("t1")));
    expect(requests).toHaveLength(3);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ attempts: 3 });
  });
});

describe("a DELETE repeated after an ambiguous failure", () => {
  const del = {
    client: (org: OrgClient) => org.oauthClients.delete("c1"),
    secret: (org: OrgClient) => org.oauthClients.deleteSecret("c1", "hint1"),
  };

  test.each([
    ["client", "a connection error"],
    ["client", "a 500"],
    ["client", "a 504"],
    ["secret", "a connection error"],
    ["secret", "a 502"],
  ] as const)("deleting a %s: 404 after %s counts as done", async (what, failure) => {
    const { org, requests } = clientWith((_r, index) => {
      if (index > 1) return json(404, errorBody(404));
      if (failure === "a connection error") return connectionRefused();
      return json(Number(failure.slice(2)), errorBody(Number(failure.slice(2))));
    });
    const settled = await settle(del[what](org));
    expect(requests).toHaveLength(2);
    expect(settled).toEqual({ ok: true, value: undefined });
  });

  test("a 404 on the first attempt is NotFoundError", async () => {
    const { org } = clientWith(() => json(404, errorBody(404)));
    expect(failed(await settle(del.client(org)))).toBeInstanceOf(NotFoundError);
  });

  test("for a GET, a 404 after an ambiguous failure is NotFoundError all the same", async () => {
    const { org, requests } = clientWith((_r, index) =>
      index === 1 ? json(500, errorBody(500)) : json(404, errorBody(404)),
    );
    expect(failed(await settle(org.oauthClients.get("c1")))).toBeInstanceOf(NotFoundError);
    expect(requests).toHaveLength(2);
  });

  test("a 404 after a 429 (which was not processed) is NotFoundError", async () => {
    const { org } = clientWith((_r, index) =>
      index === 1 ? json(429, errorBody(429), { "retry-after": "1" }) : json(404, errorBody(404)),
    );
    expect(failed(await settle(del.client(org)))).toBeInstanceOf(NotFoundError);
  });
});

describe("waiting between attempts", () => {
  /** Records the fake-clock time of every request. */
  function timed(answer: (index: number) => Response, options = {}) {
    const times: number[] = [];
    const made = clientWith((_r: SeenRequest, index: number) => {
      times.push(Date.now());
      return answer(index);
    }, options);
    return { ...made, times };
  }

  test("honours Retry-After in seconds", async () => {
    const { org, times } = timed((index) =>
      index === 1 ? json(429, errorBody(429), { "retry-after": "7" }) : json(200, client),
    );
    await settle(org.oauthClients.get("c1"));
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBe(7_000);
  });

  test("honours Retry-After as an HTTP date", async () => {
    const { org, times } = timed((index) =>
      index === 1
        ? json(503, errorBody(503), { "retry-after": new Date(Date.now() + 12_000).toUTCString() })
        : json(200, client),
    );
    await settle(org.oauthClients.get("c1"));
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBe(12_000);
  });

  test("without Retry-After, backs off exponentially with jitter", async () => {
    const { org, times } = timed(() => json(503, errorBody(503)), {
      retry: { retries: 4, minDelayMs: 1_000, maxDelayMs: 3_000 },
    });
    await settle(org.oauthClients.get("c1"));
    const gaps = times.slice(1).map((t, i) => t - (times[i] ?? 0));
    expect(gaps).toHaveLength(4);
    const bounds = [1_000, 2_000, 3_000, 3_000];
    gaps.forEach((gap, i) => {
      expect(gap).toBeLessThanOrEqual(bounds[i] ?? 0);
      expect(gap).toBeGreaterThanOrEqual((bounds[i] ?? 0) * 0.75);
    });
  });

  test("a Retry-After of exactly maxRetryAfterMs is still waited for", async () => {
    const { org, times } = timed((index) =>
      index === 1 ? json(429, errorBody(429), { "retry-after": "60" }) : json(200, client),
    );
    expect(await settle(org.oauthClients.get("c1"))).toEqual({ ok: true, value: client });
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBe(60_000);
  });

  test("a Retry-After longer than maxRetryAfterMs is not waited for", async () => {
    const { org, requests } = clientWith((_r, index) =>
      index === 1 ? json(429, errorBody(429), { "retry-after": "120" }) : json(200, client),
    );
    const error = failed(await settle(org.tenants.list()));
    expect(requests).toHaveLength(1);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 120_000 });
    // The tier is held for maxRetryAfterMs (60 s), not for the 120 s the server asked for.
    const started = Date.now();
    const later = org.tenants.get("t1");
    await vi.advanceTimersByTimeAsync(59_999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await later;
    expect(requests).toHaveLength(2);
    expect(Date.now() - started).toBe(60_000);
  });

  test("a Retry-After beyond what a timer holds neither spins nor holds the tier longer than the cap", async () => {
    const { org, requests } = clientWith((_r, index) =>
      index === 1
        ? json(429, errorBody(429), { "retry-after": String(30 * 24 * 3_600) })
        : json(200, client),
    );
    const error = failed(await settle(org.tenants.list()));
    expect(error).toMatchObject({ retryAfterMs: 30 * 24 * 3_600_000 });
    const started = Date.now();
    const later = org.tenants.get("t1");
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(1);
    // The one timer the held request waits on is due when the cap (maxRetryAfterMs) ends. A delay
    // over 2^31-1 ms would fire after 1 ms instead (in Node and in fake timers alike), and spin.
    await vi.advanceTimersToNextTimerAsync();
    expect(Date.now() - started).toBe(60_000);
    await later;
    expect(requests).toHaveLength(2);
  });

  test("an abort during the wait stops at once, with the caller's reason", async () => {
    const { org, requests } = clientWith(() => json(503, errorBody(503), { "retry-after": "30" }));
    const controller = new AbortController();
    const pending = org.oauthClients.get("c1", { signal: controller.signal });
    const outcome = pending.then(
      () => "resolved",
      (error: unknown) => error,
    );
    await vi.advanceTimersByTimeAsync(1_000);
    const reason = new Error("stop");
    controller.abort(reason);
    expect(await outcome).toBe(reason);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(requests).toHaveLength(1);
  });
});

describe("retry options", () => {
  test("retry: false sends once", async () => {
    const { org, requests } = clientWith(() => json(503, errorBody(503)), { retry: false });
    await settle(org.tenants.list());
    expect(requests).toHaveLength(1);
  });

  test("retries is configurable", async () => {
    const { org, requests } = clientWith(() => json(503, errorBody(503)), {
      retry: { retries: 5 },
    });
    await settle(org.tenants.list());
    expect(requests).toHaveLength(6);
  });

  test("partial options merge over the defaults", () => {
    expect(resolveRetryState({ retries: 4 })).toEqual({ ...defaultRetryState, retries: 4 });
    expect(resolveRetryState(undefined)).toEqual(defaultRetryState);
    expect(resolveRetryState(false).retries).toBe(0);
    expect(() => resolveRetryState({ retries: -1 })).toThrow(TypeError);
    expect(() => resolveRetryState({ maxDelayMs: Number.NaN })).toThrow(TypeError);
    expect(() => resolveRetryState({ maxRetryAfterMs: 2 ** 31 })).toThrow(
      /retry.maxRetryAfterMs must be at most 2147483647/,
    );
    expect(() => resolveRetryState({ maxDelayMs: 2 ** 31 })).toThrow(TypeError);
    expect(resolveRetryState({ maxRetryAfterMs: 2 ** 31 - 1 }).maxRetryAfterMs).toBe(2 ** 31 - 1);
  });

  test("the path-based surface retries too, and keeps openapi-fetch's result shape", async () => {
    const { org, requests } = clientWith((_r, index) =>
      index === 1 ? json(503, errorBody(503)) : json(200, client),
    );
    const result = await settle(
      org.GET("/api/core/oauth-clients/{id}", { params: { path: { id: "c1" } } }),
    );
    expect(requests).toHaveLength(2);
    expect(result).toMatchObject({ ok: true, value: { data: client } });
  });

  test("the path-based surface never repeats a POST after a 500", async () => {
    const { org, requests } = clientWith(() => json(500, errorBody(500)));
    const result = await settle(
      org.POST("/api/core/oauth-clients", { body: { appType: "web", clientName: "ci" } }),
    );
    expect(requests).toHaveLength(1);
    expect(result).toMatchObject({ ok: true, value: { error: errorBody(500) } });
  });
});

describe("retry arithmetic", () => {
  test("parseRetryAfter reads seconds and HTTP dates", () => {
    const now = Date.UTC(2026, 0, 1);
    expect(parseRetryAfter("3", now)).toBe(3_000);
    expect(parseRetryAfter("1.5", now)).toBe(1_500);
    expect(parseRetryAfter(new Date(now + 5_000).toUTCString(), now)).toBe(5_000);
    expect(parseRetryAfter(new Date(now - 5_000).toUTCString(), now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  test("retryDelayMs doubles from minDelayMs up to maxDelayMs, minus up to 25 % jitter", () => {
    const state = { ...defaultRetryState, minDelayMs: 100, maxDelayMs: 1_000 };
    expect([0, 1, 2, 3, 4].map((n) => retryDelayMs(state, n, undefined, () => 0))).toEqual([
      100, 200, 400, 800, 1_000,
    ]);
    expect(retryDelayMs(state, 0, undefined, () => 1)).toBe(75);
    expect(retryDelayMs(state, 3, 2_500, () => 0.5)).toBe(2_500);
  });
});

describe("reading Retry-After", () => {
  const now = Date.UTC(2026, 0, 1);
  test.each([
    [" 7 ", 7_000],
    ["1.25", 1_250],
    ["0", 0],
    ["x5", undefined],
    ["5x", undefined],
    ["7s", undefined],
    ["", undefined],
    // HTTP dates in their three forms, 10 s after now; other text that Date.parse would read is no date.
    ["Thu, 01 Jan 2026 00:00:10 GMT", 10_000],
    ["Thursday, 01-Jan-26 00:00:10 GMT", 10_000],
    ["Thu Jan  1 00:00:10 2026", 10_000],
    ["Wed, 31 Dec 2025 23:59:00 GMT", 0],
    ["in 5", undefined],
    ["tomorrow 5", undefined],
    ["2026-01-02", undefined],
    ["Fri, 02 Jan 2026", undefined],
    ["Fri, 02 Jan 2026 00:00 GMT", undefined],
    ["Fri, 02 Jan 2026 00:00:aa GMT", undefined],
  ])("%j → %s ms", (header, ms) => {
    expect(parseRetryAfter(header, now)).toBe(ms);
  });

  test("an HTTP date is GMT in every form, whatever the local time zone", () => {
    const zone = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      expect(parseRetryAfter("Thu Jan  1 00:00:10 2026", now)).toBe(10_000);
      expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:10 GMT", now)).toBe(10_000);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe("checking retry options", () => {
  test("zero is allowed: no retries, no backoff", async () => {
    expect(resolveRetryState({ retries: 0, minDelayMs: 0, maxDelayMs: 0 })).toEqual({
      ...defaultRetryState,
      retries: 0,
      minDelayMs: 0,
      maxDelayMs: 0,
    });
    const { org, requests } = clientWith(() => json(503, errorBody(503)), {
      retry: { retries: 0 },
    });
    await settle(org.tenants.list());
    expect(requests).toHaveLength(1);
  });

  test("a fractional retries is rounded down; fractional delays are kept", async () => {
    expect(resolveRetryState({ minDelayMs: 100.5 }).minDelayMs).toBe(100.5);
    const { org, requests } = clientWith(() => json(503, errorBody(503)), {
      retry: { retries: 1.9 },
    });
    await settle(org.tenants.list());
    expect(requests).toHaveLength(2);
  });

  test("retries is not bounded by what a timer holds; delays are", () => {
    expect(resolveRetryState({ retries: 2 ** 31 }).retries).toBe(2 ** 31);
    expect(() => resolveRetryState({ minDelayMs: 2 ** 31 })).toThrow(
      "retry.minDelayMs must be at most 2147483647 (the longest delay a timer holds), got 2147483648",
    );
  });

  test.each([
    [{ retries: -1 }, "retry.retries must be a finite number ≥ 0, got -1"],
    [
      { minDelayMs: Number.POSITIVE_INFINITY },
      "retry.minDelayMs must be a finite number ≥ 0, got Infinity",
    ],
    [{ maxDelayMs: "100" }, "retry.maxDelayMs must be a finite number ≥ 0, got 100"],
  ])("%j is refused: %s", (options, message) => {
    expect(() => resolveRetryState(options as RetryOptions)).toThrow(message);
  });
});
