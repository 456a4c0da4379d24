import { getEventListeners } from "node:events";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { ServiceUnavailableError, TimeoutError } from "../src/index.js";
import { clientWith } from "./support/client.js";
import { hang, json } from "./support/fake-fetch.js";
import { failed, settle } from "./support/settle.js";
import { tenant } from "./support/tenant.js";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: Date.UTC(2026, 0, 1) });
});
afterEach(() => {
  vi.useRealTimers();
});

const unavailable = () => json(503, { errors: [{ code: "HTTP-503", title: "Unavailable" }] });

describe("per-call options of a resource method", () => {
  test("timeoutMs replaces the client's time limit for that call only", async () => {
    const { org } = clientWith((request) => hang(request.signal), {
      timeoutMs: 60_000,
      retry: false,
    });
    const started = Date.now();
    const error = failed(await settle(org.tenants.get("t1", { timeoutMs: 250 })));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 250, attempts: 1 });
    expect(Date.now() - started).toBe(250);

    const next = Date.now();
    const later = failed(await settle(org.tenants.get("t1")));
    expect(later).toMatchObject({ timeoutMs: 60_000 });
    expect(Date.now() - next).toBe(60_000);
  });

  test("timeoutMs: 0 lets one call wait as long as the server takes", async () => {
    const { org } = clientWith(
      (request) =>
        new Promise<Response>((resolve, reject) => {
          request.signal.addEventListener("abort", () => reject(request.signal.reason));
          setTimeout(() => resolve(json(200, tenant)), 120_000);
        }),
      { timeoutMs: 1_000, retry: false },
    );
    await expect(settle(org.tenants.get("t1", { timeoutMs: 0 }))).resolves.toEqual({
      ok: true,
      value: tenant,
    });
  });

  test("an invalid timeoutMs is refused before anything is sent", async () => {
    const { org, requests } = clientWith(() => json(200, tenant));
    await expect(org.tenants.get("t1", { timeoutMs: -1 })).rejects.toThrow(/timeoutMs/);
    expect(requests).toHaveLength(0);
  });

  test("retry: false sends a retryable failure once; retry options merge over the client's", async () => {
    const { org, requests } = clientWith(unavailable, { retry: { retries: 3, minDelayMs: 10 } });
    const once = failed(await settle(org.tenants.get("t1", { retry: false })));
    expect(once).toBeInstanceOf(ServiceUnavailableError);
    expect(requests).toHaveLength(1);

    const twice = failed(await settle(org.tenants.get("t1", { retry: { retries: 1 } })));
    expect(twice).toBeInstanceOf(ServiceUnavailableError);
    expect(requests).toHaveLength(3);

    // Without options the client's own three retries apply again.
    failed(await settle(org.tenants.get("t1")));
    expect(requests).toHaveLength(7);
  });

  test("headers are sent with that call only, and cannot replace the bearer token", async () => {
    const { org, requests } = clientWith(() => json(200, tenant));
    await org.tenants.get("t1", {
      headers: { "X-Trace-Id": "trace-1", Authorization: "Bearer someone-else" },
    });
    await org.tenants.get("t1");
    expect(requests[0]?.headers.get("x-trace-id")).toBe("trace-1");
    expect(requests[0]?.headers.get("authorization")).toBe("Bearer static-token-abcdef");
    expect(requests[1]?.headers.get("x-trace-id")).toBeNull();
  });

  test("options without timeoutMs or retry keep the client's, not the library defaults", async () => {
    const { org, requests } = clientWith(
      (request, index) => (index === 1 ? unavailable() : hang(request.signal)),
      { timeoutMs: 300, retry: false },
    );
    const headers = { "x-trace": "1" };
    expect(failed(await settle(org.tenants.get("t1", { headers })))).toBeInstanceOf(
      ServiceUnavailableError,
    );
    expect(requests).toHaveLength(1);
    const started = Date.now();
    expect(failed(await settle(org.tenants.get("t1", { headers })))).toMatchObject({
      timeoutMs: 300,
    });
    expect(Date.now() - started).toBe(300);
  });

  test("a finished call leaves no listener on the caller's signal", async () => {
    const { org } = clientWith(
      (_request, index) => (index === 1 ? unavailable() : json(200, tenant)),
      {
        retry: { minDelayMs: 10 },
      },
    );
    const controller = new AbortController();
    await settle(org.tenants.get("t1", { signal: controller.signal }));
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });
});
