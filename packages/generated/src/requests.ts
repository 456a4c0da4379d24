// Generated from spec/openapi.yaml by scripts/generate — do not edit by hand; run `npm run generate`.

import type { components, operations } from "./schema.js";
import type { OperationId } from "./operations.js";
import type { OAuthClientCreateRequest, OAuthClientPatchRequest, TenantFilterRequest, TokenRequest } from "./index.js";

/** What a client needs to know about an operation when it sends it. */
export interface OperationPolicy {
  /** The spec's operationId. */
  readonly operationId: OperationId;
  /** HTTP method in upper case. */
  readonly method: string;
  /** Whether repeating it cannot change server state twice (an idempotent method, or `x-safe-to-retry`). */
  readonly safeToRetry: boolean;
  /** Whether it needs a bearer token. */
  readonly requiresAuth: boolean;
  /** Its rate-limit tier (`x-rate-limit`), or null. */
  readonly rateLimit: { readonly tier: number; readonly requestsPerMinute: number } | null;
  /** Whether any documented 2xx answer carries a JSON body. */
  readonly returnsJson: boolean;
  /** The documented 2xx statuses without a body (such as 204). */
  readonly emptyStatuses: readonly number[];
}

/** A request ready to send: the operation's policy, the absolute URL, header parameters and JSON body. */
export interface OperationRequest {
  /** The operation it calls. */
  readonly policy: OperationPolicy;
  /** Absolute URL, query string included. */
  readonly url: string;
  /** Header parameters and the body's content type; no credentials. */
  readonly headers: Readonly<Record<string, string>> | undefined;
  /** The JSON body as text, or undefined. */
  readonly body: string | undefined;
}

/** `&name=value`, or nothing for an absent value. */
function pair(name: string, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map((item) => pair(name, item)).join("");
  return `&${name}=${encodeURIComponent(String(value))}`;
}

/** The query string (with its `?`) of the pairs, or nothing. */
function search(pairs: string): string {
  return pairs === "" ? "" : `?${pairs.slice(1)}`;
}

/** The policy of every operation, keyed by operationId. */
export const operationPolicies = {
  requestToken: {"operationId":"requestToken","method":"POST","safeToRetry":true,"requiresAuth":false,"rateLimit":null,"returnsJson":true,"emptyStatuses":[]},
  listTenants: {"operationId":"listTenants","method":"GET","safeToRetry":true,"requiresAuth":true,"rateLimit":{"tier":1,"requestsPerMinute":1000},"returnsJson":true,"emptyStatuses":[]},
  getTenant: {"operationId":"getTenant","method":"GET","safeToRetry":true,"requiresAuth":true,"rateLimit":{"tier":1,"requestsPerMinute":1000},"returnsJson":true,"emptyStatuses":[]},
  countTenants: {"operationId":"countTenants","method":"GET","safeToRetry":true,"requiresAuth":true,"rateLimit":{"tier":1,"requestsPerMinute":1000},"returnsJson":true,"emptyStatuses":[]},
  filterTenants: {"operationId":"filterTenants","method":"POST","safeToRetry":false,"requiresAuth":true,"rateLimit":{"tier":2,"requestsPerMinute":100},"returnsJson":true,"emptyStatuses":[]},
  listOAuthClients: {"operationId":"listOAuthClients","method":"GET","safeToRetry":true,"requiresAuth":true,"rateLimit":{"tier":1,"requestsPerMinute":1000},"returnsJson":true,"emptyStatuses":[]},
  createOAuthClient: {"operationId":"createOAuthClient","method":"POST","safeToRetry":false,"requiresAuth":true,"rateLimit":{"tier":2,"requestsPerMinute":100},"returnsJson":true,"emptyStatuses":[]},
  getOAuthClient: {"operationId":"getOAuthClient","method":"GET","safeToRetry":true,"requiresAuth":true,"rateLimit":{"tier":1,"requestsPerMinute":1000},"returnsJson":true,"emptyStatuses":[]},
  deleteOAuthClient: {"operationId":"deleteOAuthClient","method":"DELETE","safeToRetry":true,"requiresAuth":true,"rateLimit":{"tier":2,"requestsPerMinute":100},"returnsJson":false,"emptyStatuses":[204]},
  patchOAuthClient: {"operationId":"patchOAuthClient","method":"PATCH","safeToRetry":false,"requiresAuth":true,"rateLimit":{"tier":2,"requestsPerMinute":100},"returnsJson":true,"emptyStatuses":[204]},
  createOAuthClientSecret: {"operationId":"createOAuthClientSecret","method":"POST","safeToRetry":false,"requiresAuth":true,"rateLimit":{"tier":2,"requestsPerMinute":100},"returnsJson":true,"emptyStatuses":[]},
  deleteOAuthClientSecret: {"operationId":"deleteOAuthClientSecret","method":"DELETE","safeToRetry":true,"requiresAuth":true,"rateLimit":{"tier":2,"requestsPerMinute":100},"returnsJson":false,"emptyStatuses":[204]},
} as const satisfies Record<OperationId, OperationPolicy>;

