// Faults on purpose: rules that make chosen requests fail, seeded and repeatable, each visible in
// the request log, for testing how a caller handles 503s, 429s, slow answers, resets and a 500
// that comes after the change was made.

import {
  ConnectionError,
  createOrgClient,
  InternalServerError,
  ServiceUnavailableError,
} from "@qlik-org/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  createStatefulOrg,
  type FaultRule,
  InvalidFaultRuleError,
  type RequestLogEntry,
  type StatefulMockServer,
  startMockServer,
  validateResponse,
} from "../../src/index.js";
import { defaultCredential, defaultTokenRequest } from "./support/harness.js";

const auth = defaultCredential;
const noWaits = { retry: { retries: 3, minDelayMs: 1, maxDelayMs: 1 } };

async function signedIn(org: ReturnType<typeof createStatefulOrg>): Promise<string> {
  const response = await org.fetch("https://mock.test/oauth/token", defaultTokenRequest);
  return `Bearer ${(await response.json()).access_token}`;
}

describe("a status fault", () => {
  it("answers the status in the spec's error shape, with Retry-After on a 503, `times` times", async () => {
    const org = createStatefulOrg({
      faults: [{ operationId: "listOAuthClients", status: 503, times: 2, retryAfterSeconds: 7 }],
    });
    const authorization = await signedIn(org);
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      const response = await org.fetch("https://mock.test/api/core/oauth-clients", {
        headers: { authorization },
      });
      statuses.push(response.status);
      if (response.status === 503) {
        expect(response.headers.get("retry-after")).toBe("7");
        expect(validateResponse("listOAuthClients", 503, await response.json()).valid).toBe(true);
      }
    }
    expect(statuses).toEqual([503, 503, 200]);
  });

  it("is what a client's retries get through: two 503s, then the answer", async () => {
    const org = createStatefulOrg({
      faults: [{ operationId: "listTenants", status: 503, times: 2, retryAfterSeconds: 0 }],
    });
    const client = createOrgClient({ fetch: org.fetch, auth, ...noWaits });
    const page = await client.tenants.list({ limit: 1 });
    expect(page.data).toHaveLength(1);
  });

  it("with retries spent, reaches the caller as the typed error", async () => {
    const org = createStatefulOrg({
      faults: [{ operationId: "listTenants", status: 503, retryAfterSeconds: 0 }],
    });
    const client = createOrgClient({ fetch: org.fetch, auth, ...noWaits });
    await expect(client.tenants.list()).rejects.toBeInstanceOf(ServiceUnavailableError);
  });
});

