import { getEventListeners } from "node:events";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { TierLimiter } from "../src/throttle.js";
import { clientWith } from "./support/client.js";
import { empty, json } from "./support/fake-fetch.js";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: Date.UTC(2026, 0, 1) });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Acquires a slot and records when it was granted. */
function take(limiter: TierLimiter, granted: number[], signal?: AbortSignal): Promise<void> {
  const wait = limiter.acquire(signal);
  if (!wait) {
    granted.push(Date.now());
    return Promise.resolve();
  }
  return wait.then(() => {
    granted.push(Date.now());
  });
}

/** How a promise settled, without throwing. */
const outcome = (promise: Promise<unknown> | undefined) =>
  Promise.resolve(promise).then(
    (value) => ({ value }),
    (reason: unknown) => ({ reason }),
  );

describe("TierLimiter", () => {
  test("lets requests through at once while the minute's budget lasts", () => {
    const limiter = new TierLimiter(3);
    expect(limiter.acquire()).toBeUndefined();
    expect(limiter.acquire()).toBeUndefined();
    expect(limiter.acquire()).toBeUndefined();
    expect(limiter.acquire()).toBeInstanceOf(Promise);
  });

  test("holds the next request until the oldest one has left the 60-second window", async () => {
    const limiter = new TierLimiter(2);
    const granted: number[] = [];
    const start = Date.now();
    await take(limiter, granted);
    await take(limiter, granted);
    const third = take(limiter, granted);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(granted).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1_001);
    await third;
    expect(granted).toHaveLength(3);
    expect((granted[2] ?? 0) - start).toBeGreaterThanOrEqual(60_000);
    expect((granted[2] ?? 0) - start).toBeLessThanOrEqual(61_000);
  });

  test("never starts more than the limit within any 60-second window", async () => {
    const limiter = new TierLimiter(5);
    const granted: number[] = [];
    const all: Promise<void>[] = [];
    for (let i = 0; i < 23; i++) {
      all.push(take(limiter, granted));
      await vi.advanceTimersByTimeAsync(1_700);
    }
    await vi.advanceTimersByTimeAsync(5 * 61_000);
    await Promise.all(all);
    expect(granted).toHaveLength(23);
    for (const at of granted) {
      const inWindow = granted.filter((t) => t > at - 60_000 && t <= at).length;
      expect(inWindow).toBeLessThanOrEqual(5);
    }
  });

  test("grants queued requests in arrival order", async () => {
    const limiter = new TierLimiter(1);
    const order: number[] = [];
    limiter.acquire();
    const waits = [1, 2, 3].map((n) => limiter.acquire()?.then(() => order.push(n)));
    await vi.advanceTimersByTimeAsync(3 * 61_000);
    await Promise.all(waits);
    expect(order).toEqual([1, 2, 3]);
  });

  test("an abort while queued rejects with the signal's reason and gives up the place", async () => {
    const limiter = new TierLimiter(1);
    limiter.acquire();
    const controller = new AbortController();
    const aborted = limiter.acquire(controller.signal);
    const next = limiter.acquire();
    const reason = new Error("caller gave up");
    controller.abort(reason);
    await expect(aborted).rejects.toBe(reason);
    await vi.advanceTimersByTimeAsync(61_000);
    await expect(next).resolves.toBeUndefined();
  });

  test("pause holds the tier even when the budget has room", async () => {
    const limiter = new TierLimiter(100);
    limiter.pause(5_000);
    const granted: number[] = [];
    const start = Date.now();
    const wait = take(limiter, granted);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(granted).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    await wait;
    expect((granted[0] ?? 0) - start).toBe(5_000);
  });

  test("counts over a shorter window when windowMs is set", async () => {
    const limiter = new TierLimiter(2, 6_000);
    const granted: number[] = [];
    const start = Date.now();
    await take(limiter, granted);
    await take(limiter, granted);
    const third = take(limiter, granted);
    await vi.advanceTimersByTimeAsync(5_999);
    expect(granted).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(101);
    await third;
    expect((granted[2] ?? 0) - start).toBeGreaterThanOrEqual(6_000);
    expect((granted[2] ?? 0) - start).toBeLessThanOrEqual(6_100);
  });

  test("a huge limit costs no memory and never waits", () => {
    const limiter = new TierLimiter(100_000_000);
    for (let i = 0; i < 10_000; i++) expect(limiter.acquire()).toBeUndefined();
  });
});

