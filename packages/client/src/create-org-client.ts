// Wires the pieces: the send path, the token source on it, the generated resource methods on the
// resource core, and openapi-fetch's path-based surface on the path transport.

import { createResources, type paths, type Resources } from "@qlik-org/generated";
import type { Client } from "openapi-fetch";
import * as openapiFetch from "openapi-fetch";
import { type ClientCredentialsAuth, createTokenSource } from "./auth.js";
import { resolveBaseUrl } from "./base-url.js";
import { createRedactingLogger } from "./logger.js";
import { type OrgClientOptions, resolveTimeoutMs } from "./options.js";
import { createPathTransport } from "./path-transport.js";
import { Redactor } from "./redact.js";
import type { RequestOptions } from "./request-options.js";
import { createResourceCore, type TokenOptions } from "./resource-core.js";
import { resolveRetryState } from "./retry.js";
import type { SendContext } from "./send.js";
import { Throttle } from "./throttle.js";
import { createTokenRequest } from "./token-request.js";
import { VERSION } from "./version.js";

// openapi-fetch's CJS build puts createClient on `exports.default`. Our CJS build wraps that module
// the way Node imports CommonJS (the whole `exports` as the default), so there it sits one level
// deeper than in ESM.
const createClient = (
  typeof openapiFetch.default === "function"
    ? openapiFetch.default
    : (openapiFetch.default as unknown as { default: typeof openapiFetch.default }).default
) as typeof openapiFetch.default;

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
    tokens: undefined,
  };
  // Only called for client credentials, which createTokenSource checks first.
  const requestToken = createTokenRequest(ctx, options.auth as ClientCredentialsAuth);
  const tokens = createTokenSource(options.auth, { requestToken, redactor, log: ctx.log });
  ctx.tokens = tokens;

  // Middleware added with use() runs on this surface only (see the README, "Middleware").
  const client = createClient<paths>({ baseUrl, fetch: createPathTransport(ctx) });
  return Object.assign(client, createResources(createResourceCore(ctx, tokens)));
}
