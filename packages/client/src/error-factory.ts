// Every error the client throws about a request is built here, from what the send path learnt:
// an error status, a success whose body is not the promised JSON, or no response at all. Each
// message and field is redacted before it reaches an error (errors.ts holds the classes).

import type { OperationId } from "@qlik-org/generated";
import { errorMessage, readableText, reasonPhrase, summarizeErrorBody } from "./error-body.js";
import {
  ConnectionError,
  type ErrorRequest,
  errorClassByStatus,
  InvalidResponseError,
  OrgApiError,
  type OrgApiErrorInit,
  type OrgClientError,
  RedirectError,
  TimeoutError,
  TokenRequestError,
} from "./errors.js";
import type { Redactor } from "./redact.js";
import { parseRetryAfter } from "./retry.js";
import { safeCause } from "./safe-cause.js";

/** Headers that carry the server's id for a request, most specific first. */
export const REQUEST_ID_HEADERS = [
  "x-request-id",
  "request-id",
  "x-correlation-id",
  "x-amzn-requestid",
];

/** The statuses fetch would follow; 300 and 304 are answers, not redirects. */
const REDIRECT_STATUSES = [301, 302, 303, 307, 308];

/** Whether a response is a redirect fetch would follow, or a browser's opaque redirect (status 0). */
export function isRedirect(response: Response): boolean {
  return response.type === "opaqueredirect" || REDIRECT_STATUSES.includes(response.status);
}

/** Picks the error class for a status (a redirect's status is 3xx, or 0 in a browser) and builds the error. */
export function createApiError(init: OrgApiErrorInit): OrgApiError {
  const ErrorClass =
    errorClassByStatus[init.status] ??
    (init.status === 0 || REDIRECT_STATUSES.includes(init.status) ? RedirectError : OrgApiError);
  return new ErrorClass(init);
}

