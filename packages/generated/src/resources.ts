// Generated from spec/openapi.yaml by scripts/generate — do not edit by hand; run `npm run generate`.

import type { ClientSecretHintValue, CountTenantsFilter, FilterTenantsQuery, ListOAuthClientsQuery, ListTenantsQuery, OAuthClient, OAuthClientCreateRequest, OAuthClientCreated, OAuthClientId, OAuthClientList, OAuthClientListItem, OAuthClientPatchRequest, OAuthClientSecretCreated, OAuthClientSecretRotated, Tenant, TenantCount, TenantFilterRequest, TenantId, TenantList } from "./index.js";
import { countTenantsRequest, createOAuthClientRequest, createOAuthClientSecretRequest, deleteOAuthClientRequest, deleteOAuthClientSecretRequest, filterTenantsRequest, getOAuthClientRequest, getTenantRequest, listOAuthClientsRequest, listTenantsRequest, patchOAuthClientRequest, type OperationRequest } from "./requests.js";

/** Where a paged list keeps its items and the URL of its next page (`x-client-paginate`). */
export interface Pagination {
  /** Property of a page that holds its items. */
  readonly items: string;
  /** Property path, in a page, to the next page's URL. */
  readonly nextLink: readonly string[];
}

/** What the generated resource methods need from a client core. */
export interface ResourceCore<Options, TokenOptions> {
  /** The base URL the request builders put in front of each path. */
  readonly baseUrl: string;
  /** Sends the request `build` returns; resolves to its parsed 2xx body (undefined when the 2xx has none). */
  send<T>(build: () => OperationRequest, options: Options | undefined): Promise<T>;
  /** Yields every item of a paged list, from the request `build` returns, page by page. */
  paginate<T>(
    build: () => OperationRequest,
    pagination: Pagination,
    options: Options | undefined,
  ): AsyncGenerator<T, void, undefined>;
  /** The bearer token the next request will carry (the `x-client-token-grant` operation). */
  getToken(options: TokenOptions | undefined): Promise<string>;
  /** Throws the client's argument error when `value`, argument `name` of `method`, cannot be sent (in `header` too, when given). */
  checkArgument(method: string, name: string, value: unknown, header?: string): void;
}

const listTenantsPagination: Pagination = { items: "data", nextLink: ["links","next","href"] };
const listOAuthClientsPagination: Pagination = { items: "data", nextLink: ["links","next","href"] };

/** Exchange OAuth client credentials for a bearer access token. */
export interface AuthResource<TokenOptions = unknown> {
  /**
   * Get an access token (`requestToken`).
   *
   * Resolves to the cached token while it is valid, else to a fresh one.
   *
   * Exchanges the credentials (ID plus secret) of an organization-level
   * OAuth client for a bearer token, using the OAuth 2.0 client-credentials
   * grant. Send the token in the `Authorization: Bearer <token>` header of
   * every other call.
   *
   * A token lasts 21600 seconds (6 hours). Cache it and reuse it for as many
   * calls as you like while it is valid; fetch a new one when it expires or
   * when a call comes back with `401`. This endpoint needs no token itself,
   * and no rate-limit tier is documented for it.
   */
  getToken(options?: TokenOptions): Promise<string>;
}

