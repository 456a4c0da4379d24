// The generated route table: every operation of the spec found from a concrete request, literal
// paths before templates, path parameters decoded, and a 405's Allow list for known paths.

import { describe, expect, test } from "vitest";
import { matchRoute, operationIds, operationMetadata } from "../src/index.js";

/** Fills a path template with sample values. */
function fill(template: string): string {
  return template.replace(/\{[^}]+\}/g, "sample-Value_1");
}

describe("matchRoute", () => {
  test("finds every operation of the spec from its method and a concrete path", () => {
    for (const operationId of operationIds) {
      const meta = operationMetadata[operationId];
      const route = matchRoute(meta.method, fill(meta.path));
      expect(route, `${meta.method} ${meta.path}`).toMatchObject({
        kind: "operation",
        operationId,
      });
    }
  });

  test("prefers a literal path over a template that also fits", () => {
    expect(matchRoute("GET", "/api/core/tenants/actions/count")).toMatchObject({
      operationId: "countTenants",
    });
    expect(matchRoute("GET", "/api/core/tenants/actions")).toEqual({
      kind: "operation",
      operationId: "getTenant",
      pathParams: { tenantId: "actions" },
    });
  });

  test("tells operations on one path apart by method, in any letter case", () => {
    const path = "/api/core/oauth-clients/abc";
    expect(matchRoute("GET", path)).toMatchObject({ operationId: "getOAuthClient" });
    expect(matchRoute("patch", path)).toMatchObject({ operationId: "patchOAuthClient" });
    expect(matchRoute("DELETE", path)).toMatchObject({ operationId: "deleteOAuthClient" });
  });

  test("decodes path parameters, and refuses empty or badly encoded ones", () => {
    expect(matchRoute("DELETE", "/api/core/oauth-clients/a%2Fb/client-secrets/h%20i")).toEqual({
      kind: "operation",
      operationId: "deleteOAuthClientSecret",
      pathParams: { id: "a/b", hint: "h i" },
    });
    expect(matchRoute("GET", "/api/core/oauth-clients/%E0%A4%A")).toEqual({
      kind: "not-found",
      allow: [],
    });
    expect(matchRoute("GET", "/api/core/oauth-clients/")).toEqual({ kind: "not-found", allow: [] });
  });

  test("answers a known path with another method by the methods it has", () => {
    expect(matchRoute("PUT", "/api/core/oauth-clients/abc")).toEqual({
      kind: "method-not-allowed",
      allow: ["DELETE", "GET", "PATCH"],
    });
    expect(matchRoute("GET", "/oauth/token")).toEqual({
      kind: "method-not-allowed",
      allow: ["POST"],
    });
    // `/tenants/actions` is not an operation of its own, but it fits `/tenants/{tenantId}`.
    expect(matchRoute("POST", "/api/core/tenants/actions")).toEqual({
      kind: "method-not-allowed",
      allow: ["GET"],
    });
  });

  test("does not know paths the spec does not have", () => {
    for (const path of ["/api/core/nope", "/api/core/oauth-clients/a/b", "api/core/tenants", ""]) {
      expect(matchRoute("GET", path), path).toEqual({ kind: "not-found", allow: [] });
    }
  });
});

describe("operation metadata from the spec's extensions", () => {
  test("x-client-method names a method for every operation, each once", () => {
    const names = operationIds.map((id) => operationMetadata[id].clientMethod);
    expect(names.every((name) => /^[a-z]\w*\.[a-z]\w*$/.test(name))).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    expect(operationMetadata.createOAuthClient.clientMethod).toBe("oauthClients.create");
  });

  test("x-safe-to-retry makes the token POST retryable; other POSTs and PATCH stay unsafe", () => {
    expect(operationMetadata.requestToken.safeToRetry).toBe(true);
    expect(operationMetadata.createOAuthClient.safeToRetry).toBe(false);
    expect(operationMetadata.filterTenants.safeToRetry).toBe(false);
    expect(operationMetadata.patchOAuthClient.safeToRetry).toBe(false);
    expect(operationMetadata.deleteOAuthClient.safeToRetry).toBe(true);
  });

  test("x-mock-default-status picks patchOAuthClient's 204; others take none", () => {
    expect(operationMetadata.patchOAuthClient.mockDefaultStatus).toBe(204);
    expect(operationMetadata.getOAuthClient.mockDefaultStatus).toBeNull();
  });
});
