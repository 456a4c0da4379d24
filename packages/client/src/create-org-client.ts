// Wires the pieces: the openapi-fetch client whose fetch is the transport, a second one on the same
// transport (without the caller's middleware) for /oauth/token, and the resource methods on top.

import type { paths } from "@qlik-org/generated";
import type { Client, Middleware } from "openapi-fetch";
import * as openapiFetch from "openapi-fetch";
import { type ClientCredentialsAuth, createTokenSource } from "./auth.js";
import { resolveBaseUrl } from "./base-url.js";
import { createRedactingLogger } from "./logger.js";
import { type OrgClientOptions, resolveTimeoutMs } from "./options.js";
import { Redactor } from "./redact.js";
import { type AuthResource, createAuthResource } from "./resources/auth.js";
import type { ResourceContext } from "./resources/context.js";
import {
  createOAuthClientsResource,
  type OAuthClientsResource,
} from "./resources/oauth-clients.js";
import { createTenantsResource, type TenantsResource } from "./resources/tenants.js";
import { resolveRetryState } from "./retry.js";
import { Throttle } from "./throttle.js";
import { createTokenRequest } from "./token-request.js";
import { createTransport, type ResponseOutcome, type TransportContext } from "./transport.js";
import { VERSION } from "./version.js";

// openapi-fetch's CJS build puts createClient on `exports.default`. Our CJS build wraps that module
// the way Node imports CommonJS (the whole `exports` as the default), so there it sits one level
// deeper than in ESM.
const createClient = (
  typeof openapiFetch.default === "function"
    ? openapiFetch.default
    : (openapiFetch.default as unknown as { default: typeof openapiFetch.default }).default
) as typeof openapiFetch.default;

/** A client of the organization APIs: openapi-fetch's `GET`/`POST`/`PATCH`/`DELETE`/… plus resource methods. */
export interface OrgClient extends Client<paths> {
  /** OAuth-client operations; return data and throw typed errors. */
  readonly oauthClients: OAuthClientsResource;
  /** Tenant operations; return data and throw typed errors. */
  readonly tenants: TenantsResource;
  /** The bearer token the client sends. */
  readonly auth: AuthResource;
}

/** Creates a client; throws when an option is invalid (for example a non-https base URL). */
export function createOrgClient(options: OrgClientOptions): OrgClient {
  if (typeof options !== "object" || options === null) {
    throw new TypeError("createOrgClient needs options, at least { auth }");
  }
  const baseUrl = resolveBaseUrl(options.baseUrl);
  const redactor = new Redactor();
  const log = createRedactingLogger(options.logger, redactor);
  const outcomes = new WeakMap<Response, ResponseOutcome>();
  const ctx: TransportContext = {
    baseUrl,
    fetch: options.fetch,
    retry: resolveRetryState(options.retry),
    throttle: options.throttle === false ? undefined : new Throttle(options.throttle),
    timeoutMs: resolveTimeoutMs(options.timeoutMs),
    log,
    redactor,
    outcomes,
    tokens: undefined,
  };
  const transport = createTransport(ctx);
  const userAgent = options.userAgent
    ? `${options.userAgent} qlik-org-client/${VERSION}`
    : `qlik-org-client/${VERSION}`;
  // As a default header, a per-call `user-agent` header still wins.
  const client = createClient<paths>({
    baseUrl,
    fetch: transport,
    headers: { "user-agent": userAgent },
  });
  const middleware = new Set<Middleware>();
  const resources: ResourceContext = {
    client,
    transport,
    baseUrl,
    outcomes,
    redactor,
    hasMiddleware: () => middleware.size > 0,
  };

  const auth = options.auth;
  // Only called for client credentials, which createTokenSource checks first.
  const credentials = auth as ClientCredentialsAuth;
  // The token exchange has a client of its own on the same transport, so that middleware added with
  // use() never sees the client secret in its body nor the token in its answer.
  const tokenClient = createClient<paths>({
    baseUrl,
    fetch: transport,
    headers: { "user-agent": userAgent },
  });
  const requestToken = createTokenRequest({
    client: tokenClient,
    credentials,
    baseUrl,
    redactor,
    log,
  });
  const tokens = createTokenSource(auth, { requestToken, redactor, log });
  ctx.tokens = tokens;

  return {
    ...client,
    // Tracked so that resource methods build real Requests for middleware (see pending-request.ts).
    use: (...added) => {
      client.use(...added);
      for (const m of added) if (m) middleware.add(m);
    },
    eject: (...removed) => {
      client.eject(...removed);
      for (const m of removed) middleware.delete(m);
    },
    oauthClients: createOAuthClientsResource(resources),
    tenants: createTenantsResource(resources),
    auth: createAuthResource(tokens),
  };
}
