// Generated from spec/openapi.yaml by scripts/generate — do not edit by hand; run `npm run generate`.

export interface paths {
    "/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get an access token
         * @description Exchanges the credentials (ID plus secret) of an organization-level
         *     OAuth client for a bearer token, using the OAuth 2.0 client-credentials
         *     grant. Send the token in the `Authorization: Bearer <token>` header of
         *     every other call.
         *
         *     A token lasts 21600 seconds (6 hours). Cache it and reuse it for as many
         *     calls as you like while it is valid; fetch a new one when it expires or
         *     when a call comes back with `401`. This endpoint needs no token itself,
         *     and no rate-limit tier is documented for it.
         */
        post: operations["requestToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/core/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tenants
         * @description Returns the tenants of the caller's organization one page at a time,
         *     optionally narrowed by a SCIM filter and ordered by `sort`. Tenants of
         *     other organizations are never returned.
         *
         *     Paging is cursor based: to move on, request the URL in `links.next.href`
         *     (or `links.prev.href`) exactly as it was returned.
         */
        get: operations["listTenants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/core/tenants/{tenantId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the tenant to fetch.
                 * @example TiQ8GPVr8qI714Lp5ChAAFFaU24MJy69
                 */
                tenantId: components["parameters"]["TenantId"];
            };
            cookie?: never;
        };
        /**
         * Get a tenant
         * @description Returns one tenant of the caller's organization, looked up by its ID.
         */
        get: operations["getTenant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/core/tenants/actions/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count tenants
         * @description Tells how many tenants of the caller's organization satisfy a SCIM filter. The filter is mandatory and has to name a `subscriptionId`.
         */
        get: operations["countTenants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/core/tenants/actions/filter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search tenants with a filter in the body
         * @description Works like `listTenants`, but the SCIM filter travels in the request body
         *     instead of the query string, which suits long or complex expressions.
         *     Paging, sorting and `totalResults` are controlled by the same query
         *     parameters, and the response has the same shape.
         *
         *     This operation sits in the stricter tier 2.
         */
        post: operations["filterTenants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/core/oauth-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List OAuth clients
         * @description Returns the registered OAuth clients one page at a time. Narrow the
         *     results with `filter`, order them with `sort`, and move between pages
         *     with the `next` / `prev` cursors, best taken from `links.next.href` and
         *     `links.prev.href` in the previous response.
         */
        get: operations["listOAuthClients"];
        put?: never;
        /**
         * Create an OAuth client
         * @description Registers a new OAuth client. The chosen `appType` fixes the kind of
         *     client for good. The response holds the generated `clientId` and the
         *     client's first `clientSecret`, which is shown only this once.
         *
         *     Qlik's reference adds that the consent method and the published state
         *     can be changed after creation with a PATCH; note that the patch paths
         *     documented in this spec only cover `/clientName` and `/description`.
         */
        post: operations["createOAuthClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/core/oauth-clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the OAuth client to act on. */
                id: components["parameters"]["OAuthClientId"];
            };
            cookie?: never;
        };
        /**
         * Get an OAuth client
         * @description Looks up a single OAuth client by ID. The answer carries everything about it except secret values: settings, scopes, how it may authenticate, its public keys, and the hints of its secrets.
         */
        get: operations["getOAuthClient"];
        put?: never;
        post?: never;
        /**
         * Delete an OAuth client
         * @description Removes an OAuth client, after which no new tokens are issued for it.
         *     Tokens handed out earlier may keep working until they expire, unless a
         *     revocation mechanism further downstream invalidates them.
         *
         *     As a safeguard, the `qlik-confirm-delete` header must repeat the client's
         *     ID.
         */
        delete: operations["deleteOAuthClient"];
        options?: never;
        head?: never;
        /**
         * Update an OAuth client
         * @description Changes fields of an OAuth client with a JSON Patch (RFC 6902) document:
         *     an array of operations, each naming the field it touches. Only
         *     `/clientName` and `/description` can be patched.
         *
         *     The outcome decides the status code: if the change caused Qlik to issue
         *     a fresh client secret, the answer is `202` and the body holds that
         *     secret; in every other case it is `204` with an empty body.
         */
        patch: operations["patchOAuthClient"];
        trace?: never;
    };
    "/api/core/oauth-clients/{id}/client-secrets": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the OAuth client to act on. */
                id: components["parameters"]["OAuthClientId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a client secret
         * @description Generates an additional secret for an OAuth client. This is possible only
         *     for clients whose `appType` is `web` and whose `allowedAuthMethods`
         *     include `client_secret`.
         *
         *     A client can hold at most 5 secrets at a time; asking for a sixth is
         *     answered with `409`. The secret value is part of this response only and
         *     cannot be read again later, so store it securely straight away.
         */
        post: operations["createOAuthClientSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/core/oauth-clients/{id}/client-secrets/{hint}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the OAuth client to act on. */
                id: components["parameters"]["OAuthClientId"];
                /** @description Hint of the client secret to delete, as listed in the client's `clientSecrets`. */
                hint: components["parameters"]["ClientSecretHintValue"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a client secret
         * @description Removes one of an OAuth client's secrets, identified by its hint. From then on the secret is no longer accepted for authenticating the client or for requesting tokens.
         */
        delete: operations["deleteOAuthClientSecret"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * TokenRequest
         * @description Credentials of an organization-level OAuth client, exchanged for an access token with the client-credentials grant. All three fields must be present; leaving one out is answered with `400`.
         */
        TokenRequest: {
            /** @description ID of the OAuth client, as shown in the Cloud Console. */
            client_id: string;
            /** @description One of the client's secrets. Treat it like a password: never share it or commit it, and rotate it at once if it may have leaked. */
            client_secret: string;
            /**
             * @description OAuth 2.0 grant being used. Only the client-credentials grant is accepted.
             * @enum {string}
             */
            grant_type: "client_credentials";
        };
        /**
         * TokenResponse
         * @description A freshly issued bearer token. Reuse it for every call until it runs out (21600 seconds, i.e. six hours, after issue), then ask for a new one.
         */
        TokenResponse: {
            /** @description The token to send as `Authorization: Bearer <token>`. Keep it out of version control and configuration files. */
            access_token: string;
            /**
             * @description Kind of token issued; the documented value is `Bearer`.
             * @example Bearer
             */
            token_type?: string;
            /**
             * @description Scope(s) the token grants.
             * @example cloud-console.tenants:read
             */
            scope?: string;
            /**
             * @description How many seconds the token stays valid after it was issued (21600 = 6 hours).
             * @example 21600
             */
            expires_in?: number;
            /**
             * Format: date-time
             * @description The moment at which the token stops being accepted.
             * @example 2026-04-08T15:45:03.000Z
             */
            expires_at?: string;
        };
        /**
         * Link
         * @description Where to go next (or back): an absolute URL to request as it is.
         */
        Link: {
            /** @description Absolute URL of the target. Use it exactly as returned; do not build or edit it yourself. */
            href: string;
        };
        /**
         * OAuthClientListLinks
         * @description Cursor links for paging through OAuth clients. A link is left out when there is no page in that direction.
         */
        OAuthClientListLinks: {
            /** @description Link to the following page of results. */
            next?: components["schemas"]["Link"];
            /** @description Link to the preceding page of results. */
            prev?: components["schemas"]["Link"];
            /** @description Link to the page just returned. */
            self?: components["schemas"]["Link"];
        };
        /**
         * TenantListLinks
         * @description Cursor links for paging through tenants. `self` is always present; `next` and `prev` only when such a page exists. Follow them as given: the cursor they carry cannot be derived on the client side, and its query parameter name may vary (for example `offset=` or `next=`).
         */
        TenantListLinks: {
            /** @description Link to the page just returned. */
            self: components["schemas"]["Link"];
            /** @description Link to the following page of results. */
            next?: components["schemas"]["Link"];
            /** @description Link to the preceding page of results. */
            prev?: components["schemas"]["Link"];
        };
        /**
         * PublicKey
         * @description A public key in JWK form, used to check the signature of JWTs the client presents when it authenticates with `private_key_jwt`.
         */
        PublicKey: {
            /** @description Exponent of the RSA public key, encoded as Base64URL. */
            e?: string;
            /** @description Modulus of the RSA public key, encoded as Base64URL. */
            n?: string;
            /** @description For EC keys: the curve point's x value, in Base64URL. */
            x?: string;
            /** @description For EC keys: the curve point's y value, in Base64URL. */
            y?: string;
            /**
             * @description Signing algorithm the key is meant for.
             * @enum {string}
             */
            alg: "RS256" | "RS512" | "ES384";
            /** @description Name of the elliptic curve the key lies on. */
            crv?: string;
            /** @description Key ID; tells this key apart from the client's other keys. */
            kid: string;
            /**
             * @description Key family.
             * @enum {string}
             */
            kty: "RSA" | "EC";
            /**
             * @description What the key may be used for. Only `sig` (checking signatures) is allowed.
             * @enum {string}
             */
            use: "sig";
        };
        /**
         * ClientSecretHint
         * @description Metadata about one of a client's secrets. The secret value itself is never included; the hint is a short, partial identifier for it.
         */
        ClientSecretHint: {
            /** @description Partial identifier of the secret; use it to address the secret (for example to delete it). */
            hint: string;
            /**
             * Format: date-time
             * @description When the secret was created.
             */
            createdAt?: string;
            /** @description ID of the user who created the secret. */
            createdBy?: string;
        };
        /**
         * ConsentMethod
         * @description How consent is handled for connections made through the OAuth client.
         * @enum {string}
         */
        ConsentMethod: "required" | "trusted";
        /**
         * OAuthClientListItem
         * @description One OAuth client as it appears in a page of `listOAuthClients` results.
         */
        OAuthClientListItem: {
            /** @description Generated identifier of the client; it is also the `client_id` used at the token endpoint. */
            clientId: string;
            /** @description Public keys used to verify JWTs from this client (`private_key_jwt` authentication). */
            publicKeys?: components["schemas"]["PublicKey"][];
            /** @description Redirect URIs the client may send users back to after sign-in. */
            redirectUris?: string[];
            /** @description Origins the client is allowed to be used from. */
            allowedOrigins?: string[];
            /** @description How users connect through this client: its consent behaviour. */
            connectionConfig?: {
                /** @description State of this connection setup, as reported by Qlik. */
                status?: string;
                consentMethod: components["schemas"]["ConsentMethod"];
                /** @description `true` when the owner has deleted the client. Only meaningful for published clients. */
                deletedByOwner?: boolean;
            };
            /** @description Ways in which the client may prove its identity. */
            allowedAuthMethods?: ("client_secret" | "private_key_jwt")[];
            /**
             * @description Which sort of app uses this client (server-side, native, single-page, anonymous embedding); set at creation and immutable.
             * @enum {string}
             */
            appType: "web" | "native" | "spa" | "anonymous-embed";
            /** @description Location of the application's logo image. */
            logoUri?: string;
            /** @description Location of the application's home page. */
            clientUri?: string;
            /**
             * Format: date-time
             * @description Creation time of the client.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Deletion time, for a client that has been removed.
             */
            deletedAt?: string;
            /**
             * Format: date-time
             * @description Time of the latest change to the client.
             */
            updatedAt?: string;
            /** @description Human-readable name of the client application. */
            clientName: string;
            /** @description Why the client was disabled. Only set on disabled clients. */
            disableTag?: string;
            /** @description Free-text notes about the OAuth client. */
            description?: string;
            /**
             * Format: date-time
             * @description When the client was published. Only set on published clients.
             */
            publishedAt?: string;
            /** @description Scopes the client is permitted to use. */
            allowedScopes?: string[];
            /** @description Hints (partial identifiers) of the secrets that belong to this client. Secret values are never listed. */
            clientSecrets?: components["schemas"]["ClientSecretHint"][];
            /** @description Grant types the client may use. Relevant only when `appType` is `web`. */
            allowedGrantTypes?: ("client_credentials" | "urn:qlik:oauth:user-impersonation")[];
        };
        /**
         * OAuthClient
         * @description Full details of a single OAuth client: its settings, secret hints and public keys.
         */
        OAuthClient: {
            /** @description Generated identifier of the client; it is also the `client_id` used at the token endpoint. */
            clientId: string;
            /** @description Public keys used to verify JWTs from this client (`private_key_jwt` authentication). */
            publicKeys?: components["schemas"]["PublicKey"][];
            /** @description Redirect URIs the client may send users back to after sign-in. */
            redirectUris?: string[];
            /** @description Hints (partial identifiers) of the secrets that belong to this client. Secret values are never listed. */
            clientSecrets?: components["schemas"]["ClientSecretHint"][];
            /** @description Origins the client is allowed to be used from. */
            allowedOrigins?: string[];
            /** @description Ways in which the client may prove its identity. */
            allowedAuthMethods?: ("client_secret" | "private_key_jwt")[];
            /**
             * @description Which sort of app uses this client (server-side, native, single-page, anonymous embedding); set at creation and immutable.
             * @enum {string}
             */
            appType: "web" | "native" | "spa" | "anonymous-embed";
            /** @description Location of the application's logo image. */
            logoUri?: string;
            /** @description Location of the application's home page. */
            clientUri?: string;
            /**
             * Format: date-time
             * @description Creation time of the client.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Deletion time, for a client that has been removed.
             */
            deletedAt?: string;
            /**
             * Format: date-time
             * @description Time of the latest change to the client.
             */
            updatedAt?: string;
            /** @description Human-readable name of the client application. */
            clientName: string;
            /** @description Why the client was disabled. Only set on disabled clients. */
            disableTag?: string;
            /** @description Free-text notes about the OAuth client. */
            description?: string;
            /**
             * Format: date-time
             * @description When the client was published. Only set on published clients.
             */
            publishedAt?: string;
            /** @description Scopes the client is permitted to use. */
            allowedScopes?: string[];
            /** @description How users connect through this client: its consent behaviour. */
            connectionConfig?: {
                consentMethod?: components["schemas"]["ConsentMethod"];
            };
            /** @description Grant types the client may use. Relevant only when `appType` is `web`. */
            allowedGrantTypes?: ("client_credentials" | "urn:qlik:oauth:user-impersonation")[];
        };
        /**
         * OAuthClientCreated
         * @description A newly registered OAuth client. Besides its settings it carries the `clientId` Qlik assigned and the client's first `clientSecret`.
         */
        OAuthClientCreated: {
            /** @description Generated identifier of the client; it is also the `client_id` used at the token endpoint. */
            clientId: string;
            /** @description Public keys used to verify JWTs from this client (`private_key_jwt` authentication). */
            publicKeys?: components["schemas"]["PublicKey"][];
            /** @description The client's first secret. It appears only in this creation response and cannot be fetched again, so store it somewhere safe right away. */
            clientSecret: string;
            /** @description Redirect URIs the client may send users back to after sign-in. */
            redirectUris?: string[];
            /** @description Origins the client is allowed to be used from. */
            allowedOrigins?: string[];
            /** @description Ways in which the client may prove its identity. */
            allowedAuthMethods?: ("client_secret" | "private_key_jwt")[];
            /**
             * @description Which sort of app uses this client (server-side, native, single-page, anonymous embedding); set at creation and immutable.
             * @enum {string}
             */
            appType: "web" | "native" | "spa" | "anonymous-embed";
            /** @description Location of the application's logo image. */
            logoUri?: string;
            /** @description Location of the application's home page. */
            clientUri?: string;
            /**
             * Format: date-time
             * @description Creation time of the client.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Deletion time, for a client that has been removed.
             */
            deletedAt?: string;
            /**
             * Format: date-time
             * @description Time of the latest change to the client.
             */
            updatedAt?: string;
            /** @description Human-readable name of the client application. */
            clientName: string;
            /** @description Why the client was disabled. Only set on disabled clients. */
            disableTag?: string;
            /** @description Free-text notes about the OAuth client. */
            description?: string;
            /**
             * Format: date-time
             * @description When the client was published. Only set on published clients.
             */
            publishedAt?: string;
            /** @description Scopes the client is permitted to use. */
            allowedScopes?: string[];
            /** @description Hints (partial identifiers) of the secrets that belong to this client. Secret values are never listed. */
            clientSecrets?: components["schemas"]["ClientSecretHint"][];
            /** @description How users connect through this client: its consent behaviour. */
            connectionConfig?: {
                consentMethod?: components["schemas"]["ConsentMethod"];
            };
            /** @description Grant types the client may use. Relevant only when `appType` is `web`. */
            allowedGrantTypes?: ("client_credentials" | "urn:qlik:oauth:user-impersonation")[];
        };
        /**
         * OAuthClientCreateRequest
         * @description Settings for a new OAuth client. `appType` decides what kind of client is created and cannot be changed later.
         */
        OAuthClientCreateRequest: {
            /**
             * @description Which sort of app will use this client (server-side, native, single-page, anonymous embedding); it cannot be changed later.
             * @enum {string}
             */
            appType: "web" | "native" | "spa" | "anonymous-embed";
            /** @description Location of the application's logo image. */
            logoUri?: string;
            /** @description Location of the application's home page. */
            clientUri?: string;
            /** @description Human-readable name of the client application. */
            clientName: string;
            /** @description Public keys used to verify JWTs from this client. Must be supplied when `allowedAuthMethods` contains `private_key_jwt`. */
            publicKeys?: components["schemas"]["PublicKey"][];
            /** @description Free-text notes about the OAuth client. */
            description?: string;
            /** @description Redirect URIs the client may send users back to after sign-in. */
            redirectUris?: string[];
            /** @description Scopes the client is permitted to use. */
            allowedScopes?: string[];
            /** @description Origins the client is allowed to be used from. Relevant only when `appType` is `spa`. */
            allowedOrigins?: string[];
            /** @description How users connect through this client: its consent behaviour. */
            connectionConfig?: {
                /**
                 * @description How consent is handled for the connection. `trusted` is the only value accepted here.
                 * @enum {string}
                 */
                consentMethod?: "trusted";
            };
            /** @description Grant types the client may use. Relevant only when `appType` is `web`. */
            allowedGrantTypes?: ("client_credentials" | "urn:qlik:oauth:user-impersonation")[];
            /** @description Ways in which the client may prove its identity. */
            allowedAuthMethods?: ("client_secret" | "private_key_jwt")[];
        };
        /**
         * OAuthClientList
         * @description One page of OAuth clients, plus cursor links to the neighbouring pages.
         */
        OAuthClientList: {
            /** @description The OAuth clients on this page. */
            data: components["schemas"]["OAuthClientListItem"][];
            links: components["schemas"]["OAuthClientListLinks"];
            /** @description How many OAuth clients match in total. Present only when the request set `totalResults=true`. */
            totalResults?: number;
        };
        /**
         * OAuthClientPatchOperation
         * @description A single JSON Patch (RFC 6902) step. `value` must be given for `add` and `replace`; it is not needed for `remove`.
         */
        OAuthClientPatchOperation: {
            /**
             * @description Kind of change. `add` and `replace` set the field to `value`; `remove` clears it.
             * @enum {string}
             */
            op: "add" | "remove" | "replace";
            /**
             * @description JSON Pointer naming the field to change.
             * @enum {string}
             */
            path: "/clientName" | "/description";
            /** @description New content for the field. Needed for `add` and `replace`. */
            value?: string | string[];
        };
        /**
         * OAuthClientPatchRequest
         * @description A JSON Patch (RFC 6902) document: the list of changes to apply to the OAuth client, in order.
         */
        OAuthClientPatchRequest: components["schemas"]["OAuthClientPatchOperation"][];
        /**
         * OAuthClientSecretRotated
         * @description Body sent back when applying a patch caused a new client secret to be generated.
         */
        OAuthClientSecretRotated: {
            /** @description The secret that was just generated for the client. Store it securely. */
            clientSecret: string;
        };
        /**
         * OAuthClientSecretCreated
         * @description A newly generated client secret. The value is shown in this response only and can never be read back afterwards.
         */
        OAuthClientSecretCreated: {
            /** @description A few characters of the secret, enough to tell it apart in listings and to delete it by. */
            hint: string;
            /** @description ID of the OAuth client the secret belongs to. */
            clientId: string;
            /**
             * Format: date-time
             * @description When the secret was created.
             */
            createdAt?: string;
            /** @description ID of the user who created the secret. */
            createdBy?: string;
            /** @description The full secret. This response is the only place it ever appears, so put it in a vault before doing anything else. */
            clientSecret: string;
        };
        /**
         * Error
         * @description Error body returned by the OAuth-client endpoints, by the token endpoint and on `401` / `429` from any endpoint.
         */
        Error: {
            /** @description What went wrong, one entry per problem. */
            errors?: components["schemas"]["ErrorItem"][];
        };
        /**
         * ErrorItem
         * @description A single problem found while handling the request.
         */
        ErrorItem: {
            /** @description Code to branch on in programs; unlike the title, it does not change with wording. */
            code: string;
            /** @description Short human-readable summary of the problem. */
            title: string;
            /** @description Extra information that helps with debugging. */
            detail?: string;
        };
        /**
         * TenantsError
         * @description Richer error body used by the tenant endpoints for `400`, `403` and `404`.
         */
        TenantsError: {
            /** @description What went wrong, one entry per problem. */
            errors: components["schemas"]["TenantsErrorItem"][];
            /** @description Identifier of the failed request; quote it when asking Qlik for help. */
            traceId?: string;
        };
        /**
         * TenantsErrorItem
         * @description A single problem reported by a tenant endpoint.
         */
        TenantsErrorItem: {
            /** @description Code to branch on in programs; unlike the title, it does not change with wording. */
            code: string;
            /** @description Short human-readable summary of the problem. */
            title: string;
            /** @description HTTP status code of the response, as a string. */
            status: string;
            /** @description Explanation specific to this occurrence of the problem. */
            detail?: string;
            /** @description Any further data about the problem. */
            meta?: Record<string, never>;
            /** @description Where in the request the problem was found. */
            source?: {
                /** @description JSON Pointer to the offending field of the request body. */
                pointer?: string;
                /** @description Name of the offending query parameter. */
                parameter?: string;
            };
        };
        /**
         * Tenant
         * @description A Qlik Cloud tenant that belongs to the caller's organization.
         */
        Tenant: {
            /** @description ID of the tenant (its original ID). */
            id: string;
            /** @description Display name of the tenant. */
            name?: string;
            /**
             * @description Lifecycle state of the tenant.
             * @enum {string}
             */
            status: "active" | "disabled" | "deleted" | "deactivated";
            /**
             * Format: date-time
             * @description When the tenant was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the tenant was last changed.
             */
            updatedAt: string;
            /**
             * @description Hostnames that point at the tenant. The first entry is the one shown to users; any further entries are aliases.
             * @example [
             *       "tenant-hostname.us.qlikcloud.com",
             *       "tenant-alias-hostname.us.qlikcloud.com"
             *     ]
             */
            hostnames: string[];
            /**
             * @description Region the tenant is hosted in.
             * @example us-east-1
             * @example eu-west-1
             */
            regionCode: string;
            /**
             * @description Country code of the tenant.
             * @example US
             */
            countryCode: string;
            /** @description ID of the user who created the tenant. */
            createdBy?: string;
            /** @description License number linked to the tenant. */
            licenseNumber?: string;
            /** @description ID of the subscription the tenant belongs to. */
            subscriptionId?: string;
            /**
             * Format: date-time
             * @description When the tenant's license begins.
             */
            licenseStartsAt?: string;
            /**
             * Format: date-time
             * @description When the tenant's license ends.
             */
            licenseEndsAt?: string;
            /**
             * Format: date-time
             * @description When deletion of the tenant is scheduled to begin.
             */
            deletionStartsAt?: string;
            /** @description Links related to the tenant. */
            links?: {
                /** @description Link to this tenant's own resource. */
                self?: components["schemas"]["Link"];
            };
        };
        /**
         * TenantList
         * @description One page of tenants, plus cursor links to the neighbouring pages.
         */
        TenantList: {
            /** @description The tenants on this page. */
            data: components["schemas"]["Tenant"][];
            links: components["schemas"]["TenantListLinks"];
            /** @description How many tenants match in total. Present only when the request set `totalResults=true`. */
            totalResults?: number;
        };
        /**
         * TenantCount
         * @description Number of tenants that satisfy the filter.
         */
        TenantCount: {
            /** @description Count of matching tenants. */
            total: number;
        };
        /**
         * TenantFilterRequest
         * @description Body of a tenant search, carrying the SCIM filter to apply.
         */
        TenantFilterRequest: {
            /** @description SCIM (RFC 7644) filter expression that selects tenants. The same attributes and operators apply as for the `filter` query parameter of `listTenants`; the expression is expected to name a `subscriptionId`. */
            filter: string;
        };
    };
    responses: {
        /** @description The request was rejected as invalid; check the parameters and the body. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "code": "HTTP-400",
                 *           "title": "Bad Request",
                 *           "detail": "A parameter, header or the body does not match what this operation accepts."
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The access token was missing, not valid, or past its expiry. Fetch a fresh token and repeat the call. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "code": "HTTP-401",
                 *           "title": "Unauthorized"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The caller does not have the permissions this operation needs. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "code": "HTTP-403",
                 *           "title": "Forbidden",
                 *           "detail": "The caller is not allowed to manage OAuth clients."
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Nothing exists at the given identifier. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "code": "HTTP-404",
                 *           "title": "Not Found",
                 *           "detail": "No OAuth client exists with the given ID."
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The client already holds the maximum of 5 secrets, so a sixth cannot be added. Delete an existing secret first. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "code": "HTTP-409",
                 *           "title": "Conflict",
                 *           "detail": "The OAuth client already has 5 client secrets."
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Something failed on Qlik's side. Retry later. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "code": "HTTP-500",
                 *           "title": "Internal Server Error"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Qlik cannot serve the request right now; nothing was changed, so sending it again later is safe. */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "code": "HTTP-503",
                 *           "title": "Service Unavailable"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The caller went over the rate limit of this operation's tier, and every operation in that tier is blocked for now. Wait for the number of seconds in `Retry-After` before trying again. */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "code": "HTTP-429",
                 *           "title": "API rate limit reached."
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The token request is malformed, for example invalid JSON or a missing field. Make sure the body is valid JSON and carries `client_id`, `client_secret` and `grant_type`. */
        TokenBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "code": "HTTP-400",
                 *           "title": "Bad Request",
                 *           "detail": "grant_type is missing."
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The client credentials are wrong or no longer valid. Check `client_id` and `client_secret`. */
        TokenUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "code": "HTTP-401",
                 *           "title": "Unauthorized",
                 *           "detail": "Invalid client credentials."
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request is invalid, for example a malformed SCIM filter, a bad query parameter or tenant ID, or (when counting) a filter without a `subscriptionId`. */
        TenantsBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "code": "TENANTS-400",
                 *           "title": "Invalid filter expression",
                 *           "status": "400",
                 *           "detail": "The filter could not be parsed.",
                 *           "source": {
                 *             "parameter": "filter"
                 *           }
                 *         }
                 *       ],
                 *       "traceId": "5f2b6c9a1e4d3b7a"
                 *     }
                 */
                "application/json": components["schemas"]["TenantsError"];
            };
        };
        /** @description Access is refused. Either the OAuth client has no permission to use the organization APIs (make sure it was created in the Cloud Console, and recreate it if the problem remains), or the request targets a subscription outside the caller's organization. */
        TenantsForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "code": "TENANTS-403",
                 *           "title": "Forbidden",
                 *           "status": "403",
                 *           "detail": "The subscription is not part of your organization."
                 *         }
                 *       ],
                 *       "traceId": "5f2b6c9a1e4d3b7b"
                 *     }
                 */
                "application/json": components["schemas"]["TenantsError"];
            };
        };
        /** @description No tenant with this ID is visible to the caller. */
        TenantsNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "code": "TENANTS-404",
                 *           "title": "Not Found",
                 *           "status": "404",
                 *           "detail": "Tenant not found."
                 *         }
                 *       ],
                 *       "traceId": "5f2b6c9a1e4d3b7c"
                 *     }
                 */
                "application/json": components["schemas"]["TenantsError"];
            };
        };
    };
    parameters: {
        /** @description ID of the OAuth client to act on. */
        OAuthClientId: string;
        /** @description Hint of the client secret to delete, as listed in the client's `clientSecrets`. */
        ClientSecretHintValue: string;
        /** @description Safety check for the deletion: must carry exactly the same value as the `id` path parameter, i.e. the ID of the OAuth client being deleted. */
        QlikConfirmDelete: string;
        /**
         * @description Narrows the list with a filter expression in the syntax of RFC 7644 (SCIM). The attributes that can be filtered on are `clientId`, `clientName` and `appType`.
         * @example appType eq "web"
         */
        OAuthClientListFilter: string;
        /** @description Upper bound on how many OAuth clients a single page holds. */
        OAuthClientListLimit: number;
        /** @description Cursor of the page after the current one. Take it from `links.next.href` rather than constructing it. */
        OAuthClientListNext: string;
        /** @description Cursor of the page before the current one. Take it from `links.prev.href` rather than constructing it. */
        OAuthClientListPrev: string;
        /** @description Field that orders the results, prefixed with `+` (ascending) or `-` (descending). Sortable fields: `clientId`, `clientName`, `appType`, `createdAt`, `updatedAt`. In a raw query string, write `+` as `%2B`. */
        OAuthClientListSort: "+clientId" | "-clientId" | "+clientName" | "-clientName" | "+appType" | "-appType" | "+createdAt" | "-createdAt" | "+updatedAt" | "-updatedAt";
        /** @description Set to `true` to have the response include `totalResults`, the number of matching OAuth clients. With `false`, or when left out, the field is not returned. */
        OAuthClientListTotalResults: boolean;
        /**
         * @description ID of the tenant to fetch.
         * @example TiQ8GPVr8qI714Lp5ChAAFFaU24MJy69
         */
        TenantId: string;
        /**
         * @description SCIM (RFC 7644) filter expression that narrows the tenants returned.
         *
         *     Attributes: `subscriptionId` (Qlik's reference treats it as required in the
         *     expression), `regionCode`, `countryCode`, `name`, `hostnames`, `createdAt`,
         *     `updatedAt`, `id`, `status` and `originalId`.
         *
         *     Logical operators: `and`, `or`, `not`. Comparison operators: `eq`, `ne`,
         *     `gt`, `ge`, `lt`, `le`, `co`. Not every attribute accepts every operator:
         *
         *     | Attribute | Operators accepted |
         *     | --- | --- |
         *     | `regionCode`, `status` | `eq`, `ne` |
         *     | `subscriptionId`, `name`, `hostnames`, `id`, `originalId` | `eq` |
         *
         *     Qlik's reference names no per-attribute restriction for `countryCode`,
         *     `createdAt` and `updatedAt`.
         *
         *     Filtering on a `subscriptionId` outside your organization is refused with `403`.
         * @example subscriptionId eq "9876543210987654" and status eq "active"
         */
        TenantListFilter: string;
        /**
         * @description SCIM (RFC 7644) filter expression selecting the tenants to count. It must name a `subscriptionId`; attributes and operators are the same as for the `filter` parameter of `listTenants`. A `subscriptionId` outside your organization is refused with `403`.
         * @example subscriptionId eq "9876543210987654"
         */
        TenantCountFilter: string;
        /** @description Largest number of tenants to return in one page (0 to 100). */
        TenantListLimit: number;
        /** @description Cursor (a tenant ID) for the page after the current one. Cursors cannot be worked out on the client side: follow `links.next.href` exactly as returned. */
        TenantListNext: string;
        /** @description Cursor (a tenant ID) for the page before the current one. Cursors cannot be worked out on the client side: follow `links.prev.href` exactly as returned. */
        TenantListPrev: string;
        /**
         * @description Comma-separated list of fields to order by. Put `-` in front of a field for descending order; `+` or no prefix means ascending (write `+` as `%2B` in a raw query string). Sortable fields: `name`, `regionCode`, `countryCode`, `hostnames`, `createdAt`, `updatedAt`, `status`, `subscriptionId`.
         * @example -createdAt,name
         */
        TenantListSort: string;
        /** @description Set to `"true"` to have the response include `totalResults`, the number of matching tenants. */
        TenantListTotalResults: "true" | "false";
    };
    requestBodies: never;
    headers: {
        /**
         * @description Number of seconds to wait before sending another request in the blocked tier.
         * @example 30
         */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    requestToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "client_id": "<CLIENT_ID>",
                 *       "client_secret": "<CLIENT_SECRET>",
                 *       "grant_type": "client_credentials"
                 *     }
                 */
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description Token issued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access_token": "<ACCESS_TOKEN>",
                     *       "token_type": "Bearer",
                     *       "scope": "cloud-console.tenants:read",
                     *       "expires_in": 21600,
                     *       "expires_at": "2026-04-08T15:45:03.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: components["responses"]["TokenBadRequest"];
            401: components["responses"]["TokenUnauthorized"];
        };
    };
    listTenants: {
        parameters: {
            query?: {
                /**
                 * @description SCIM (RFC 7644) filter expression that narrows the tenants returned.
                 *
                 *     Attributes: `subscriptionId` (Qlik's reference treats it as required in the
                 *     expression), `regionCode`, `countryCode`, `name`, `hostnames`, `createdAt`,
                 *     `updatedAt`, `id`, `status` and `originalId`.
                 *
                 *     Logical operators: `and`, `or`, `not`. Comparison operators: `eq`, `ne`,
                 *     `gt`, `ge`, `lt`, `le`, `co`. Not every attribute accepts every operator:
                 *
                 *     | Attribute | Operators accepted |
                 *     | --- | --- |
                 *     | `regionCode`, `status` | `eq`, `ne` |
                 *     | `subscriptionId`, `name`, `hostnames`, `id`, `originalId` | `eq` |
                 *
                 *     Qlik's reference names no per-attribute restriction for `countryCode`,
                 *     `createdAt` and `updatedAt`.
                 *
                 *     Filtering on a `subscriptionId` outside your organization is refused with `403`.
                 * @example subscriptionId eq "9876543210987654" and status eq "active"
                 */
                filter?: components["parameters"]["TenantListFilter"];
                /** @description Largest number of tenants to return in one page (0 to 100). */
                limit?: components["parameters"]["TenantListLimit"];
                /** @description Cursor (a tenant ID) for the page after the current one. Cursors cannot be worked out on the client side: follow `links.next.href` exactly as returned. */
                next?: components["parameters"]["TenantListNext"];
                /** @description Cursor (a tenant ID) for the page before the current one. Cursors cannot be worked out on the client side: follow `links.prev.href` exactly as returned. */
                prev?: components["parameters"]["TenantListPrev"];
                /**
                 * @description Comma-separated list of fields to order by. Put `-` in front of a field for descending order; `+` or no prefix means ascending (write `+` as `%2B` in a raw query string). Sortable fields: `name`, `regionCode`, `countryCode`, `hostnames`, `createdAt`, `updatedAt`, `status`, `subscriptionId`.
                 * @example -createdAt,name
                 */
                sort?: components["parameters"]["TenantListSort"];
                /** @description Set to `"true"` to have the response include `totalResults`, the number of matching tenants. */
                totalResults?: components["parameters"]["TenantListTotalResults"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tenants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantList"];
                };
            };
            400: components["responses"]["TenantsBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["TenantsForbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    getTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the tenant to fetch.
                 * @example TiQ8GPVr8qI714Lp5ChAAFFaU24MJy69
                 */
                tenantId: components["parameters"]["TenantId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requested tenant. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            400: components["responses"]["TenantsBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["TenantsForbidden"];
            404: components["responses"]["TenantsNotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    countTenants: {
        parameters: {
            query: {
                /**
                 * @description SCIM (RFC 7644) filter expression selecting the tenants to count. It must name a `subscriptionId`; attributes and operators are the same as for the `filter` parameter of `listTenants`. A `subscriptionId` outside your organization is refused with `403`.
                 * @example subscriptionId eq "9876543210987654"
                 */
                filter: components["parameters"]["TenantCountFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Number of matching tenants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "total": 42
                     *     }
                     */
                    "application/json": components["schemas"]["TenantCount"];
                };
            };
            400: components["responses"]["TenantsBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["TenantsForbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    filterTenants: {
        parameters: {
            query?: {
                /** @description Largest number of tenants to return in one page (0 to 100). */
                limit?: components["parameters"]["TenantListLimit"];
                /** @description Cursor (a tenant ID) for the page after the current one. Cursors cannot be worked out on the client side: follow `links.next.href` exactly as returned. */
                next?: components["parameters"]["TenantListNext"];
                /** @description Cursor (a tenant ID) for the page before the current one. Cursors cannot be worked out on the client side: follow `links.prev.href` exactly as returned. */
                prev?: components["parameters"]["TenantListPrev"];
                /**
                 * @description Comma-separated list of fields to order by. Put `-` in front of a field for descending order; `+` or no prefix means ascending (write `+` as `%2B` in a raw query string). Sortable fields: `name`, `regionCode`, `countryCode`, `hostnames`, `createdAt`, `updatedAt`, `status`, `subscriptionId`.
                 * @example -createdAt,name
                 */
                sort?: components["parameters"]["TenantListSort"];
                /** @description Set to `"true"` to have the response include `totalResults`, the number of matching tenants. */
                totalResults?: components["parameters"]["TenantListTotalResults"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "filter": "subscriptionId eq \"9876543210987654\" and regionCode eq \"us-east-1\""
                 *     }
                 */
                "application/json": components["schemas"]["TenantFilterRequest"];
            };
        };
        responses: {
            /** @description A page of matching tenants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantList"];
                };
            };
            400: components["responses"]["TenantsBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["TenantsForbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    listOAuthClients: {
        parameters: {
            query?: {
                /**
                 * @description Narrows the list with a filter expression in the syntax of RFC 7644 (SCIM). The attributes that can be filtered on are `clientId`, `clientName` and `appType`.
                 * @example appType eq "web"
                 */
                filter?: components["parameters"]["OAuthClientListFilter"];
                /** @description Upper bound on how many OAuth clients a single page holds. */
                limit?: components["parameters"]["OAuthClientListLimit"];
                /** @description Cursor of the page after the current one. Take it from `links.next.href` rather than constructing it. */
                next?: components["parameters"]["OAuthClientListNext"];
                /** @description Cursor of the page before the current one. Take it from `links.prev.href` rather than constructing it. */
                prev?: components["parameters"]["OAuthClientListPrev"];
                /** @description Field that orders the results, prefixed with `+` (ascending) or `-` (descending). Sortable fields: `clientId`, `clientName`, `appType`, `createdAt`, `updatedAt`. In a raw query string, write `+` as `%2B`. */
                sort?: components["parameters"]["OAuthClientListSort"];
                /** @description Set to `true` to have the response include `totalResults`, the number of matching OAuth clients. With `false`, or when left out, the field is not returned. */
                totalResults?: components["parameters"]["OAuthClientListTotalResults"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of OAuth clients. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "appType": "web",
                     *           "logoUri": "string",
                     *           "clientUri": "string",
                     *           "createdAt": "2025-11-06T14:30:00.123456Z",
                     *           "deletedAt": "2025-11-06T15:45:30.789012Z",
                     *           "updatedAt": "2025-11-06T16:20:15.456789Z",
                     *           "clientName": "string",
                     *           "disableTag": "string",
                     *           "publicKeys": [
                     *             {
                     *               "e": "AQAB",
                     *               "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx",
                     *               "x": "WKn-ZIGevcwGIyyrzFoZNBdaq9_TsqzGl96oc0CWuis",
                     *               "y": "y77t-RvAHRKTsSGdIYUfweuOvwrvDD-Q3Hv5J0fSKbE",
                     *               "alg": "RS256",
                     *               "crv": "P-384",
                     *               "kid": "key-1",
                     *               "kty": "RSA",
                     *               "use": "sig"
                     *             }
                     *           ],
                     *           "description": "string",
                     *           "publishedAt": "2025-11-06T17:00:00.321654Z",
                     *           "allowedScopes": [
                     *             "string"
                     *           ],
                     *           "clientSecrets": [
                     *             {
                     *               "hint": "string",
                     *               "createdAt": "2025-12-03T14:59:46.331Z",
                     *               "createdBy": "string"
                     *             }
                     *           ],
                     *           "connectionConfig": {
                     *             "status": "string",
                     *             "consentMethod": "required",
                     *             "deletedByOwner": true
                     *           },
                     *           "allowedGrantTypes": [
                     *             "client_credentials"
                     *           ],
                     *           "allowedAuthMethods": [
                     *             "client_secret"
                     *           ],
                     *           "clientId": "string",
                     *           "redirectUris": [
                     *             "string"
                     *           ],
                     *           "allowedOrigins": [
                     *             "string"
                     *           ]
                     *         }
                     *       ],
                     *       "links": {
                     *         "next": {
                     *           "href": "string"
                     *         },
                     *         "prev": {
                     *           "href": "string"
                     *         },
                     *         "self": {
                     *           "href": "string"
                     *         }
                     *       },
                     *       "totalResults": 42
                     *     }
                     */
                    "application/json": components["schemas"]["OAuthClientList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createOAuthClient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "appType": "web",
                 *       "logoUri": "https://org.us.qlik.com/logo.png",
                 *       "clientUri": "https://org.us.qlik.com/",
                 *       "clientName": "My_test_application",
                 *       "publicKeys": [
                 *         {
                 *           "e": "AQAB",
                 *           "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx",
                 *           "x": "WKn-ZIGevcwGIyyrzFoZNBdaq9_TsqzGl96oc0CWuis",
                 *           "y": "y77t-RvAHRKTsSGdIYUfweuOvwrvDD-Q3Hv5J0fSKbE",
                 *           "alg": "RS256",
                 *           "crv": "P-384",
                 *           "kid": "key-1",
                 *           "kty": "RSA",
                 *           "use": "sig"
                 *         }
                 *       ],
                 *       "description": "A test application client",
                 *       "redirectUris": [
                 *         "https://org.us.qlik.com/home"
                 *       ],
                 *       "allowedScopes": [
                 *         "automations"
                 *       ],
                 *       "allowedOrigins": [
                 *         "https://qlik.com"
                 *       ],
                 *       "connectionConfig": {
                 *         "consentMethod": "trusted"
                 *       },
                 *       "allowedGrantTypes": [
                 *         "client_credentials"
                 *       ],
                 *       "allowedAuthMethods": [
                 *         "client_secret"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["OAuthClientCreateRequest"];
            };
        };
        responses: {
            /** @description The OAuth client was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "appType": "web",
                     *       "logoUri": "string",
                     *       "clientUri": "string",
                     *       "createdAt": "2025-11-06T14:30:00.123456Z",
                     *       "deletedAt": "2025-11-06T15:45:30.789012Z",
                     *       "updatedAt": "2025-11-06T16:20:15.456789Z",
                     *       "clientName": "string",
                     *       "disableTag": "string",
                     *       "publicKeys": [
                     *         {
                     *           "e": "AQAB",
                     *           "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx",
                     *           "x": "WKn-ZIGevcwGIyyrzFoZNBdaq9_TsqzGl96oc0CWuis",
                     *           "y": "y77t-RvAHRKTsSGdIYUfweuOvwrvDD-Q3Hv5J0fSKbE",
                     *           "alg": "RS256",
                     *           "crv": "P-384",
                     *           "kid": "key-1",
                     *           "kty": "RSA",
                     *           "use": "sig"
                     *         }
                     *       ],
                     *       "description": "string",
                     *       "publishedAt": "2025-11-06T17:00:00.321654Z",
                     *       "allowedScopes": [
                     *         "string"
                     *       ],
                     *       "clientSecrets": [
                     *         {
                     *           "hint": "string",
                     *           "createdAt": "2025-12-03T14:59:46.331Z",
                     *           "createdBy": "string"
                     *         }
                     *       ],
                     *       "connectionConfig": {
                     *         "consentMethod": "required"
                     *       },
                     *       "allowedGrantTypes": [
                     *         "client_credentials"
                     *       ],
                     *       "allowedAuthMethods": [
                     *         "client_secret"
                     *       ],
                     *       "clientId": "string",
                     *       "clientSecret": "string",
                     *       "redirectUris": [
                     *         "string"
                     *       ],
                     *       "allowedOrigins": [
                     *         "string"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OAuthClientCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOAuthClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the OAuth client to act on. */
                id: components["parameters"]["OAuthClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requested OAuth client. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "appType": "web",
                     *       "logoUri": "string",
                     *       "clientUri": "string",
                     *       "createdAt": "2025-11-06T14:30:00.123456Z",
                     *       "deletedAt": "2025-11-06T15:45:30.789012Z",
                     *       "updatedAt": "2025-11-06T16:20:15.456789Z",
                     *       "clientName": "string",
                     *       "disableTag": "string",
                     *       "publicKeys": [
                     *         {
                     *           "e": "AQAB",
                     *           "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx",
                     *           "x": "WKn-ZIGevcwGIyyrzFoZNBdaq9_TsqzGl96oc0CWuis",
                     *           "y": "y77t-RvAHRKTsSGdIYUfweuOvwrvDD-Q3Hv5J0fSKbE",
                     *           "alg": "RS256",
                     *           "crv": "P-384",
                     *           "kid": "key-1",
                     *           "kty": "RSA",
                     *           "use": "sig"
                     *         }
                     *       ],
                     *       "description": "string",
                     *       "publishedAt": "2025-11-06T17:00:00.321654Z",
                     *       "allowedScopes": [
                     *         "string"
                     *       ],
                     *       "clientSecrets": [
                     *         {
                     *           "hint": "string",
                     *           "createdAt": "2025-11-06T14:30:00.123456Z",
                     *           "createdBy": "string"
                     *         }
                     *       ],
                     *       "connectionConfig": {
                     *         "consentMethod": "required"
                     *       },
                     *       "allowedGrantTypes": [
                     *         "client_credentials"
                     *       ],
                     *       "allowedAuthMethods": [
                     *         "client_secret"
                     *       ],
                     *       "clientId": "string",
                     *       "redirectUris": [
                     *         "string"
                     *       ],
                     *       "allowedOrigins": [
                     *         "string"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OAuthClient"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteOAuthClient: {
        parameters: {
            query?: never;
            header: {
                /** @description Safety check for the deletion: must carry exactly the same value as the `id` path parameter, i.e. the ID of the OAuth client being deleted. */
                "qlik-confirm-delete": components["parameters"]["QlikConfirmDelete"];
            };
            path: {
                /** @description ID of the OAuth client to act on. */
                id: components["parameters"]["OAuthClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OAuth client is gone; there is no response body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    patchOAuthClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the OAuth client to act on. */
                id: components["parameters"]["OAuthClientId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "op": "add",
                 *         "path": "/clientName",
                 *         "value": "string"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["OAuthClientPatchRequest"];
            };
        };
        responses: {
            /** @description The change was applied and produced a new client secret, which is returned in the body. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "clientSecret": "a1b2c3d4e5f6..."
                     *     }
                     */
                    "application/json": components["schemas"]["OAuthClientSecretRotated"];
                };
            };
            /** @description The change was applied; there is no response body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createOAuthClientSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the OAuth client to act on. */
                id: components["parameters"]["OAuthClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secret was created. Its value appears in this response only and cannot be fetched again. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "hint": "string",
                     *       "clientId": "string",
                     *       "createdAt": "2025-11-06T14:30:00.123456Z",
                     *       "createdBy": "string",
                     *       "clientSecret": "string"
                     *     }
                     */
                    "application/json": components["schemas"]["OAuthClientSecretCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteOAuthClientSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the OAuth client to act on. */
                id: components["parameters"]["OAuthClientId"];
                /** @description Hint of the client secret to delete, as listed in the client's `clientSecrets`. */
                hint: components["parameters"]["ClientSecretHintValue"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secret is gone; there is no response body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
