// A server that allows N requests per window: every request eventually succeeds exactly once,
// and the client's limiter keeps the 429s far below what an unthrottled client provokes.

import { afterEach, describe, expect, it } from "vitest";
import { clientFor } from "./support/clients.js";
import { type FaultServer, json, startFaultServer } from "./support/fault-server.js";

const allowedPerWindow = 8;
const windowMs = 1_000;
const requests = 24;
/**
 * The client's window is 10% longer than the server's. The server's window starts when the first
 * request arrives, the client's when it is sent; on a loaded machine the first request of a window
 * can be tens of ms slower than the next window's first, which then arrives while the server's
 * window is still full. Headroom like this is what a user gives the limiter too.
 */
const clientWindowMs = windowMs * 1.1;

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A fixed-window limiter like Qlik's: past the budget, 429 with Retry-After until the next window. */
async function startRateLimitedServer() {
  const created = new Map<string, number>();
  let tooMany = 0;
  let windowStart = Date.now();
  let used = 0;
  const started = await startFaultServer((request) => {
    const now = Date.now();
    if (now - windowStart >= windowMs) {
      windowStart = now;
      used = 0;
    }
    if (used >= allowedPerWindow) {
      tooMany += 1;
      const retryAfter = Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000));
      return json(
        429,
        { errors: [{ code: "HTTP-429", title: "API rate limit reached." }] },
        { "retry-after": String(retryAfter) },
      );
    }
    used += 1;
    const { clientName } = JSON.parse(request.body) as { clientName: string };
    created.set(clientName, (created.get(clientName) ?? 0) + 1);
    return json(201, {
      clientId: clientName,
      clientName,
      appType: "web",
      createdAt: "2026-01-01T00:00:00Z",
      clientSecret: "s",
    });
  });
  server = started;
  return { created, tooMany: () => tooMany, url: started.url };
}

async function storm(throttled: boolean) {
  const target = await startRateLimitedServer();
  const org = clientFor(target.url, {
    retry: { retries: 10, maxRetryAfterMs: 5_000 },
    throttle: throttled
      ? { tiers: { 2: { requestsPerMinute: allowedPerWindow } }, windowMs: clientWindowMs }
      : false,
  });
  const results = await Promise.allSettled(
    Array.from({ length: requests }, (_, index) =>
      org.oauthClients.create({ appType: "web", clientName: `storm-${index}` }),
    ),
  );
  await server?.close();
  return { results, created: target.created, tooMany: target.tooMany() };
}

describe("a rate-limit storm", () => {
  it("with the limiter: all succeed, none is created twice, and few 429s are provoked", async () => {
    const throttled = await storm(true);
    expect(throttled.results.every((result) => result.status === "fulfilled")).toBe(true);
    expect(throttled.created.size).toBe(requests);
    expect([...throttled.created.values()].every((count) => count === 1)).toBe(true);

    const unthrottled = await storm(false);
    console.info(
      `rate-limit storm: ${requests} creates, ${allowedPerWindow}/${windowMs} ms allowed: ` +
        `429s with limiter ${throttled.tooMany}, without ${unthrottled.tooMany}`,
    );
    // Without the limiter the same burst runs into the server's limit again and again: the first
    // wave alone draws requests - allowedPerWindow 429s. With it, only arrival jitter at a window
    // edge can draw one, so a loaded machine may see a few, never a comparable number.
    expect(unthrottled.tooMany).toBeGreaterThanOrEqual(requests - allowedPerWindow);
    expect(throttled.tooMany).toBeLessThan(unthrottled.tooMany / 4);
  }, 30_000);
});