describe("TierLimiter timers", () => {
  test("an aborted last waiter leaves no timer behind", async () => {
    const limiter = new TierLimiter(1);
    expect(limiter.acquire()).toBeUndefined();
    const controller = new AbortController();
    const wait = limiter.acquire(controller.signal);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort(new Error("gave up"));
    await expect(wait).rejects.toThrow("gave up");
    expect(vi.getTimerCount()).toBe(0);
  });

  test("an aborted waiter with others behind it keeps the timer for them", async () => {
    const limiter = new TierLimiter(1);
    limiter.acquire();
    const controller = new AbortController();
    const aborted = limiter.acquire(controller.signal);
    const granted: number[] = [];
    const other = take(limiter, granted);
    controller.abort(new Error("gave up"));
    await expect(aborted).rejects.toThrow("gave up");
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(61_000);
    await other;
    expect(granted).toHaveLength(1);
  });

  test("a pause longer than a timer holds is waited out in steps", async () => {
    const limiter = new TierLimiter(10);
    limiter.pause(2 ** 31 + 5_000);
    const granted: number[] = [];
    const start = Date.now();
    const wait = take(limiter, granted);
    // The first step is the longest delay a timer holds; a longer one would fire after 1 ms (in
    // Node and in fake timers alike) and make the limiter spin.
    await vi.advanceTimersToNextTimerAsync();
    expect(Date.now() - start).toBe(2 ** 31 - 1);
    expect(granted).toHaveLength(0);
    await vi.advanceTimersToNextTimerAsync();
    await wait;
    expect(granted).toEqual([start + 2 ** 31 + 5_000]);
  });
});

describe("TierLimiter queue", () => {
  test("a request arriving while others wait queues behind them, even as a slot frees", async () => {
    const limiter = new TierLimiter(1);
    const order: string[] = [];
    limiter.acquire();
    const first = limiter.acquire()?.then(() => order.push("waiting"));
    // The clock moves past the window without the limiter's timer having fired yet.
    vi.setSystemTime(Date.now() + 61_000);
    const late = limiter.acquire();
    expect(late).toBeInstanceOf(Promise);
    late?.then(() => order.push("late"));
    await vi.advanceTimersByTimeAsync(125_000);
    await first;
    await late;
    expect(order).toEqual(["waiting", "late"]);
  });

  test("a signal aborted before the call is refused at once and takes no place", async () => {
    const limiter = new TierLimiter(1);
    limiter.acquire();
    const reason = new Error("already gone");
    let refused: unknown = "pending";
    limiter.acquire(AbortSignal.abort(reason))?.then(
      () => {
        refused = "granted";
      },
      (error: unknown) => {
        refused = error;
      },
    );
    const granted: number[] = [];
    const start = Date.now();
    const next = take(limiter, granted);
    await vi.advanceTimersByTimeAsync(0);
    expect(refused).toBe(reason);
    await vi.advanceTimersByTimeAsync(61_000);
    await next;
    expect((granted[0] ?? 0) - start).toBeLessThanOrEqual(61_000);
  });

  test("a waiter in the middle of the queue gives up its place when it aborts", async () => {
    const limiter = new TierLimiter(1);
    limiter.acquire();
    const granted: number[] = [];
    const start = Date.now();
    const first = take(limiter, granted);
    const controller = new AbortController();
    const middle = outcome(limiter.acquire(controller.signal));
    const last = take(limiter, granted);
    const reason = new Error("gave up");
    controller.abort(reason);
    expect(await middle).toEqual({ reason });
    await vi.advanceTimersByTimeAsync(2 * 61_000);
    await Promise.all([first, last]);
    // The last request takes the second free slot, not the third.
    expect(granted.map((at) => Math.round((at - start) / 60_000))).toEqual([1, 2]);
  });

  test("a granted wait leaves no listener on the caller's signal", async () => {
    const limiter = new TierLimiter(1);
    limiter.acquire();
    const controller = new AbortController();
    const waits = [limiter.acquire(controller.signal), limiter.acquire(controller.signal)];
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(2 * 61_000);
    await Promise.all(waits);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });
});