describe("what a status fault answers", () => {
  /** Sends one authorized request to `path` of an org with `faults`, as fetch would. */
  async function faulted(faults: FaultRule[], method: string, path: string, body?: unknown) {
    const org = createStatefulOrg({ faults });
    const authorization = await signedIn(org);
    const response = await org.fetch(`https://mock.test${path}`, {
      method,
      headers: { authorization, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { org, response, body: await response.json() };
  }

  it("refuses before serving: the change is not made", async () => {
    const { org, response, body } = await faulted(
      [{ operationId: "createOAuthClient", status: 500 }],
      "POST",
      "/api/core/oauth-clients",
      { appType: "web", clientName: "never" },
    );
    expect(response.status).toBe(500);
    expect(body.errors[0]).toMatchObject({
      title: "Internal Server Error",
      detail: "An injected fault answered 500.",
    });
    expect(response.headers.get("retry-after")).toBeNull();
    expect(org.snapshot().clients).toEqual([]);
  });

  it("says in its detail when the change was made first", async () => {
    const { org, body } = await faulted(
      [{ operationId: "createOAuthClient", status: 503, afterCommit: true }],
      "POST",
      "/api/core/oauth-clients",
      { appType: "web", clientName: "made" },
    );
    expect(body.errors[0].detail).toBe("An injected fault answered 503 after the change was made.");
    expect(org.snapshot().clients.map((c) => c.clientName)).toEqual(["made"]);
  });

  it("gives a 429 a Retry-After of 1 second by default", async () => {
    const { response, body } = await faulted(
      [{ operationId: "listOAuthClients", status: 429 }],
      "GET",
      "/api/core/oauth-clients",
    );
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("1");
    expect(body.errors[0].detail).toBe("An injected fault answered 429.");
  });

  it("titles a status without a usual phrase of its own 'Error'", async () => {
    const { response, body } = await faulted(
      [{ operationId: "listOAuthClients", status: 503 }],
      "GET",
      "/api/core/oauth-clients",
    );
    expect(response.headers.get("retry-after")).toBe("1");
    expect(body.errors[0]).toMatchObject({ code: "HTTP-503", title: "Error" });
  });

  it("takes the error shape the spec documents for that status, or the plain one", async () => {
    const tenantsShape = await faulted(
      [{ operationId: "listTenants", status: 403 }],
      "GET",
      "/api/core/tenants",
    );
    expect(tenantsShape.body).toEqual({
      errors: [
        {
          code: "TENANTS-403",
          title: "Forbidden",
          status: "403",
          detail: "An injected fault answered 403.",
        },
      ],
      traceId: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    // listTenants documents no 500: the answer takes the plain Error shape.
    const plain = await faulted(
      [{ operationId: "listTenants", status: 500 }],
      "GET",
      "/api/core/tenants",
    );
    expect(plain.body).toEqual({
      errors: [
        {
          code: "HTTP-500",
          title: "Internal Server Error",
          detail: "An injected fault answered 500.",
        },
      ],
    });
  });

  it("with rate 1, hits every matching request", async () => {
    const org = createStatefulOrg({
      faults: [{ operationId: "listTenants", status: 500, rate: 1 }],
    });
    const authorization = await signedIn(org);
    for (let i = 0; i < 5; i++) {
      const response = await org.fetch("https://mock.test/api/core/tenants", {
        headers: { authorization },
      });
      expect(response.status).toBe(500);
    }
  });
});

describe("afterCommit", () => {
  it("makes the change and then answers the fault, and the client does not repeat the POST", async () => {
    const org = createStatefulOrg({
      faults: [{ operationId: "createOAuthClient", status: 500, afterCommit: true, times: 1 }],
    });
    const client = createOrgClient({ fetch: org.fetch, auth, ...noWaits });
    await expect(
      client.oauthClients.create({ appType: "web", clientName: "once" }),
    ).rejects.toBeInstanceOf(InternalServerError);
    // The server made it exactly once: the client saw a 500 and did not send it again.
    expect(org.snapshot().clients.map((c) => c.clientName)).toEqual(["once"]);
  });
});

describe("reset", () => {
  it("is a network error for org.fetch, so the client reports a ConnectionError", async () => {
    const org = createStatefulOrg({ faults: [{ operationId: "getTenant", reset: true }] });
    const authorization = await signedIn(org);
    await expect(
      org.fetch("https://mock.test/api/core/tenants/t1", { headers: { authorization } }),
    ).rejects.toThrow(new TypeError("fetch failed: the connection was reset"));
    const answer = await org.handle(
      new Request("https://mock.test/api/core/tenants/t1", { headers: { authorization } }),
    );
    expect(answer.type).toBe("error");
    const client = createOrgClient({ fetch: org.fetch, auth, ...noWaits });
    await expect(client.tenants.get("t1")).rejects.toBeInstanceOf(ConnectionError);
  });

  let server: StatefulMockServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("drops the connection over HTTP and shows in onRequest", async () => {
    const seen: RequestLogEntry[] = [];
    server = await startMockServer({
      stateful: true,
      faults: [{ operationId: "listTenants", reset: true, times: 1 }],
      onRequest: (entry) => seen.push(entry),
    });
    await expect(fetch(`${server.url}/api/core/tenants`)).rejects.toThrow(TypeError);
    expect(seen[0]).toMatchObject({ status: 0, violations: ["injected fault: connection reset"] });
    // Spent after one: the next request is served (401: no token).
    expect((await fetch(`${server.url}/api/core/tenants`)).status).toBe(401);
  });
});

describe("rate and latency", () => {
  it("draws which requests a rate hits from randomSeed, the same way every run", async () => {
    const run = async () => {
      const org = createStatefulOrg({
        randomSeed: 42,
        faults: [{ operationId: "listTenants", status: 500, rate: 0.5 }],
      });
      const authorization = await signedIn(org);
      const statuses = [];
      for (let i = 0; i < 20; i++) {
        const response = await org.fetch("https://mock.test/api/core/tenants", {
          headers: { authorization },
        });
        statuses.push(response.status);
      }
      return statuses;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(first).toContain(500);
    expect(first).toContain(200);
  });

  it("waits latencyMs before answering", async () => {
    vi.useFakeTimers();
    try {
      const org = createStatefulOrg({ faults: [{ operationId: "requestToken", latencyMs: 5000 }] });
      let settled = false;
      const pending = org
        .handle(
          new Request("https://mock.test/oauth/token", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: "{}",
          }),
        )
        .finally(() => {
          settled = true;
        });
      await vi.advanceTimersByTimeAsync(4999);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      const response = await pending;
      expect(response.status).toBe(400);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("fault rules are checked", () => {
  it.each<[string, unknown, RegExp]>([
    [
      "an unknown operation",
      { operationId: "nope", status: 500 },
      /faults\[0\]\.operationId must be an operationId/,
    ],
    [
      "a success status",
      { operationId: "listTenants", status: 200 },
      /faults\[0\]\.status must be an error status/,
    ],
    [
      "a rate above 1",
      { operationId: "listTenants", status: 500, rate: 2 },
      /faults\[0\]\.rate must be a number above 0/,
    ],
    [
      "zero times",
      { operationId: "listTenants", status: 500, times: 0 },
      /faults\[0\]\.times must be a whole number/,
    ],
    [
      "reset with a status",
      { operationId: "listTenants", status: 500, reset: true },
      /cannot also answer a status/,
    ],
    [
      "a rule that does nothing",
      { operationId: "listTenants", times: 2 },
      /does nothing: give status, latencyMs or reset/,
    ],
    [
      "a status below 400",
      { operationId: "listTenants", status: 399 },
      /faults\[0\]\.status must be an error status, 400 to 599/,
    ],
    [
      "a status above 599",
      { operationId: "listTenants", status: 600 },
      /faults\[0\]\.status must be an error status/,
    ],
    [
      "a rate of 0",
      { operationId: "listTenants", status: 500, rate: 0 },
      /faults\[0\]\.rate must be a number above 0 and at most 1/,
    ],
    [
      "a negative rate",
      { operationId: "listTenants", status: 500, rate: -0.5 },
      /faults\[0\]\.rate must be a number above 0/,
    ],
    [
      "a rate given as text",
      { operationId: "listTenants", status: 500, rate: "0.5" },
      /faults\[0\]\.rate must be a number above 0/,
    ],
    [
      "a negative latency",
      { operationId: "listTenants", latencyMs: -1 },
      /^faults\[0\]\.latencyMs must be a number of milliseconds, at least 0$/,
    ],
    [
      "an endless latency",
      { operationId: "listTenants", latencyMs: Number.POSITIVE_INFINITY },
      /faults\[0\]\.latencyMs must be a number of milliseconds/,
    ],
    [
      "a fractional Retry-After",
      { operationId: "listTenants", status: 503, retryAfterSeconds: 1.5 },
      /^faults\[0\]\.retryAfterSeconds must be a whole number of seconds, at least 0$/,
    ],
    [
      "a negative Retry-After",
      { operationId: "listTenants", status: 503, retryAfterSeconds: -1 },
      /faults\[0\]\.retryAfterSeconds must be a whole number of seconds/,
    ],
    ["a rule that is not an object", "listTenants", /^faults\[0\] must be an object$/],
    ["a null rule", null, /^faults\[0\] must be an object$/],
  ])("refuses %s", (_, rule, message) => {
    expect(() => createStatefulOrg({ faults: [rule as FaultRule] })).toThrow(InvalidFaultRuleError);
    expect(() => createStatefulOrg({ faults: [rule as FaultRule] })).toThrow(message);
  });

  it("names the rule by its place in the list", () => {
    const faults = [
      { operationId: "listTenants", status: 500 },
      { operationId: "listTenants", status: 500, reset: true },
    ] as FaultRule[];
    expect(() => createStatefulOrg({ faults })).toThrow(
      "faults[1].reset drops the connection, so it cannot also answer a status",
    );
  });

  it("refuses faults that are not a list, with an error named InvalidFaultRuleError", () => {
    const faults = { operationId: "listTenants", status: 500 } as unknown as FaultRule[];
    expect(() => createStatefulOrg({ faults })).toThrow(
      expect.objectContaining({
        name: "InvalidFaultRuleError",
        message: "faults must be a list of rules",
      }),
    );
  });

  it.each<[string, FaultRule]>([
    ["status 400", { operationId: "listTenants", status: 400 }],
    ["status 599", { operationId: "listTenants", status: 599 }],
    ["rate 1", { operationId: "listTenants", status: 500, rate: 1 }],
    ["latencyMs 0", { operationId: "listTenants", latencyMs: 0 }],
    ["retryAfterSeconds 0", { operationId: "listTenants", status: 429, retryAfterSeconds: 0 }],
  ])("accepts the edge value %s", (_, rule) => {
    expect(() => createStatefulOrg({ faults: [rule] })).not.toThrow();
  });

  it("needs stateful: true", async () => {
    await expect(
      startMockServer({ faults: [{ operationId: "listTenants", status: 500 }] }),
    ).rejects.toThrow(/faults needs stateful: true/);
  });
});