/** Read, count and search the tenants that belong to your organization. */
export interface TenantsResource<Options = unknown> {
  /**
   * List tenants (`listTenants`).
   *
   * Returns the tenants of the caller's organization one page at a time,
   * optionally narrowed by a SCIM filter and ordered by `sort`. Tenants of
   * other organizations are never returned.
   *
   * Paging is cursor based: to move on, request the URL in `links.next.href`
   * (or `links.prev.href`) exactly as it was returned.
   */
  list(query?: ListTenantsQuery, options?: Options): Promise<TenantList>;
  /**
   * List tenants (`listTenants`).
   *
   * Every item of `list`, page after page: it follows `links.next.href` exactly as given and fetches the next page while the current one is consumed.
   *
   * Returns the tenants of the caller's organization one page at a time,
   * optionally narrowed by a SCIM filter and ordered by `sort`. Tenants of
   * other organizations are never returned.
   *
   * Paging is cursor based: to move on, request the URL in `links.next.href`
   * (or `links.prev.href`) exactly as it was returned.
   */
  listAll(query?: ListTenantsQuery, options?: Options): AsyncGenerator<Tenant, void, undefined>;
  /**
   * Get a tenant (`getTenant`).
   *
   * Returns one tenant of the caller's organization, looked up by its ID.
   */
  get(tenantId: TenantId, options?: Options): Promise<Tenant>;
  /**
   * Count tenants (`countTenants`).
   *
   * Tells how many tenants of the caller's organization satisfy a SCIM filter. The filter is mandatory and has to name a `subscriptionId`.
   */
  count(filter: CountTenantsFilter, options?: Options): Promise<TenantCount>;
  /**
   * Search tenants with a filter in the body (`filterTenants`).
   *
   * Works like `listTenants`, but the SCIM filter travels in the request body
   * instead of the query string, which suits long or complex expressions.
   * Paging, sorting and `totalResults` are controlled by the same query
   * parameters, and the response has the same shape.
   *
   * This operation sits in the stricter tier 2.
   *
   * Never repeated after a failure that may have reached the server: it is not safe to retry.
   */
  filter(body: TenantFilterRequest, query?: FilterTenantsQuery, options?: Options): Promise<TenantList>;
}

/** Register, inspect, change and remove OAuth clients, and manage their client secrets. */
export interface OAuthClientsResource<Options = unknown> {
  /**
   * List OAuth clients (`listOAuthClients`).
   *
   * Returns the registered OAuth clients one page at a time. Narrow the
   * results with `filter`, order them with `sort`, and move between pages
   * with the `next` / `prev` cursors, best taken from `links.next.href` and
   * `links.prev.href` in the previous response.
   */
  list(query?: ListOAuthClientsQuery, options?: Options): Promise<OAuthClientList>;
  /**
   * List OAuth clients (`listOAuthClients`).
   *
   * Every item of `list`, page after page: it follows `links.next.href` exactly as given and fetches the next page while the current one is consumed.
   *
   * Returns the registered OAuth clients one page at a time. Narrow the
   * results with `filter`, order them with `sort`, and move between pages
   * with the `next` / `prev` cursors, best taken from `links.next.href` and
   * `links.prev.href` in the previous response.
   */
  listAll(query?: ListOAuthClientsQuery, options?: Options): AsyncGenerator<OAuthClientListItem, void, undefined>;
  /**
   * Create an OAuth client (`createOAuthClient`).
   *
   * Registers a new OAuth client. The chosen `appType` fixes the kind of
   * client for good. The response holds the generated `clientId` and the
   * client's first `clientSecret`, which is shown only this once.
   *
   * Qlik's reference adds that the consent method and the published state
   * can be changed after creation with a PATCH; note that the patch paths
   * documented in this spec only cover `/clientName` and `/description`.
   *
   * Never repeated after a failure that may have reached the server: it is not safe to retry.
   */
  create(body: OAuthClientCreateRequest, options?: Options): Promise<OAuthClientCreated>;
  /**
   * Get an OAuth client (`getOAuthClient`).
   *
   * Looks up a single OAuth client by ID. The answer carries everything about it except secret values: settings, scopes, how it may authenticate, its public keys, and the hints of its secrets.
   */
  get(id: OAuthClientId, options?: Options): Promise<OAuthClient>;
  /**
   * Delete an OAuth client (`deleteOAuthClient`).
   *
   * Removes an OAuth client, after which no new tokens are issued for it.
   * Tokens handed out earlier may keep working until they expire, unless a
   * revocation mechanism further downstream invalidates them.
   *
   * As a safeguard, the `qlik-confirm-delete` header must repeat the client's
   * ID.
   */
  delete(id: OAuthClientId, options?: Options): Promise<void>;
  /**
   * Update an OAuth client (`patchOAuthClient`).
   *
   * Changes fields of an OAuth client with a JSON Patch (RFC 6902) document:
   * an array of operations, each naming the field it touches. Only
   * `/clientName` and `/description` can be patched.
   *
   * The outcome decides the status code: if the change caused Qlik to issue
   * a fresh client secret, the answer is `202` and the body holds that
   * secret; in every other case it is `204` with an empty body.
   *
   * Never repeated after a failure that may have reached the server: it is not safe to retry.
   */
  update(id: OAuthClientId, body: OAuthClientPatchRequest, options?: Options): Promise<OAuthClientSecretRotated | undefined>;
  /**
   * Create a client secret (`createOAuthClientSecret`).
   *
   * Generates an additional secret for an OAuth client. This is possible only
   * for clients whose `appType` is `web` and whose `allowedAuthMethods`
   * include `client_secret`.
   *
   * A client can hold at most 5 secrets at a time; asking for a sixth is
   * answered with `409`. The secret value is part of this response only and
   * cannot be read again later, so store it securely straight away.
   *
   * Never repeated after a failure that may have reached the server: it is not safe to retry.
   */
  createSecret(id: OAuthClientId, options?: Options): Promise<OAuthClientSecretCreated>;
  /**
   * Delete a client secret (`deleteOAuthClientSecret`).
   *
   * Removes one of an OAuth client's secrets, identified by its hint. From then on the secret is no longer accepted for authenticating the client or for requesting tokens.
   */
  deleteSecret(id: OAuthClientId, hint: ClientSecretHintValue, options?: Options): Promise<void>;
}

