// Public entry point: wires and re-exports.

export { resourceMethodByOperationId } from "@qlik-org/generated";
export type { AccessTokenAuth, AuthOptions, ClientCredentialsAuth } from "./auth.js";
export { DEFAULT_BASE_URL } from "./base-url.js";
export { createOrgClient, type OrgClient } from "./create-org-client.js";
export type { ApiErrorItem } from "./error-body.js";
export {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  type ErrorRequest,
  InternalServerError,
  InvalidResponseError,
  type InvalidResponseErrorInit,
  NotFoundError,
  OrgApiError,
  type OrgApiErrorInit,
  OrgClientError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  ServiceUnavailableError,
  TimeoutError,
  TokenRequestError,
  type TransportErrorInit,
} from "./errors.js";
export type { Logger } from "./logger.js";
export type { OrgClientOptions } from "./options.js";
export type { RequestOptions } from "./request-options.js";
export type { TokenOptions } from "./resource-core.js";
export type {
  AuthResource,
  ClientSecretHintValue,
  CountTenantsFilter,
  FilterTenantsQuery,
  ListOAuthClientsQuery,
  ListTenantsQuery,
  OAuthClientId,
  OAuthClientsResource,
  TenantId,
  TenantsResource,
} from "./resource-types.js";
export type { RetryOptions, RetryState } from "./retry.js";
export { defaultRetryState } from "./retry.js";
export type { FetchLike } from "./send.js";
export type { ThrottleOptions, TierThrottleOptions } from "./throttle.js";
export { VERSION } from "./version.js";
