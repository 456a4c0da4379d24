import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { HookRequest, HookResponse } from "../src/index.js";
import { CLIENT_ID, CLIENT_SECRET, clientWith } from "./support/client.js";
import { json } from "./support/fake-fetch.js";
import { settle } from "./support/settle.js";
import { tenant } from "./support/tenant.js";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: Date.UTC(2026, 0, 1) });
});
afterEach(() => {
  vi.useRealTimers();
});

const isToken = (url: string) => url.endsWith("/oauth/token");

describe("hooks", () => {
  test("see every attempt of both surfaces and of the token exchange, without credentials", async () => {
    const requests: HookRequest[] = [];
    const responses: HookResponse[] = [];
    const { org, requests: sent } = clientWith(
      (request) =>
        isToken(request.url)
          ? json(200, { access_token: "tok-HOOKED-1", expires_in: 21_600 })
          : json(200, tenant),
      {
        auth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
        hooks: {
          onRequest: (request) => {
            requests.push({ ...request, headers: { ...request.headers } });
          },
          onResponse: (response) => {
            responses.push(response);
          },
        },
      },
    );
    await org.tenants.get("t1");
    await org.GET("/api/core/tenants/{tenantId}", { params: { path: { tenantId: "t1" } } });
    expect(requests.map((r) => [r.operationId, r.method, r.attempt])).toEqual([
      ["requestToken", "POST", 1],
      ["getTenant", "GET", 1],
      ["getTenant", "GET", 1],
    ]);
    expect(responses.map((r) => [r.operationId, r.status])).toEqual([
      ["requestToken", 200],
      ["getTenant", 200],
      ["getTenant", 200],
    ]);
    const shown = JSON.stringify(requests) + JSON.stringify(responses.map((r) => [...r.headers]));
    expect(shown).not.toContain(CLIENT_SECRET);
    expect(shown).not.toContain("tok-HOOKED-1");
    expect(requests.every((r) => !("authorization" in r.headers))).toBe(true);
    // What was sent still carries the token.
    expect(sent[1]?.headers.get("authorization")).toBe("Bearer tok-HOOKED-1");
  });

  test("onRequest's header changes are sent with that attempt, and every retry is shown", async () => {
    let calls = 0;
    const attempts: number[] = [];
    const { org, requests } = clientWith(
      () => {
        calls += 1;
        return calls === 1
          ? json(503, { errors: [{ code: "HTTP-503", title: "Unavailable" }] })
          : json(200, tenant);
      },
      {
        retry: { minDelayMs: 10 },
        hooks: {
          onRequest: ({ headers, attempt }) => {
            headers["x-attempt"] = String(attempt);
          },
          onResponse: ({ status, attempt }) => {
            attempts.push(attempt * 1000 + status);
          },
        },
      },
    );
    expect(await settle(org.tenants.get("t1"))).toEqual({ ok: true, value: tenant });
    expect(requests.map((r) => r.headers.get("x-attempt"))).toEqual(["1", "2"]);
    expect(attempts).toEqual([1503, 2200]);
  });

  test("a hook that throws fails the call with its error, and nothing is sent after it", async () => {
    const broken = new Error("hook broke");
    const { org, requests } = clientWith(() => json(200, tenant), {
      hooks: {
        onRequest: () => {
          throw broken;
        },
      },
    });
    await expect(org.tenants.get("t1")).rejects.toBe(broken);
    expect(requests).toHaveLength(0);
  });

  test("onResponse's durationMs is the attempt's time until its body arrived", async () => {
    const durations: number[] = [];
    const { org } = clientWith(
      () => new Promise<Response>((resolve) => setTimeout(() => resolve(json(200, tenant)), 40)),
      { hooks: { onResponse: ({ durationMs }) => void durations.push(durationMs) } },
    );
    await settle(org.tenants.get("t1"));
    expect(durations).toEqual([40]);
  });

  test("a path the spec lacks reaches both hooks without an operationId", async () => {
    const seen: unknown[] = [];
    const { org } = clientWith(() => json(404, {}), {
      hooks: {
        onRequest: (request) => void seen.push(["request", request.operationId, request.method]),
        onResponse: (response) =>
          void seen.push(["response", response.operationId, response.status]),
      },
    });
    await settle(org.GET("/api/core/elsewhere" as never));
    expect(seen).toEqual([
      ["request", undefined, "GET"],
      ["response", undefined, 404],
    ]);
  });
});