/** A body as parsed JSON, or the raw text when it is not JSON (undefined when empty). */
export function parseBodyText(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Everything known about a failed response. */
export interface FailedResponse {
  /** The response as it arrived. */
  response: Response;
  /** The body as text ("" when there was none). */
  text: string;
  /** The operation the request belonged to. */
  operationId: OperationId | undefined;
  /** The request that got this response. */
  request: ErrorRequest;
}

/**
 * The error for an error status. `ErrorClass` forces a class and `prefix` leads the message: both
 * are the token request's, whose body holds the client secret.
 */
export function apiError(
  failed: FailedResponse,
  redactor: Redactor,
  ErrorClass?: new (init: OrgApiErrorInit) => OrgApiError,
  prefix?: string,
): OrgApiError {
  const { response, operationId, request } = failed;
  const body = redactor.value(parseBodyText(failed.text));
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

const JSON_CONTENT_TYPE = /^application\/(?:[\w.+-]+\+)?json(?:\s*;|\s*$)/i;

/**
 * Parses the text of a 2xx body as JSON; throws InvalidResponseError when it is empty, of another
 * content type, or malformed. `safeToRetry` decides whether the message warns that it took effect.
 */
export function parseSuccessBody(
  text: string,
  response: Response,
  operation: { operationId: OperationId; safeToRetry: boolean },
  request: ErrorRequest,
  redactor: Redactor,
): unknown {
  const contentType = response.headers.get("content-type");
  let problem: string;
  if (!text) {
    problem = "an empty body where JSON was expected";
  } else if (contentType !== null && !JSON_CONTENT_TYPE.test(contentType)) {
    problem = `content type ${contentType} where JSON was expected: ${readableText(text)}`;
  } else {
    try {
      return JSON.parse(text);
    } catch (error) {
      problem = `malformed JSON (${(error as Error).message}): ${readableText(text)}`;
    }
  }
  const { operationId } = operation;
  const effect = operation.safeToRetry
    ? ""
    : ". The server reported success, so the operation took effect; check before repeating it";
  throw new InvalidResponseError({
    message: redactor.text(
      `${response.status} ${reasonPhrase(response.status, response.statusText)} from ${operationId} has ${problem}${effect}`,
    ),
    status: response.status,
    operationId,
    request: { method: request.method, url: redactor.text(request.url) },
  });
}

/** What the send path knows about a request that got no (whole) response. */
export interface TransportFailure {
  /** What fetch or the body read threw. */
  error: unknown;
  /** Whether the attempt's time limit ended it. */
  timedOut: boolean;
  /** The time limit of each attempt, in ms. */
  timeoutMs: number;
  /** Whether the status and headers had arrived before it failed. */
  headersArrived: boolean;
  /** The request. */
  request: ErrorRequest;
  /** The operation being called. */
  operationId: OperationId | undefined;
  /** Whether it was safe to repeat (and so was repeated). */
  safe: boolean;
  /** How many times it was sent. */
  attempts: number;
}

/** The ConnectionError or TimeoutError for a request that got no (whole) response. */
export function transportError(redactor: Redactor, failure: TransportFailure): OrgClientError {
  const { timedOut, timeoutMs, headersArrived, request, operationId, safe, attempts } = failure;
  const what = `${request.method} ${request.url}`;
  const outcome = headersArrived
    ? timedOut
      ? `did not finish within ${timeoutMs} ms (the response body stopped arriving)`
      : `failed while the response body was arriving (${describeCause(failure.error)})`
    : timedOut
      ? `got no response within ${timeoutMs} ms`
      : `failed before a response arrived (${describeCause(failure.error)})`;
  const tail = safe
    ? attempts > 1
      ? ` after ${attempts} attempts`
      : ""
    : `. The request may have been processed by the server; it was not retried, because ${operationId ?? "this request"} is not safe to repeat`;
  const init = {
    message: redactor.text(`${what} ${outcome}${tail}`),
    operationId,
    request: { method: request.method, url: redactor.text(request.url) },
    attempts,
    // Never fetch's own error, which may quote a header or body, nor the internal abort reason.
    cause: timedOut
      ? new Error(`timed out after ${timeoutMs} ms`)
      : safeCause(failure.error, redactor),
  };
  return timedOut ? new TimeoutError({ ...init, timeoutMs }) : new ConnectionError(init);
}

/** `fetch failed: ECONNREFUSED`: the error's message and its cause's code or message. */
export function describeCause(error: unknown): string {
  if (!(error instanceof Error)) {
    try {
      return String(error);
    } catch {
      // An object without a usable toString (Object.create(null)) has nothing readable to say.
      return typeof error;
    }
  }
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const detail = typeof cause?.code === "string" ? cause.code : cause?.message;
  return typeof detail === "string" && detail !== ""
    ? `${error.message}: ${detail}`
    : error.message;
}

/** How every error about obtaining an access token begins. */
export const TOKEN_ERROR_PREFIX = "Could not obtain an access token";

/** The token request's error for an error status; its body is never shown beyond the summary. */
export function tokenStatusError(failed: FailedResponse, redactor: Redactor): TokenRequestError {
  return apiError(failed, redactor, TokenRequestError, TOKEN_ERROR_PREFIX) as TokenRequestError;
}

/** The token request's error for a 2xx without a usable `access_token`. */
export function tokenMissingError(
  status: number,
  operationId: OperationId,
  request: ErrorRequest,
): TokenRequestError {
  return new TokenRequestError({
    status,
    message: `${TOKEN_ERROR_PREFIX}: the ${status} response carried no access_token [${operationId}]`,
    // The body is not kept: whatever it holds may be a credential.
    code: undefined,
    title: undefined,
    detail: undefined,
    errors: [],
    body: undefined,
    operationId,
    requestId: undefined,
    retryAfterMs: undefined,
    request,
  });
}

/** A transport error of the token request, its message saying what the request was for. */
export function tokenTransportError(error: unknown): unknown {
  if (!(error instanceof ConnectionError || error instanceof TimeoutError)) return error;
  const init = {
    message: `${TOKEN_ERROR_PREFIX}: ${error.message}`,
    operationId: error.operationId,
    request: error.request,
    attempts: error.attempts,
    // Already the send path's redacted copy (see safe-cause.ts), not fetch's own error.
    cause: error.cause,
  };
  return error instanceof TimeoutError
    ? new TimeoutError({ ...init, timeoutMs: error.timeoutMs })
    : new ConnectionError(init);
}
