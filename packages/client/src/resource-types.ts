// The generated resource interfaces, with this client's per-call options filled in.

import type * as generated from "@qlik-org/generated";
import type { RequestOptions } from "./request-options.js";
import type { TokenOptions } from "./resource-core.js";

export type {
  ClientSecretHintValue,
  CountTenantsFilter,
  FilterTenantsQuery,
  ListOAuthClientsQuery,
  ListTenantsQuery,
  OAuthClientId,
  TenantId,
} from "@qlik-org/generated";

/** Access to the client's bearer token (`org.auth`). */
export type AuthResource = generated.AuthResource<TokenOptions>;

/** The OAuth-client operations (`org.oauthClients`). */
export type OAuthClientsResource = generated.OAuthClientsResource<RequestOptions>;

/** The tenant operations (`org.tenants`). */
export type TenantsResource = generated.TenantsResource<RequestOptions>;