describe("TierLimiter over many windows", () => {
  /** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so a failure can be replayed. */
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
  }

  test.each([1, 2, 3])(
    "bursts and gaps (seed %i): never over the limit in a window, never held past a slot plus one bucket",
    async (seed) => {
      const limit = 4;
      const next = random(seed);
      const limiter = new TierLimiter(limit);
      const arrivals: number[] = [];
      const grants: number[] = [];
      const waits: Promise<void>[] = [];
      const start = Date.now();
      for (let i = 0; i < 60; i++) {
        // Bursts of up to three requests in the same instant, then gaps of up to 50 s.
        const burst = 1 + Math.floor(next() * 3);
        for (let b = 0; b < burst; b++) {
          const index = arrivals.length;
          arrivals.push(Date.now());
          const wait = limiter.acquire();
          if (wait) {
            waits.push(
              wait.then(() => {
                grants[index] = Date.now();
              }),
            );
          } else grants[index] = Date.now();
        }
        await vi.advanceTimersByTimeAsync(Math.floor(next() * 50_000));
      }
      await vi.advanceTimersByTimeAsync(60 * 61_000);
      await Promise.all(waits);
      expect(grants).toHaveLength(arrivals.length);
      for (let i = 0; i < grants.length; i++) {
        const at = grants[i] as number;
        // Granted in arrival order, never before arriving.
        expect(at).toBeGreaterThanOrEqual(arrivals[i] as number);
        if (i > 0) expect(at).toBeGreaterThanOrEqual(grants[i - 1] as number);
        // At most `limit` starts in the 60 s up to this one.
        expect(grants.filter((t) => t > at - 60_000 && t <= at).length).toBeLessThanOrEqual(limit);
        // Held no longer than until the start `limit` places earlier left the window, plus one
        // 1-second bucket.
        const earlier = i >= limit ? (grants[i - limit] as number) + 61_000 : start;
        expect(at).toBeLessThanOrEqual(Math.max(arrivals[i] as number, earlier));
      }
    },
  );
});

