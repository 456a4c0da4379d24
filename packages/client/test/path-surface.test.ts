// The path-based surface (`org.GET/POST/…`, openapi-fetch) on the client's send path: what it sends,
// what it hands back, and where it refuses to send the token.

import { afterEach, describe, expect, test, vi } from "vitest";
import { OrgClientError, TimeoutError } from "../src/index.js";
import { BASE_URL, clientWith } from "./support/client.js";
import { empty, json } from "./support/fake-fetch.js";
import { settle } from "./support/settle.js";
import { tenant } from "./support/tenant.js";

describe("the path-based surface", () => {
  test("a POST sends its JSON body as given", async () => {
    const body = { appType: "web", clientName: "ci", redirectUris: ["https://app.example/cb"] };
    const { org, requests } = clientWith(() =>
      json(201, { ...body, clientId: "c1", clientSecret: "s3cret-value-1" }),
    );
    const { response } = await org.POST("/api/core/oauth-clients", { body: body as never });
    expect(response.status).toBe(201);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.method).toBe("POST");
    expect(JSON.parse(requests[0]?.body ?? "")).toEqual(body);
  });

  test("a 204 comes back as a 204 without a body", async () => {
    const { org } = clientWith(() => empty(204));
    const { response, error } = await org.DELETE("/api/core/oauth-clients/{id}", {
      params: { path: { id: "c1" }, header: { "qlik-confirm-delete": "c1" } },
    } as never);
    expect(error).toBeUndefined();
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  test("bodies come back byte for byte, not decoded as text", async () => {
    const bytes = new Uint8Array([0xff, 0x00, 0xfe, 0x80, 0x41]);
    const { org } = clientWith(
      () =>
        new Response(bytes, {
          status: 200,
          headers: { "content-type": "application/octet-stream" },
        }),
    );
    const { data } = await org.GET("/api/core/tenants/{tenantId}", {
      params: { path: { tenantId: "t1" } },
      parseAs: "arrayBuffer",
    });
    expect(new Uint8Array(data as unknown as ArrayBuffer)).toEqual(bytes);
  });

  test("the response keeps the URL it came from", async () => {
    const { org } = clientWith(() => {
      const response = json(200, tenant);
      Object.defineProperty(response, "url", { value: `${BASE_URL}/api/core/tenants/t1` });
      return response;
    });
    const { response } = await org.GET("/api/core/tenants/{tenantId}", {
      params: { path: { tenantId: "t1" } },
    });
    expect(response.url).toBe(`${BASE_URL}/api/core/tenants/t1`);
  });

  test.each([
    ["another host", "https://elsewhere.example.com"],
    ["a host that starts like the base URL's", `${BASE_URL}.elsewhere.example`],
  ])("a per-call baseUrl on %s is refused before anything is sent", async (_what, baseUrl) => {
    const { org, requests } = clientWith(() => json(200, tenant));
    const error = await org
      .GET("/api/core/tenants/{tenantId}", { params: { path: { tenantId: "t1" } }, baseUrl })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OrgClientError);
    expect((error as Error).message).toBe(
      `Refusing to send GET ${baseUrl}/api/core/tenants/t1: it is outside baseUrl ${BASE_URL}, and the client sends its credentials only there`,
    );
    expect(requests).toHaveLength(0);
  });

  test("a path without a query string is matched to its operation too, so a 500 is retried", async () => {
    const { org, requests } = clientWith(
      (_request, index) =>
        index === 1
          ? json(500, { errors: [{ code: "HTTP-500", title: "failed" }] })
          : json(200, { data: [], links: { self: { href: `${BASE_URL}/api/core/tenants` } } }),
      { retry: { minDelayMs: 1, maxDelayMs: 1 } },
    );
    const { response } = await org.GET("/api/core/tenants");
    expect(response.status).toBe(200);
    expect(requests).toHaveLength(2);
  });

  test("org.request(method, path) is sent on the client's send path too: token, retries and all", async () => {
    const { org, requests } = clientWith(
      (_request, index) => (index === 1 ? json(503, { errors: [] }) : json(200, tenant)),
      { retry: { minDelayMs: 1, maxDelayMs: 1 } },
    );
    const { data } = await org.request("get", "/api/core/tenants/{tenantId}", {
      params: { path: { tenantId: "t1" } },
    });
    expect(data).toEqual(tenant);
    expect(requests.map((request) => request.method)).toEqual(["GET", "GET"]);
    expect(requests[1]?.headers.get("authorization")).toBe("Bearer static-token-abcdef");
  });

  describe("the attempt under the call", () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    test("ends once openapi-fetch has read the body: no time limit keeps running", async () => {
      vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
      const { org } = clientWith(() => json(200, tenant), { timeoutMs: 5_000 });
      const { data } = await org.GET("/api/core/tenants/{tenantId}", {
        params: { path: { tenantId: "t1" } },
      });
      expect(data).toEqual(tenant);
      expect(vi.getTimerCount()).toBe(0);
    });

    test("a failed call ends it too", async () => {
      vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
      const { org } = clientWith(() => new Response("{not json", { status: 200 }), {
        timeoutMs: 5_000,
      });
      const outcome = await settle(
        org.GET("/api/core/tenants/{tenantId}", { params: { path: { tenantId: "t1" } } }),
      );
      expect(outcome).toMatchObject({ ok: false, error: { name: "SyntaxError" } });
      expect(vi.getTimerCount()).toBe(0);
    });

    test("a body that stops arriving from a path the spec lacks is a TimeoutError that says it was not repeated", async () => {
      vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
      const stalled = () =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"id":'));
            },
          }),
          { status: 200, headers: { "content-type": "application/json" } },
        );
      const { org } = clientWith(stalled, { timeoutMs: 1_000 });
      const untyped = org as unknown as { GET(path: string): Promise<unknown> };
      const outcome = await settle(untyped.GET("/api/core/elsewhere"));
      expect(outcome).toMatchObject({ ok: false });
      const error = (outcome as { error: unknown }).error;
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as TimeoutError).message).toBe(
        `GET ${BASE_URL}/api/core/elsewhere did not finish within 1000 ms (the response body stopped arriving). The request may have been processed by the server; it was not retried, because this request is not safe to repeat`,
      );
      expect(error).toMatchObject({ operationId: undefined, attempts: 1 });
      expect(vi.getTimerCount()).toBe(0);
    });

    /** A response whose body nobody has read yet, counting cancellations in `cancelled`. */
    function unread(status: number, counter: { cancelled: number }): Response {
      return new Response(
        new ReadableStream({
          pull(controller) {
            controller.enqueue(new TextEncoder().encode("{"));
          },
          cancel() {
            counter.cancelled += 1;
          },
        }),
        { status, headers: { "content-type": "application/json" } },
      );
    }

    test("a response that is retried is cancelled and its attempt ended, not left for nobody to read", async () => {
      vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
      const counter = { cancelled: 0 };
      const { org, requests } = clientWith(
        (_request, index) => (index === 1 ? unread(503, counter) : json(200, tenant)),
        { retry: { minDelayMs: 1, maxDelayMs: 1 }, timeoutMs: 5_000 },
      );
      const outcome = await settle(
        org.GET("/api/core/tenants/{tenantId}", { params: { path: { tenantId: "t1" } } }),
      );
      expect(outcome).toMatchObject({ ok: true, value: { data: tenant } });
      expect(requests).toHaveLength(2);
      expect(counter.cancelled).toBe(1);
      // The first attempt's time limit went with it: no timer is left to fire at 5 s.
      expect(vi.getTimerCount()).toBe(0);
    });

    test("a response replayed after a 401 is cancelled too", async () => {
      const counter = { cancelled: 0 };
      const tokens = ["token-one-abcdef", "token-two-abcdef"];
      const { org, requests } = clientWith(
        (_request, index) => (index === 1 ? unread(401, counter) : json(200, tenant)),
        { auth: { accessToken: () => tokens.shift() ?? "token-last-abcdef" } },
      );
      const { data } = await org.GET("/api/core/tenants/{tenantId}", {
        params: { path: { tenantId: "t1" } },
      });
      expect(data).toEqual(tenant);
      expect(requests.map((request) => request.headers.get("authorization"))).toEqual([
        "Bearer token-one-abcdef",
        "Bearer token-two-abcdef",
      ]);
      expect(counter.cancelled).toBe(1);
    });

    test("a response is let go of when a hook or the token refresh after a 401 throws", async () => {
      vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
      const hookCounter = { cancelled: 0 };
      const hookFailure = new Error("hook broke");
      const hooked = clientWith(() => unread(200, hookCounter), {
        timeoutMs: 5_000,
        hooks: {
          onResponse: () => {
            throw hookFailure;
          },
        },
      });
      const call = (org: typeof hooked.org) =>
        settle(org.GET("/api/core/tenants/{tenantId}", { params: { path: { tenantId: "t1" } } }));
      expect(await call(hooked.org)).toEqual({ ok: false, error: hookFailure });
      expect(hookCounter.cancelled).toBe(1);
      expect(vi.getTimerCount()).toBe(0);

      const refreshCounter = { cancelled: 0 };
      const refreshFailure = new Error("no second token");
      let asked = 0;
      const refreshed = clientWith(() => unread(401, refreshCounter), {
        timeoutMs: 5_000,
        auth: {
          accessToken: () => {
            asked += 1;
            if (asked > 1) throw refreshFailure;
            return "token-one-abcdef";
          },
        },
      });
      expect(await call(refreshed.org)).toEqual({ ok: false, error: refreshFailure });
      expect(refreshCounter.cancelled).toBe(1);
      expect(vi.getTimerCount()).toBe(0);
    });

    test("a retried response without a body is let go of as well", async () => {
      const { org, requests } = clientWith(
        (_request, index) => (index === 1 ? empty(503) : json(200, tenant)),
        { retry: { minDelayMs: 1, maxDelayMs: 1 } },
      );
      const { data } = await org.GET("/api/core/tenants/{tenantId}", {
        params: { path: { tenantId: "t1" } },
      });
      expect(data).toEqual(tenant);
      expect(requests).toHaveLength(2);
    });
  });
});
