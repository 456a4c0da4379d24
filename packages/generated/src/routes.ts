// Generated from spec/openapi.yaml by scripts/generate — do not edit by hand; run `npm run generate`.

import type { OperationId } from "./operations.js";

/** A request matched to an operation, with its decoded path parameters. */
export interface RouteMatch {
  readonly kind: "operation";
  readonly operationId: OperationId;
  readonly pathParams: Readonly<Record<string, string>>;
}

/** No operation matched: an unknown path (404), or a known path with another method (405). */
export interface RouteMiss {
  readonly kind: "not-found" | "method-not-allowed";
  /** Methods the path supports, sorted, for `Allow` on a 405; empty for a 404. */
  readonly allow: readonly string[];
}

const notFound: RouteMiss = { kind: "not-found", allow: [] };

/** A path segment as a parameter value: decoded, or undefined when empty or badly encoded. */
function param(segment: string | undefined): string | undefined {
  if (!segment) return undefined;
  if (!segment.includes("%")) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Finds the operation for `method` and `pathname` (relative to the server URL, without the query
 * string); a miss says whether the path exists with other methods.
 */
export function matchRoute(method: string, pathname: string): RouteMatch | RouteMiss {
  if (pathname.charCodeAt(0) !== 47 /* "/" */) return notFound;
  const s = pathname.split("/");
  const m = method.toUpperCase();
  let allow: string[] | undefined;
  switch (s.length) {
    case 3:
      // /oauth/token
      if (s[1] === "oauth" && s[2] === "token") {
        switch (m) {
          case "POST":
            return { kind: "operation", operationId: "requestToken", pathParams: {} };
        }
        (allow ??= []).push("POST");
      }
      break;
    case 4:
      // /api/core/tenants
      if (s[1] === "api" && s[2] === "core" && s[3] === "tenants") {
        switch (m) {
          case "GET":
            return { kind: "operation", operationId: "listTenants", pathParams: {} };
        }
        (allow ??= []).push("GET");
      }
      // /api/core/oauth-clients
      if (s[1] === "api" && s[2] === "core" && s[3] === "oauth-clients") {
        switch (m) {
          case "GET":
            return { kind: "operation", operationId: "listOAuthClients", pathParams: {} };
          case "POST":
            return { kind: "operation", operationId: "createOAuthClient", pathParams: {} };
        }
        (allow ??= []).push("GET", "POST");
      }
      break;
    case 5:
      // /api/core/tenants/{tenantId}
      if (s[1] === "api" && s[2] === "core" && s[3] === "tenants") {
        const p0 = param(s[4]);
        if (p0 !== undefined) {
          switch (m) {
            case "GET":
              return { kind: "operation", operationId: "getTenant", pathParams: { "tenantId": p0 } };
          }
          (allow ??= []).push("GET");
        }
      }
      // /api/core/oauth-clients/{id}
      if (s[1] === "api" && s[2] === "core" && s[3] === "oauth-clients") {
        const p0 = param(s[4]);
        if (p0 !== undefined) {
          switch (m) {
            case "GET":
              return { kind: "operation", operationId: "getOAuthClient", pathParams: { "id": p0 } };
            case "DELETE":
              return { kind: "operation", operationId: "deleteOAuthClient", pathParams: { "id": p0 } };
            case "PATCH":
              return { kind: "operation", operationId: "patchOAuthClient", pathParams: { "id": p0 } };
          }
          (allow ??= []).push("DELETE", "GET", "PATCH");
        }
      }
      break;
    case 6:
      // /api/core/tenants/actions/count
      if (s[1] === "api" && s[2] === "core" && s[3] === "tenants" && s[4] === "actions" && s[5] === "count") {
        switch (m) {
          case "GET":
            return { kind: "operation", operationId: "countTenants", pathParams: {} };
        }
        (allow ??= []).push("GET");
      }
      // /api/core/tenants/actions/filter
      if (s[1] === "api" && s[2] === "core" && s[3] === "tenants" && s[4] === "actions" && s[5] === "filter") {
        switch (m) {
          case "POST":
            return { kind: "operation", operationId: "filterTenants", pathParams: {} };
        }
        (allow ??= []).push("POST");
      }
      // /api/core/oauth-clients/{id}/client-secrets
      if (s[1] === "api" && s[2] === "core" && s[3] === "oauth-clients" && s[5] === "client-secrets") {
        const p0 = param(s[4]);
        if (p0 !== undefined) {
          switch (m) {
            case "POST":
              return { kind: "operation", operationId: "createOAuthClientSecret", pathParams: { "id": p0 } };
          }
          (allow ??= []).push("POST");
        }
      }
      break;
    case 7:
      // /api/core/oauth-clients/{id}/client-secrets/{hint}
      if (s[1] === "api" && s[2] === "core" && s[3] === "oauth-clients" && s[5] === "client-secrets") {
        const p0 = param(s[4]);
        const p1 = param(s[6]);
        if (p0 !== undefined && p1 !== undefined) {
          switch (m) {
            case "DELETE":
              return { kind: "operation", operationId: "deleteOAuthClientSecret", pathParams: { "id": p0, "hint": p1 } };
          }
          (allow ??= []).push("DELETE");
        }
      }
      break;
  }
  return allow ? { kind: "method-not-allowed", allow: [...new Set(allow)].sort() } : notFound;
}
