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
