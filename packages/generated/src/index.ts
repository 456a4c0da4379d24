// Generated from spec/openapi.yaml by scripts/generate — do not edit by hand; run `npm run generate`.

import type { components } from "./schema.js";

export type { $defs, components, operations, paths, webhooks } from "./schema.js";
export { operationIds, operationMetadata, resourceMethodByOperationId } from "./operations.js";
export type { OperationId, OperationMetadata } from "./operations.js";
export { matchRoute } from "./routes.js";
export type { RouteMatch, RouteMiss } from "./routes.js";
export * from "./requests.js";
export { createResources } from "./resources.js";
export type * from "./resources.js";

/** Credentials of an organization-level OAuth client, exchanged for an access token with the client-credentials grant. All three fields must be present; leaving one out is answered with `400`. */
export type TokenRequest = components["schemas"]["TokenRequest"];

/** A freshly issued bearer token. Reuse it for every call until it runs out (21600 seconds, i.e. six hours, after issue), then ask for a new one. */
export type TokenResponse = components["schemas"]["TokenResponse"];

/** Where to go next (or back): an absolute URL to request as it is. */
export type Link = components["schemas"]["Link"];

/** Cursor links for paging through OAuth clients. A link is left out when there is no page in that direction. */
export type OAuthClientListLinks = components["schemas"]["OAuthClientListLinks"];

/** Cursor links for paging through tenants. `self` is always present; `next` and `prev` only when such a page exists. Follow them as given: the cursor they carry cannot be derived on the client side, and its query parameter name may vary (for example `offset=` or `next=`). */
export type TenantListLinks = components["schemas"]["TenantListLinks"];

/** A public key in JWK form, used to check the signature of JWTs the client presents when it authenticates with `private_key_jwt`. */
export type PublicKey = components["schemas"]["PublicKey"];

/** Metadata about one of a client's secrets. The secret value itself is never included; the hint is a short, partial identifier for it. */
export type ClientSecretHint = components["schemas"]["ClientSecretHint"];

/** How consent is handled for connections made through the OAuth client. */
export type ConsentMethod = components["schemas"]["ConsentMethod"];

/** One OAuth client as it appears in a page of `listOAuthClients` results. */
export type OAuthClientListItem = components["schemas"]["OAuthClientListItem"];

/** Full details of a single OAuth client: its settings, secret hints and public keys. */
export type OAuthClient = components["schemas"]["OAuthClient"];

/** A newly registered OAuth client. Besides its settings it carries the `clientId` Qlik assigned and the client's first `clientSecret`. */
export type OAuthClientCreated = components["schemas"]["OAuthClientCreated"];

/** Settings for a new OAuth client. `appType` decides what kind of client is created and cannot be changed later. */
export type OAuthClientCreateRequest = components["schemas"]["OAuthClientCreateRequest"];

/** One page of OAuth clients, plus cursor links to the neighbouring pages. */
export type OAuthClientList = components["schemas"]["OAuthClientList"];

/** A single JSON Patch (RFC 6902) step. `value` must be given for `add` and `replace`; it is not needed for `remove`. */
export type OAuthClientPatchOperation = components["schemas"]["OAuthClientPatchOperation"];

/** A JSON Patch (RFC 6902) document: the list of changes to apply to the OAuth client, in order. */
export type OAuthClientPatchRequest = components["schemas"]["OAuthClientPatchRequest"];

/** Body sent back when applying a patch caused a new client secret to be generated. */
export type OAuthClientSecretRotated = components["schemas"]["OAuthClientSecretRotated"];

/** A newly generated client secret. The value is shown in this response only and can never be read back afterwards. */
export type OAuthClientSecretCreated = components["schemas"]["OAuthClientSecretCreated"];

/** Error body returned by the OAuth-client endpoints, by the token endpoint and on `401` / `429` from any endpoint. */
export type Error = components["schemas"]["Error"];

/** A single problem found while handling the request. */
export type ErrorItem = components["schemas"]["ErrorItem"];

/** Richer error body used by the tenant endpoints for `400`, `403` and `404`. */
export type TenantsError = components["schemas"]["TenantsError"];

/** A single problem reported by a tenant endpoint. */
export type TenantsErrorItem = components["schemas"]["TenantsErrorItem"];

/** A Qlik Cloud tenant that belongs to the caller's organization. */
export type Tenant = components["schemas"]["Tenant"];

/** One page of tenants, plus cursor links to the neighbouring pages. */
export type TenantList = components["schemas"]["TenantList"];

/** Number of tenants that satisfy the filter. */
export type TenantCount = components["schemas"]["TenantCount"];

/** Body of a tenant search, carrying the SCIM filter to apply. */
export type TenantFilterRequest = components["schemas"]["TenantFilterRequest"];
