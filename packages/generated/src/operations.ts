// Generated from spec/openapi.yaml by scripts/generate — do not edit by hand; run `npm run generate`.

/** What the spec says about one operation, for code that must not hard-code routes. */
export interface OperationMetadata {
  /** The spec's operationId. */
  readonly operationId: string;
  /** HTTP method in upper case. */
  readonly method: "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";
  /** Path template relative to the server URL. */
  readonly path: string;
  /** The client method that serves it, as `resource.method` (`x-client-method`). */
  readonly clientMethod: string;
  /** First tag of the operation, or null. */
  readonly tag: string | null;
  /** One-line summary from the spec. */
  readonly summary: string;
  /** Documented rate-limit tier (x-rate-limit), or null when the operation has none. */
  readonly rateLimit: { readonly tier: number; readonly requestsPerMinute: number } | null;
  /** Whether the operation needs a bearer token. */
  readonly requiresAuth: boolean;
  /** Documented 2xx statuses, ascending. */
  readonly successStatuses: readonly number[];
  /** Documented 4xx/5xx statuses, ascending. */
  readonly errorStatuses: readonly number[];
  /** True when repeating the request cannot change server state twice: an idempotent method, or `x-safe-to-retry`. */
  readonly safeToRetry: boolean;
  /** The 2xx a mock answers when the request asks for none (`x-mock-default-status`), or null for the lowest. */
  readonly mockDefaultStatus: number | null;
}

/** Every operationId in the spec, in spec order. */
export const operationIds = ["requestToken", "listTenants", "getTenant", "countTenants", "filterTenants", "listOAuthClients", "createOAuthClient", "getOAuthClient", "deleteOAuthClient", "patchOAuthClient", "createOAuthClientSecret", "deleteOAuthClientSecret"] as const;

/** An operationId of the spec. */
export type OperationId = (typeof operationIds)[number];