/** Every resource of the client, one property per resource of `x-client-method`. */
export interface Resources<Options = unknown, TokenOptions = unknown> {
  /** Exchange OAuth client credentials for a bearer access token. */
  readonly auth: AuthResource<TokenOptions>;
  /** Read, count and search the tenants that belong to your organization. */
  readonly tenants: TenantsResource<Options>;
  /** Register, inspect, change and remove OAuth clients, and manage their client secrets. */
  readonly oauthClients: OAuthClientsResource<Options>;
}

/** Builds every resource method on `core`. */
export function createResources<Options, TokenOptions>(
  core: ResourceCore<Options, TokenOptions>,
): Resources<Options, TokenOptions> {
  const base = core.baseUrl;
  return {
    auth: {
      getToken: (options) => core.getToken(options),
    },
    tenants: {
      list: (query, options) =>
        core.send<TenantList>(() => listTenantsRequest(base, query), options),
      listAll: (query, options) =>
        core.paginate<Tenant>(() => listTenantsRequest(base, query), listTenantsPagination, options),
      get: (tenantId, options) =>
        core.send<Tenant>(() => {
          core.checkArgument("tenants.get", "tenantId", tenantId);
          return getTenantRequest(base, tenantId);
        }, options),
      count: (filter, options) =>
        core.send<TenantCount>(() => countTenantsRequest(base, filter), options),
      filter: (body, query, options) =>
        core.send<TenantList>(() => filterTenantsRequest(base, body, query), options),
    },
    oauthClients: {
      list: (query, options) =>
        core.send<OAuthClientList>(() => listOAuthClientsRequest(base, query), options),
      listAll: (query, options) =>
        core.paginate<OAuthClientListItem>(() => listOAuthClientsRequest(base, query), listOAuthClientsPagination, options),
      create: (body, options) =>
        core.send<OAuthClientCreated>(() => createOAuthClientRequest(base, body), options),
      get: (id, options) =>
        core.send<OAuthClient>(() => {
          core.checkArgument("oauthClients.get", "id", id);
          return getOAuthClientRequest(base, id);
        }, options),
      delete: (id, options) =>
        core.send<void>(() => {
          core.checkArgument("oauthClients.delete", "id", id, "qlik-confirm-delete");
          return deleteOAuthClientRequest(base, id);
        }, options),
      update: (id, body, options) =>
        core.send<OAuthClientSecretRotated | undefined>(() => {
          core.checkArgument("oauthClients.update", "id", id);
          return patchOAuthClientRequest(base, id, body);
        }, options),
      createSecret: (id, options) =>
        core.send<OAuthClientSecretCreated>(() => {
          core.checkArgument("oauthClients.createSecret", "id", id);
          return createOAuthClientSecretRequest(base, id);
        }, options),
      deleteSecret: (id, hint, options) =>
        core.send<void>(() => {
          core.checkArgument("oauthClients.deleteSecret", "id", id);
          core.checkArgument("oauthClients.deleteSecret", "hint", hint);
          return deleteOAuthClientSecretRequest(base, id, hint);
        }, options),
    },
  };
}