/** Query parameters of `listTenants`. */
export type ListTenantsQuery = NonNullable<operations["listTenants"]["parameters"]["query"]>;

/** ID of the tenant to fetch. */
export type TenantId = components["parameters"]["TenantId"];

/** SCIM (RFC 7644) filter expression selecting the tenants to count. It must name a `subscriptionId`; attributes and operators are the same as for the `filter` parameter of `listTenants`. A `subscriptionId` outside your organization is refused with `403`. */
export type CountTenantsFilter = operations["countTenants"]["parameters"]["query"]["filter"];

/** Query parameters of `filterTenants`. */
export type FilterTenantsQuery = NonNullable<operations["filterTenants"]["parameters"]["query"]>;

/** Query parameters of `listOAuthClients`. */
export type ListOAuthClientsQuery = NonNullable<operations["listOAuthClients"]["parameters"]["query"]>;

/** ID of the OAuth client to act on. */
export type OAuthClientId = components["parameters"]["OAuthClientId"];

/** Hint of the client secret to delete, as listed in the client's `clientSecrets`. */
export type ClientSecretHintValue = components["parameters"]["ClientSecretHintValue"];

/** Builds the request of `requestToken` (POST /oauth/token) against `baseUrl`. */
export function requestTokenRequest(baseUrl: string, body: TokenRequest): OperationRequest {
  return {
    policy: operationPolicies.requestToken,
    url: `${baseUrl}/oauth/token`,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  };
}

/** Builds the request of `listTenants` (GET /api/core/tenants) against `baseUrl`. */
export function listTenantsRequest(baseUrl: string, query?: ListTenantsQuery): OperationRequest {
  return {
    policy: operationPolicies.listTenants,
    url: `${baseUrl}/api/core/tenants${search(pair("filter", query?.["filter"]) + pair("limit", query?.["limit"]) + pair("next", query?.["next"]) + pair("prev", query?.["prev"]) + pair("sort", query?.["sort"]) + pair("totalResults", query?.["totalResults"]))}`,
    headers: undefined,
    body: undefined,
  };
}

/** Builds the request of `getTenant` (GET /api/core/tenants/{tenantId}) against `baseUrl`. */
export function getTenantRequest(baseUrl: string, tenantId: TenantId): OperationRequest {
  return {
    policy: operationPolicies.getTenant,
    url: `${baseUrl}/api/core/tenants/${encodeURIComponent(tenantId)}`,
    headers: undefined,
    body: undefined,
  };
}

/** Builds the request of `countTenants` (GET /api/core/tenants/actions/count) against `baseUrl`. */
export function countTenantsRequest(baseUrl: string, filter: CountTenantsFilter): OperationRequest {
  return {
    policy: operationPolicies.countTenants,
    url: `${baseUrl}/api/core/tenants/actions/count${search(pair("filter", filter))}`,
    headers: undefined,
    body: undefined,
  };
}