/** Metadata of every operation, keyed by operationId. */
export const operationMetadata = {
  requestToken: {
    "operationId": "requestToken",
    "method": "POST",
    "path": "/oauth/token",
    "clientMethod": "auth.getToken",
    "tag": "Authentication",
    "summary": "Get an access token",
    "rateLimit": null,
    "requiresAuth": false,
    "successStatuses": [
      200
    ],
    "errorStatuses": [
      400,
      401
    ],
    "safeToRetry": true,
    "mockDefaultStatus": null
  },
  listTenants: {
    "operationId": "listTenants",
    "method": "GET",
    "path": "/api/core/tenants",
    "clientMethod": "tenants.list",
    "tag": "Tenants",
    "summary": "List tenants",
    "rateLimit": {
      "tier": 1,
      "requestsPerMinute": 1000
    },
    "requiresAuth": true,
    "successStatuses": [
      200
    ],
    "errorStatuses": [
      400,
      401,
      403,
      429
    ],
    "safeToRetry": true,
    "mockDefaultStatus": null
  },
  getTenant: {
    "operationId": "getTenant",
    "method": "GET",
    "path": "/api/core/tenants/{tenantId}",
    "clientMethod": "tenants.get",
    "tag": "Tenants",
    "summary": "Get a tenant",
    "rateLimit": {
      "tier": 1,
      "requestsPerMinute": 1000
    },
    "requiresAuth": true,
    "successStatuses": [
      200
    ],
    "errorStatuses": [
      400,
      401,
      403,
      404,
      429
    ],
    "safeToRetry": true,
    "mockDefaultStatus": null
  },
  countTenants: {
    "operationId": "countTenants",
    "method": "GET",
    "path": "/api/core/tenants/actions/count",
    "clientMethod": "tenants.count",
    "tag": "Tenants",
    "summary": "Count tenants",
    "rateLimit": {
      "tier": 1,
      "requestsPerMinute": 1000
    },
    "requiresAuth": true,
    "successStatuses": [
      200
    ],
    "errorStatuses": [
      400,
      401,
      403,
      429
    ],
    "safeToRetry": true,
    "mockDefaultStatus": null
  },
  filterTenants: {
    "operationId": "filterTenants",
    "method": "POST",
    "path": "/api/core/tenants/actions/filter",
    "clientMethod": "tenants.filter",
    "tag": "Tenants",
    "summary": "Search tenants with a filter in the body",
    "rateLimit": {
      "tier": 2,
      "requestsPerMinute": 100
    },
    "requiresAuth": true,
    "successStatuses": [
      200
    ],
    "errorStatuses": [
      400,
      401,
      403,
      429
    ],
    "safeToRetry": false,
    "mockDefaultStatus": null
  },
  listOAuthClients: {
    "operationId": "listOAuthClients",
    "method": "GET",
    "path": "/api/core/oauth-clients",
    "clientMethod": "oauthClients.list",
    "tag": "OAuth clients",
    "summary": "List OAuth clients",
    "rateLimit": {
      "tier": 1,
      "requestsPerMinute": 1000
    },
    "requiresAuth": true,
    "successStatuses": [
      200
    ],
    "errorStatuses": [
      400,
      401,
      403,
      429,
      500,
      503
    ],
    "safeToRetry": true,
    "mockDefaultStatus": null
  },
  createOAuthClient: {
    "operationId": "createOAuthClient",
    "method": "POST",
    "path": "/api/core/oauth-clients",
    "clientMethod": "oauthClients.create",
    "tag": "OAuth clients",
    "summary": "Create an OAuth client",
    "rateLimit": {
      "tier": 2,
      "requestsPerMinute": 100
    },
    "requiresAuth": true,
    "successStatuses": [
      201
    ],
    "errorStatuses": [
      400,
      401,
      403,
      429,
      500,
      503
    ],
    "safeToRetry": false,
    "mockDefaultStatus": null
  },
  getOAuthClient: {
    "operationId": "getOAuthClient",
    "method": "GET",
    "path": "/api/core/oauth-clients/{id}",
    "clientMethod": "oauthClients.get",
    "tag": "OAuth clients",
    "summary": "Get an OAuth client",
    "rateLimit": {
      "tier": 1,
      "requestsPerMinute": 1000
    },
    "requiresAuth": true,
    "successStatuses": [
      200
    ],
    "errorStatuses": [
      400,
      401,
      403,
      404,
      429,
      500,
      503
    ],
    "safeToRetry": true,
    "mockDefaultStatus": null
  },
  deleteOAuthClient: {
    "operationId": "deleteOAuthClient",
    "method": "DELETE",
    "path": "/api/core/oauth-clients/{id}",
    "clientMethod": "oauthClients.delete",
    "tag": "OAuth clients",
    "summary": "Delete an OAuth client",
    "rateLimit": {
      "tier": 2,
      "requestsPerMinute": 100
    },
    "requiresAuth": true,
    "successStatuses": [
      204
    ],
    "errorStatuses": [
      400,
      401,
      403,
      404,
      429,
      500,
      503
    ],
    "safeToRetry": true,
    "mockDefaultStatus": null
  },
  patchOAuthClient: {
    "operationId": "patchOAuthClient",
    "method": "PATCH",
    "path": "/api/core/oauth-clients/{id}",
    "clientMethod": "oauthClients.update",
    "tag": "OAuth clients",
    "summary": "Update an OAuth client",
    "rateLimit": {
      "tier": 2,
      "requestsPerMinute": 100
    },
    "requiresAuth": true,
    "successStatuses": [
      202,
      204
    ],
    "errorStatuses": [
      400,
      401,
      403,
      404,
      429,
      500,
      503
    ],
    "safeToRetry": false,
    "mockDefaultStatus": 204
  },
  createOAuthClientSecret: {
    "operationId": "createOAuthClientSecret",
    "method": "POST",
    "path": "/api/core/oauth-clients/{id}/client-secrets",
    "clientMethod": "oauthClients.createSecret",
    "tag": "OAuth clients",
    "summary": "Create a client secret",
    "rateLimit": {
      "tier": 2,
      "requestsPerMinute": 100
    },
    "requiresAuth": true,
    "successStatuses": [
      201
    ],
    "errorStatuses": [
      400,
      401,
      403,
      404,
      409,
      429,
      500,
      503
    ],
    "safeToRetry": false,
    "mockDefaultStatus": null
  },
  deleteOAuthClientSecret: {
    "operationId": "deleteOAuthClientSecret",
    "method": "DELETE",
    "path": "/api/core/oauth-clients/{id}/client-secrets/{hint}",
    "clientMethod": "oauthClients.deleteSecret",
    "tag": "OAuth clients",
    "summary": "Delete a client secret",
    "rateLimit": {
      "tier": 2,
      "requestsPerMinute": 100
    },
    "requiresAuth": true,
    "successStatuses": [
      204
    ],
    "errorStatuses": [
      400,
      401,
      403,
      404,
      429,
      500,
      503
    ],
    "safeToRetry": true,
    "mockDefaultStatus": null
  },
} as const satisfies Record<OperationId, OperationMetadata>;

/** The client method of every operationId, as `resource.method` on the client (`x-client-method`). */
export const resourceMethodByOperationId = {
  requestToken: "auth.getToken",
  listTenants: "tenants.list",
  getTenant: "tenants.get",
  countTenants: "tenants.count",
  filterTenants: "tenants.filter",
  listOAuthClients: "oauthClients.list",
  createOAuthClient: "oauthClients.create",
  getOAuthClient: "oauthClients.get",
  deleteOAuthClient: "oauthClients.delete",
  patchOAuthClient: "oauthClients.update",
  createOAuthClientSecret: "oauthClients.createSecret",
  deleteOAuthClientSecret: "oauthClients.deleteSecret",
} as const satisfies Record<OperationId, string>;
