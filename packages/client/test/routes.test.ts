import { operationIds, operationMetadata } from "@qlik-org/generated";
import { describe, expect, test } from "vitest";
import { matchRoute } from "../src/routes.js";

/** Fills a path template with sample values. */
function fill(template: string): string {
  return template.replace(/\{[^}]+\}/g, "sample-Value_1");
}

describe("matchRoute", () => {
  test("finds every operation of the spec from its method and a concrete path", () => {
    for (const operationId of operationIds) {
      const meta = operationMetadata[operationId];
      const route = matchRoute(meta.method, fill(meta.path));
      expect(route?.operationId, `${meta.method} ${meta.path}`).toBe(operationId);
      expect(route?.tier).toBe(meta.rateLimit?.tier ?? null);
      expect(route?.safeToRetry).toBe(meta.safeToRetry);
      expect(route?.requiresAuth).toBe(meta.requiresAuth);
    }
  });

  test("prefers a literal path over a template that also fits", () => {
    expect(matchRoute("GET", "/api/core/tenants/actions/count")?.operationId).toBe("countTenants");
    expect(matchRoute("GET", "/api/core/tenants/actions")?.operationId).toBe("getTenant");
  });

  test("tells operations on one path apart by method", () => {
    const path = "/api/core/oauth-clients/abc";
    expect(matchRoute("GET", path)?.operationId).toBe("getOAuthClient");
    expect(matchRoute("PATCH", path)?.operationId).toBe("patchOAuthClient");
    expect(matchRoute("DELETE", path)?.operationId).toBe("deleteOAuthClient");
  });

  test("returns undefined for paths and methods the spec does not have", () => {
    expect(matchRoute("GET", "/api/core/nope")).toBeUndefined();
    expect(matchRoute("PUT", "/api/core/oauth-clients/abc")).toBeUndefined();
    expect(matchRoute("GET", "/api/core/oauth-clients/a/b")).toBeUndefined();
  });

  test("takes tiers from x-rate-limit: tier 1 reads, tier 2 writes and filter", () => {
    expect(matchRoute("GET", "/api/core/tenants")?.requestsPerMinute).toBe(1000);
    expect(matchRoute("POST", "/api/core/tenants/actions/filter")?.requestsPerMinute).toBe(100);
    expect(matchRoute("POST", "/oauth/token")?.tier).toBeNull();
  });
});
