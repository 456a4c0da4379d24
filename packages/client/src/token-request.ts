// The client-credentials exchange at /oauth/token, sent through an internal openapi-fetch client on
// the client's transport (time limit, retries, logging), without the caller's middleware.

import { operationMetadata, type paths, type TokenResponse } from "@qlik-org/generated";
import type { Client } from "openapi-fetch";
import type { ClientCredentialsAuth } from "./auth.js";
import { errorFromResponse } from "./error-from-response.js";
import { ConnectionError, TimeoutError, TokenRequestError } from "./errors.js";
import type { RedactingLogger } from "./logger.js";
import type { Redactor } from "./redact.js";

const PREFIX = "Could not obtain an access token";

function isTokenResponse(value: unknown): value is TokenResponse {
  const token = (value as { access_token?: unknown } | null)?.access_token;
  return typeof token === "string" && token !== "";
}

/**
 * Builds the function that asks `/oauth/token` for a token. An error response throws
 * TokenRequestError; no response at all (after the transport's retries) throws ConnectionError or
 * TimeoutError, whose message starts "Could not obtain an access token".
 */
export function createTokenRequest(deps: {
  client: Client<paths>;
  credentials: ClientCredentialsAuth;
  baseUrl: string;
  redactor: Redactor;
  log: RedactingLogger;
}): () => Promise<TokenResponse> {
  const { client, credentials, redactor, log } = deps;
  const meta = operationMetadata.requestToken;
  const request = { method: meta.method, url: `${deps.baseUrl}${meta.path}` };
  // The fields of a TokenRequestError the client builds itself: the body is not kept, since
  // whatever it holds may be a credential.
  const noDetails = {
    code: undefined,
    title: undefined,
    detail: undefined,
    errors: [],
    body: undefined,
    operationId: meta.operationId,
    requestId: undefined,
    retryAfterMs: undefined,
    request,
  };
  const report = (error: TokenRequestError) => {
    log.error?.(error.message);
    return error;
  };
  const send = () =>
    client.POST(meta.path, {
      body: {
        client_id: credentials.clientId,
        client_secret: credentials.clientSecret,
        grant_type: "client_credentials",
      },
      parseAs: "text" as const,
    });
  // The transport already retried; say what the failed request was for.
  const reportTransport = (error: unknown) => {
    if (!(error instanceof ConnectionError || error instanceof TimeoutError)) return error;
    const init = {
      message: `${PREFIX}: ${error.message}`,
      operationId: error.operationId,
      request: error.request,
      attempts: error.attempts,
      // Already the transport's redacted copy (see safe-cause.ts), not fetch's own error.
      cause: error.cause,
    };
    const reported =
      error instanceof TimeoutError
        ? new TimeoutError({ ...init, timeoutMs: error.timeoutMs })
        : new ConnectionError(init);
    log.error?.(reported.message);
    return reported;
  };

  return async () => {
    let result: Awaited<ReturnType<typeof send>>;
    try {
      result = await send();
    } catch (error) {
      throw reportTransport(error);
    }
    const { response } = result;
    if (!response.ok) {
      const failed = { response, body: result.error, operationId: meta.operationId, request };
      throw report(
        errorFromResponse(failed, redactor, TokenRequestError, PREFIX) as TokenRequestError,
      );
    }
    let token: unknown;
    try {
      // parseAs "text" makes data the raw body; openapi-fetch's inline-option typing misses that.
      token = JSON.parse((result.data as unknown as string | undefined) ?? "");
    } catch {
      token = undefined;
    }
    if (isTokenResponse(token)) return token;
    throw report(
      new TokenRequestError({
        ...noDetails,
        status: response.status,
        message: `${PREFIX}: the ${response.status} response carried no access_token [${meta.operationId}]`,
      }),
    );
  };
}