/** Builds the request of `filterTenants` (POST /api/core/tenants/actions/filter) against `baseUrl`. */
export function filterTenantsRequest(baseUrl: string, body: TenantFilterRequest, query?: FilterTenantsQuery): OperationRequest {
  return {
    policy: operationPolicies.filterTenants,
    url: `${baseUrl}/api/core/tenants/actions/filter${search(pair("limit", query?.["limit"]) + pair("next", query?.["next"]) + pair("prev", query?.["prev"]) + pair("sort", query?.["sort"]) + pair("totalResults", query?.["totalResults"]))}`,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  };
}

/** Builds the request of `listOAuthClients` (GET /api/core/oauth-clients) against `baseUrl`. */
export function listOAuthClientsRequest(baseUrl: string, query?: ListOAuthClientsQuery): OperationRequest {
  return {
    policy: operationPolicies.listOAuthClients,
    url: `${baseUrl}/api/core/oauth-clients${search(pair("filter", query?.["filter"]) + pair("limit", query?.["limit"]) + pair("next", query?.["next"]) + pair("prev", query?.["prev"]) + pair("sort", query?.["sort"]) + pair("totalResults", query?.["totalResults"]))}`,
    headers: undefined,
    body: undefined,
  };
}

/** Builds the request of `createOAuthClient` (POST /api/core/oauth-clients) against `baseUrl`. */
export function createOAuthClientRequest(baseUrl: string, body: OAuthClientCreateRequest): OperationRequest {
  return {
    policy: operationPolicies.createOAuthClient,
    url: `${baseUrl}/api/core/oauth-clients`,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  };
}

/** Builds the request of `getOAuthClient` (GET /api/core/oauth-clients/{id}) against `baseUrl`. */
export function getOAuthClientRequest(baseUrl: string, id: OAuthClientId): OperationRequest {
  return {
    policy: operationPolicies.getOAuthClient,
    url: `${baseUrl}/api/core/oauth-clients/${encodeURIComponent(id)}`,
    headers: undefined,
    body: undefined,
  };
}

/** Builds the request of `deleteOAuthClient` (DELETE /api/core/oauth-clients/{id}) against `baseUrl`. */
export function deleteOAuthClientRequest(baseUrl: string, id: OAuthClientId): OperationRequest {
  return {
    policy: operationPolicies.deleteOAuthClient,
    url: `${baseUrl}/api/core/oauth-clients/${encodeURIComponent(id)}`,
    headers: { "qlik-confirm-delete": id },
    body: undefined,
  };
}

/** Builds the request of `patchOAuthClient` (PATCH /api/core/oauth-clients/{id}) against `baseUrl`. */
export function patchOAuthClientRequest(baseUrl: string, id: OAuthClientId, body: OAuthClientPatchRequest): OperationRequest {
  return {
    policy: operationPolicies.patchOAuthClient,
    url: `${baseUrl}/api/core/oauth-clients/${encodeURIComponent(id)}`,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  };
}

/** Builds the request of `createOAuthClientSecret` (POST /api/core/oauth-clients/{id}/client-secrets) against `baseUrl`. */
export function createOAuthClientSecretRequest(baseUrl: string, id: OAuthClientId): OperationRequest {
  return {
    policy: operationPolicies.createOAuthClientSecret,
    url: `${baseUrl}/api/core/oauth-clients/${encodeURIComponent(id)}/client-secrets`,
    headers: undefined,
    body: undefined,
  };
}

/** Builds the request of `deleteOAuthClientSecret` (DELETE /api/core/oauth-clients/{id}/client-secrets/{hint}) against `baseUrl`. */
export function deleteOAuthClientSecretRequest(baseUrl: string, id: OAuthClientId, hint: ClientSecretHintValue): OperationRequest {
  return {
    policy: operationPolicies.deleteOAuthClientSecret,
    url: `${baseUrl}/api/core/oauth-clients/${encodeURIComponent(id)}/client-secrets/${encodeURIComponent(hint)}`,
    headers: undefined,
    body: undefined,
  };
}
