// Opt-in rate limits: per-tier budgets per caller, 429 with Retry-After, on an injected clock.

import { describe, expect, test } from "vitest";
import { createStatefulOrg } from "../../src/stateful/index.js";
import { createHarness } from "./support/harness.js";

const tier1 = "/api/core/tenants"; // listTenants
const tier1Other = "/api/core/oauth-clients"; // listOAuthClients
const tier2Filter = {
  path: "/api/core/tenants/actions/filter",
  json: { filter: 'status eq "active"' },
};

describe("rate limits", () => {
  test("the budget runs out per tier, blocks every operation of that tier, and comes back", async () => {
    const h = createHarness({
      limits: { tier1: { requests: 3, windowMs: 2000 }, tier2: { requests: 2, windowMs: 1000 } },
    });
    await h.signIn();
    for (let i = 0; i < 3; i++) expect((await h.send("GET", tier1)).status).toBe(200);

    const limited = await h.send("GET", tier1);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("2");
    expect(limited.body).toEqual({
      errors: [{ code: "HTTP-429", title: "API rate limit reached." }],
    });
    // The whole tier is blocked, not only the operation that used it up.
    expect((await h.send("GET", tier1Other)).status).toBe(429);
    // Tier 2 has its own budget.
    expect((await h.send("POST", tier2Filter.path, { json: tier2Filter.json })).status).toBe(200);

    h.advance(500);
    expect((await h.send("GET", tier1)).headers.get("retry-after")).toBe("2");
    h.advance(700);
    expect((await h.send("GET", tier1)).headers.get("retry-after")).toBe("1");
    h.advance(800);
    expect((await h.send("GET", tier1)).status).toBe(200);
  });

  test("each caller has its own budget", async () => {
    const other = { clientId: "second", clientSecret: "second-secret" };
    const h = createHarness({
      seed: {
        credentials: [{ clientId: "mock-client-id", clientSecret: "mock-client-secret" }, other],
      },
      limits: { tier1: { requests: 1, windowMs: 60_000 } },
    });
    await h.signIn();
    const otherToken = await h.requestToken(other);
    expect((await h.send("GET", tier1)).status).toBe(200);
    expect((await h.send("GET", tier1)).status).toBe(429);
    expect((await h.send("GET", tier1, { token: otherToken })).status).toBe(200);
    expect((await h.send("GET", tier1, { token: otherToken })).status).toBe(429);
  });

  test("the token endpoint has no tier and is never limited", async () => {
    const h = createHarness({
      limits: {
        tier1: { requests: 1, windowMs: 60_000 },
        tier2: { requests: 1, windowMs: 60_000 },
      },
    });
    for (let i = 0; i < 20; i++) {
      const answer = await h.send("POST", "/oauth/token", {
        json: {
          client_id: "mock-client-id",
          client_secret: "mock-client-secret",
          grant_type: "client_credentials",
        },
      });
      expect(answer.status).toBe(200);
    }
  });

  // Documented: limits are given per minute but evaluated over 5-minute windows, so a burst of up to
  // five minutes' worth passes.
  test("a tier left out gets 5 × its documented requests per minute over a 5-minute window", async () => {
    const h = createHarness({ limits: {} });
    await h.signIn();
    const filter = () => h.send("POST", tier2Filter.path, { json: tier2Filter.json });
    for (let i = 0; i < 500; i++) {
      if (i === 250) h.advance(60_000); // past one minute: the window is not a minute long
      expect((await filter()).status).toBe(200);
    }
    const limited = await filter();
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("240");
    h.advance(239_999);
    expect((await filter()).status).toBe(429);
    h.advance(1);
    expect((await filter()).status).toBe(200);
  });

  test("limits are off unless asked for", async () => {
    for (const limits of [undefined, false as const]) {
      const h = createHarness(limits === undefined ? {} : { limits });
      await h.signIn();
      // One more than the default tier-2 budget (5 × 100).
      for (let i = 0; i < 501; i++) {
        expect((await h.send("POST", tier2Filter.path, { json: tier2Filter.json })).status).toBe(
          200,
        );
      }
    }
  });

  test.each([
    [{ tier1: { requests: 0, windowMs: 1000 } }, /tier1.requests/],
    [{ tier2: { requests: 1.5, windowMs: 1000 } }, /tier2.requests/],
    [{ tier1: { requests: 5, windowMs: 0 } }, /tier1.windowMs/],
  ])("a bad budget is refused at creation", (limits, message) => {
    expect(() => createStatefulOrg({ limits })).toThrow(message);
  });
});