describe("throttling in the client", () => {
  const page = () => json(200, { data: [], links: { self: { href: "x" } } });

  test("is on by default: the 101st tier-2 request within a minute waits", async () => {
    const { org, requests } = clientWith(() =>
      json(201, { hint: "h", clientId: "c", clientSecret: "s3cret-value" }),
    );
    const calls = Array.from({ length: 101 }, () => org.oauthClients.createSecret("c"));
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(100);
    await vi.advanceTimersByTimeAsync(61_000);
    await Promise.all(calls);
    expect(requests).toHaveLength(101);
  });

  test("limits each tier separately, with per-tier overrides", async () => {
    const { org, requests } = clientWith(
      (request) => (request.method === "GET" ? page() : empty(204)),
      { throttle: { tiers: { 2: { requestsPerMinute: 2 } } } },
    );
    const deletes = ["a", "b", "c"].map((id) => org.oauthClients.delete(id));
    const reads = [1, 2, 3, 4].map(() => org.tenants.list());
    await vi.advanceTimersByTimeAsync(0);
    expect(requests.filter((r) => r.method === "DELETE")).toHaveLength(2);
    expect(requests.filter((r) => r.method === "GET")).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(61_000);
    await Promise.all([...deletes, ...reads]);
    expect(requests.filter((r) => r.method === "DELETE")).toHaveLength(3);
  });

  test("throttle: false sends everything at once", async () => {
    const { org, requests } = clientWith(() => empty(204), { throttle: false });
    await Promise.all(Array.from({ length: 150 }, () => org.oauthClients.delete("x")));
    expect(requests).toHaveLength(150);
  });

  test("a 429 with Retry-After holds the tier's other requests too", async () => {
    let first = true;
    const { org, requests } = clientWith(
      () => {
        if (first) {
          first = false;
          return json(
            429,
            { errors: [{ code: "HTTP-429", title: "API rate limit reached." }] },
            {
              "retry-after": "10",
            },
          );
        }
        return page();
      },
      { retry: false },
    );
    await expect(org.tenants.list()).rejects.toMatchObject({ status: 429, retryAfterMs: 10_000 });
    const later = org.tenants.list();
    await vi.advanceTimersByTimeAsync(9_999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await later;
    expect(requests).toHaveLength(2);
  });

  test("a 503's Retry-After delays that request's retry only, not the tier", async () => {
    const { org, requests } = clientWith(
      (_request, index) =>
        index === 1
          ? json(
              503,
              { errors: [{ code: "HTTP-503", title: "Unavailable" }] },
              { "retry-after": "10" },
            )
          : page(),
      { retry: false },
    );
    await expect(org.tenants.list()).rejects.toMatchObject({ status: 503, retryAfterMs: 10_000 });
    const later = org.tenants.list();
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(2);
    await later;
  });

  test("a 429 without Retry-After holds nothing, and a later Retry-After still holds the tier", async () => {
    const limited = (headers: Record<string, string> = {}) =>
      json(429, { errors: [{ code: "HTTP-429", title: "API rate limit reached." }] }, headers);
    const { org, requests } = clientWith(
      (_request, index) =>
        index === 1 ? limited() : index === 2 ? limited({ "retry-after": "10" }) : page(),
      { retry: false },
    );
    await expect(org.tenants.list()).rejects.toMatchObject({ status: 429 });
    await expect(org.tenants.list()).rejects.toMatchObject({ status: 429, retryAfterMs: 10_000 });
    const later = org.tenants.list();
    await vi.advanceTimersByTimeAsync(9_999);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    await later;
    expect(requests).toHaveLength(3);
  });

  test("option errors say which option and what is allowed", () => {
    const make = (throttle: object) => () => clientWith(() => page(), { throttle });
    expect(make({ tiers: { 2: { requestsPerMinute: 0 } } })).toThrow(
      "throttle.tiers[2].requestsPerMinute must be a whole number ≥ 1",
    );
    expect(make({ tiers: { 1: { requestsPerMinute: 2.5 } } })).toThrow(
      "throttle.tiers[1].requestsPerMinute must be a whole number ≥ 1",
    );
    expect(make({ tiers: { 1: { requestsPerMinute: 1 } } })).not.toThrow();
    // A tier without requestsPerMinute keeps the spec's limit.
    expect(make({ tiers: { 2: {} } })).not.toThrow();
    expect(make({ windowMs: 59 })).toThrow("throttle.windowMs must be a number ≥ 60, got 59");
    expect(make({ windowMs: Number.NaN })).toThrow(
      "throttle.windowMs must be a number ≥ 60, got NaN",
    );
    expect(make({ windowMs: "600" })).toThrow("throttle.windowMs must be a number ≥ 60, got 600");
    expect(make({ windowMs: 60 })).not.toThrow();
  });

  test("rejects a limit that is not a whole number ≥ 1, and a window under 60 ms", () => {
    expect(() =>
      clientWith(() => page(), { throttle: { tiers: { 1: { requestsPerMinute: 0 } } } }),
    ).toThrow(TypeError);
    expect(() => clientWith(() => page(), { throttle: { windowMs: 10 } })).toThrow(TypeError);
  });

  test("windowMs shortens the window for every tier", async () => {
    const { org, requests } = clientWith(() => empty(204), {
      throttle: { windowMs: 3_000, tiers: { 2: { requestsPerMinute: 1 } } },
    });
    const deletes = [org.oauthClients.delete("a"), org.oauthClients.delete("b")];
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(3_100);
    await Promise.all(deletes);
    expect(requests).toHaveLength(2);
  });
});
