// Wires the pieces: the send path, the token source on it, the generated resource methods on the
// resource core, and openapi-fetch's path-based surface on the same send path.

import { createResources, type paths, type Resources } from "@qlik-org/generated";
import type { Client } from "openapi-fetch";
import { type ClientCredentialsAuth, createTokenSource } from "./auth.js";
import { resolveBaseUrl } from "./base-url.js";
import { createRedactingLogger } from "./logger.js";
import { type OrgClientOptions, resolveTimeoutMs } from "./options.js";
import { createPathSurface } from "./path-surface.js";
import { Redactor } from "./redact.js";
import type { RequestOptions } from "./request-options.js";
import { createResourceCore, type TokenOptions } from "./resource-core.js";
import { resolveRetryState } from "./retry.js";
import type { SendContext } from "./send.js";
import { Throttle } from "./throttle.js";
import { createTokenRequest } from "./token-request.js";
import { VERSION } from "./version.js";

/**
 * A client of the organization APIs: the generated resource methods (`org.tenants.list()`, …),
 * which return data and throw typed errors, plus openapi-fetch's path-based `GET`/`POST`/… .
 */
export interface OrgClient extends Client<paths>, Resources<RequestOptions, TokenOptions> {}

/** Creates a client; throws when an option is invalid (for example a non-https base URL). */
export function createOrgClient(options: OrgClientOptions): OrgClient {
  if (typeof options !== "object" || options === null) {
    throw new TypeError("createOrgClient needs options, at least { auth }");
  }
  const baseUrl = resolveBaseUrl(options.baseUrl);
  const redactor = new Redactor();
  const userAgent = options.userAgent
    ? `${options.userAgent} qlik-org-client/${VERSION}`
    : `qlik-org-client/${VERSION}`;
  const ctx: SendContext = {
    baseUrl,
    fetch: options.fetch,
    defaults: {
      signal: undefined,
      headers: undefined,
      timeoutMs: resolveTimeoutMs(options.timeoutMs),
      retry: resolveRetryState(options.retry),
    },
    throttle: options.throttle === false ? undefined : new Throttle(options.throttle),
    userAgent,
    log: createRedactingLogger(options.logger, redactor),
    redactor,
    hooks: options.hooks,
    tokens: undefined,
  };
  // Only called for client credentials, which createTokenSource checks first.
  const requestToken = createTokenRequest(ctx, options.auth as ClientCredentialsAuth);
  const tokens = createTokenSource(options.auth, { requestToken, redactor, log: ctx.log });
  ctx.tokens = tokens;

  // Middleware added with use() runs on the path-based surface only (see the README, "Middleware").
  return Object.assign(createPathSurface(ctx), createResources(createResourceCore(ctx, tokens)));
}
