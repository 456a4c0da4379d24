// The client-credentials exchange: the generated request of the `x-client-token-grant` operation,
// sent on the one send path (time limit, retries, logging), out of sight of the caller's middleware.

import { requestTokenRequest, type TokenResponse } from "@qlik-org/generated";
import type { ClientCredentialsAuth } from "./auth.js";
import {
  parseBodyText,
  tokenMissingError,
  tokenStatusError,
  tokenTransportError,
} from "./error-factory.js";
import type { TokenRequestError } from "./errors.js";
import { type Exchange, type SendContext, send } from "./send.js";

function isTokenResponse(value: unknown): value is TokenResponse {
  const token = (value as { access_token?: unknown } | null)?.access_token;
  return typeof token === "string" && token !== "";
}

/**
 * Builds the function that asks `/oauth/token` for a token. An error response throws
 * TokenRequestError; no response at all (after the retries) throws ConnectionError or
 * TimeoutError, whose message starts "Could not obtain an access token".
 */
export function createTokenRequest(
  ctx: SendContext,
  credentials: ClientCredentialsAuth,
): () => Promise<TokenResponse> {
  const report = <E extends Error>(error: E): E => {
    ctx.log.error?.(error.message);
    return error;
  };
  return async () => {
    const built = requestTokenRequest(ctx.baseUrl, {
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
      grant_type: "client_credentials",
    });
    const { policy, url } = built;
    const request = { method: policy.method, url };
    let exchange: Exchange<string>;
    try {
      exchange = await send(ctx, { ...built, method: policy.method }, ctx.defaults, "text");
    } catch (error) {
      const reported = tokenTransportError(error);
      if (reported !== error) report(reported as Error);
      throw reported;
    }
    const { response, body } = exchange;
    if (!response.ok) {
      throw report<TokenRequestError>(
        tokenStatusError(
          { response, text: body, operationId: policy.operationId, request },
          ctx.redactor,
        ),
      );
    }
    const token = parseBodyText(body);
    if (isTokenResponse(token)) return token;
    throw report(tokenMissingError(response.status, policy.operationId, request));
  };
}
