// Builds the typed, redacted error for a non-2xx response.

import type { OperationId } from "@qlik-org/generated";
import { errorMessage, summarizeErrorBody } from "./error-body.js";
import {
  createApiError,
  type ErrorRequest,
  isRedirect,
  type OrgApiError,
  type OrgApiErrorInit,
} from "./errors.js";
import type { Redactor } from "./redact.js";
import { parseRetryAfter } from "./retry.js";

/** Headers that carry the server's id for a request, most specific first. */
export const REQUEST_ID_HEADERS = [
  "x-request-id",
  "request-id",
  "x-correlation-id",
  "x-amzn-requestid",
];

/** Everything known about a failed response. */
export interface FailedResponse {
  /** The response as it arrived. */
  response: Response;
  /** The body openapi-fetch read: parsed JSON, the raw text when it was not JSON, or undefined. */
  body: unknown;
  /** The operation the request belonged to. */
  operationId: OperationId | undefined;
  /** The request that got this response. */
  request: ErrorRequest;
}

/**
 * Creates the error for a failed response. `ErrorClass` forces a class and `prefix` leads the
 * message: both are the token request's, whose body holds the client secret.
 */
export function errorFromResponse(
  failed: FailedResponse,
  redactor: Redactor,
  ErrorClass?: new (init: OrgApiErrorInit) => OrgApiError,
  prefix?: string,
): OrgApiError {
  const { response, operationId, request } = failed;
  const body = redactor.value(failed.body);
  const raw = summarizeErrorBody(body);
  // readableText decodes HTML entities, which can reveal a credential (`client_secret=&quot;…`)
  // that the redaction of the raw body could not see; so the decoded text is redacted again.
  const summary = raw.text === undefined ? raw : { ...raw, text: redactor.text(raw.text) };
  let requestId: string | undefined;
  for (const name of REQUEST_ID_HEADERS) {
    requestId = response.headers.get(name) ?? undefined;
    if (requestId) break;
  }
  requestId = requestId ? redactor.text(requestId) : summary.traceId;
  const redirect = isRedirect(response);
  const location = redirect ? (response.headers.get("location") ?? undefined) : undefined;
  // A redirect's body is a "moved" page; where it points, and why it was not followed, say more.
  const shown = redirect
    ? {
        ...summary,
        title: undefined,
        errors: [],
        detail: `redirect to ${location ?? "(hidden)"} not followed, because the request carries ${prefix ? "the client secret" : "credentials"}`,
      }
    : summary;
  const init: OrgApiErrorInit = {
    status: response.status,
    message: redactor.text(
      (prefix ? `${prefix}: ` : "") +
        errorMessage(response.status, response.statusText, shown, {
          operationId,
          requestId,
          method: request.method,
        }),
    ),
    code: summary.code,
    title: summary.title,
    detail: summary.detail,
    errors: summary.errors,
    body: summary.text ?? body,
    operationId,
    requestId,
    retryAfterMs: parseRetryAfter(response.headers.get("retry-after"), Date.now()),
    request: { method: request.method, url: redactor.text(request.url) },
    location: location === undefined ? undefined : redactor.text(location),
  };
  return ErrorClass ? new ErrorClass(init) : createApiError(init);
}
