// The error hierarchy. Every field is redacted before it gets here (see redact.ts), and toJSON and
// util.inspect print only those fields, so a logged or serialised error cannot carry a credential.

import type { OperationId } from "@qlik-org/generated";
import type { ApiErrorItem } from "./error-body.js";

// A registered symbol, so that util.inspect finds it without this file importing node:util.
const inspectCustom = Symbol.for("nodejs.util.inspect.custom");

/** Method and URL of the request an error belongs to; headers and body are never kept. */
export interface ErrorRequest {
  /** HTTP method in upper case. */
  readonly method: string;
  /** Full request URL, credentials removed. */
  readonly url: string;
}

/** Base class of every error this client throws. */
export class OrgClientError extends Error {
  override get name(): string {
    return "OrgClientError";
  }

  /** The fields shown by `toJSON` and `util.inspect`, besides `name` and `message`. */
  protected fields(): Record<string, unknown> {
    return {};
  }

  /** A plain, redacted view of the error for `JSON.stringify`. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, ...this.fields() };
  }

  /** Node's `util.inspect` hook: the stack plus the redacted fields. */
  [inspectCustom](
    _depth: number,
    options: unknown,
    inspect?: (value: unknown, options?: unknown) => string,
  ): string {
    // `cause` is left out: its text is already part of the message.
    const fields = this.fields();
    const details = Object.keys(fields).length && inspect ? ` ${inspect(fields, options)}` : "";
    return `${this.stack ?? `${this.name}: ${this.message}`}${details}`;
  }
}

/** What the client knows about an error response, already redacted. */
export interface OrgApiErrorInit {
  /** HTTP status of the response. */
  status: number;
  /** The whole error message. */
  message: string;
  /** `code` of the first item in the body's `errors`. */
  code: string | undefined;
  /** `title` of the first item in the body's `errors`. */
  title: string | undefined;
  /** `detail` of the first item in the body's `errors`. */
  detail: string | undefined;
  /** Every item of the body's `errors`. */
  errors: readonly ApiErrorItem[];
  /** The parsed body (JSON), or the readable text of a non-JSON body. */
  body: unknown;
  /** The operation that failed, when the request matched one. */
  operationId: OperationId | undefined;
  /** The server's request id (a request-id header, or `traceId` in a tenants error body). */
  requestId: string | undefined;
  /** How long the server asked to wait (`Retry-After`), in milliseconds. */
  retryAfterMs: number | undefined;
  /** The request that got this response. */
  request: ErrorRequest;
  /** Where a redirect (3xx) pointed: its `Location` header, redacted. */
  location?: string | undefined;
}

/** An error response (non-2xx) from the API. Subclasses name the common statuses. */
export class OrgApiError extends OrgClientError {
  override get name(): string {
    return "OrgApiError";
  }
  /** HTTP status of the response. */
  readonly status: number;
  /** `code` of the first item in the body's `errors` (for example `HTTP-429`). */
  readonly code: string | undefined;
  /** `title` of the first item in the body's `errors`. */
  readonly title: string | undefined;
  /** `detail` of the first item in the body's `errors`. */
  readonly detail: string | undefined;
  /** Every item of the body's `errors` list, parsed; empty when the body had none. */
  readonly errors: readonly ApiErrorItem[];
  /** The parsed response body, or the readable text of a non-JSON body (such as a proxy's HTML page). */
  readonly body: unknown;
  /** The operation that failed, when the request matched one of the spec. */
  readonly operationId: OperationId | undefined;
  /** The server's id for the request, when it sent one. */
  readonly requestId: string | undefined;
  /** How long the server asked to wait (`Retry-After`), in milliseconds; undefined when it sent none. */
  readonly retryAfterMs: number | undefined;
  /** The request that got this response (method and URL only). */
  readonly request: ErrorRequest;

  constructor(init: OrgApiErrorInit) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors;
    this.body = init.body;
    this.operationId = init.operationId;
    this.requestId = init.requestId;
    this.retryAfterMs = init.retryAfterMs;
    this.request = init.request;
  }

  protected override fields(): Record<string, unknown> {
    return {
      status: this.status,
      code: this.code,
      title: this.title,
      detail: this.detail,
      errors: this.errors,
      operationId: this.operationId,
      requestId: this.requestId,
      retryAfterMs: this.retryAfterMs,
      request: this.request,
    };
  }
}

/** 400: the request was malformed or failed validation. */
export class BadRequestError extends OrgApiError {
  override get name(): string {
    return "BadRequestError";
  }
}

/** 401: the access token is missing, invalid or expired, and a fresh one did not help. */
export class AuthenticationError extends OrgApiError {
  override get name(): string {
    return "AuthenticationError";
  }
}

/** 403: the caller is authenticated but not allowed to do this. */
export class PermissionDeniedError extends OrgApiError {
  override get name(): string {
    return "PermissionDeniedError";
  }
}

/** 404: the resource does not exist (or is not visible to the caller). */
export class NotFoundError extends OrgApiError {
  override get name(): string {
    return "NotFoundError";
  }
}

/** 409: the request conflicts with the resource's state (for example a sixth client secret). */
export class ConflictError extends OrgApiError {
  override get name(): string {
    return "ConflictError";
  }
}

/** 429: the rate limit of the operation's tier was reached, and retrying did not help (see `retryAfterMs`). */
export class RateLimitError extends OrgApiError {
  override get name(): string {
    return "RateLimitError";
  }
}

/** 500: the server failed while handling the request. */
export class InternalServerError extends OrgApiError {
  override get name(): string {
    return "InternalServerError";
  }
}

/** 503: the service is temporarily unavailable. */
export class ServiceUnavailableError extends OrgApiError {
  override get name(): string {
    return "ServiceUnavailableError";
  }
}

/**
 * 3xx: the server redirected the request, and the client does not follow redirects, so that the
 * token and the request body go nowhere but `baseUrl`. In a browser the status is 0 and the
 * location unknown (fetch hides both).
 */
export class RedirectError extends OrgApiError {
  override get name(): string {
    return "RedirectError";
  }
  /** Where the server pointed (its `Location` header, redacted), when fetch shows it. */
  readonly location: string | undefined;

  constructor(init: OrgApiErrorInit) {
    super(init);
    this.location = init.location;
  }

  protected override fields(): Record<string, unknown> {
    return { ...super.fields(), location: this.location };
  }
}

/** The token endpoint (`/oauth/token`) refused the client credentials or failed. */
export class TokenRequestError extends OrgApiError {
  override get name(): string {
    return "TokenRequestError";
  }
}

/** Fields shared by the two transport failures. */
export interface TransportErrorInit {
  /** The whole error message. */
  message: string;
  /** The operation being called, when the request matched one. */
  operationId: OperationId | undefined;
  /** The request that failed. */
  request: ErrorRequest;
  /** How many times the request was sent. */
  attempts: number;
  /** What went wrong underneath; the client passes a redacted copy of fetch's error (name, message, `code`, its own cause) or an Error naming the time limit, never fetch's own error. */
  cause?: unknown;
}

/** No response arrived: the connection failed or was reset (DNS, TLS, refused, dropped). */
export class ConnectionError extends OrgClientError {
  override get name(): string {
    return "ConnectionError";
  }
  /** The operation being called, when the request matched one. */
  readonly operationId: OperationId | undefined;
  /** The request that failed (method and URL only). */
  readonly request: ErrorRequest;
  /** How many times the request was sent before giving up. */
  readonly attempts: number;

  constructor(init: TransportErrorInit) {
    super(init.message, { cause: init.cause });
    this.operationId = init.operationId;
    this.request = init.request;
    this.attempts = init.attempts;
  }

  protected override fields(): Record<string, unknown> {
    return { operationId: this.operationId, request: this.request, attempts: this.attempts };
  }
}

/** No response arrived within `timeoutMs`. */
export class TimeoutError extends OrgClientError {
  override get name(): string {
    return "TimeoutError";
  }
  /** The operation being called, when the request matched one. */
  readonly operationId: OperationId | undefined;
  /** The request that timed out (method and URL only). */
  readonly request: ErrorRequest;
  /** How many times the request was sent before giving up. */
  readonly attempts: number;
  /** The time limit of each attempt, in milliseconds. */
  readonly timeoutMs: number;

  constructor(init: TransportErrorInit & { timeoutMs: number }) {
    super(init.message, { cause: init.cause });
    this.operationId = init.operationId;
    this.request = init.request;
    this.attempts = init.attempts;
    this.timeoutMs = init.timeoutMs;
  }

  protected override fields(): Record<string, unknown> {
    return {
      operationId: this.operationId,
      request: this.request,
      attempts: this.attempts,
      timeoutMs: this.timeoutMs,
    };
  }
}

/** Fields of an InvalidResponseError. */
export interface InvalidResponseErrorInit {
  /** The whole error message. */
  message: string;
  /** HTTP status of the (successful) response. */
  status: number;
  /** The operation that was called. */
  operationId: OperationId;
  /** The request that got the response. */
  request: ErrorRequest;
}

/**
 * A success status whose body could not be read as the JSON the spec promises (malformed, empty, or
 * another content type). The server reported success, so the operation did take effect.
 */
export class InvalidResponseError extends OrgClientError {
  override get name(): string {
    return "InvalidResponseError";
  }
  /** HTTP status of the response (a 2xx). */
  readonly status: number;
  /** The operation that was called. */
  readonly operationId: OperationId;
  /** The request that got the response (method and URL only). */
  readonly request: ErrorRequest;

  constructor(init: InvalidResponseErrorInit) {
    super(init.message);
    this.status = init.status;
    this.operationId = init.operationId;
    this.request = init.request;
  }

  protected override fields(): Record<string, unknown> {
    return { status: this.status, operationId: this.operationId, request: this.request };
  }
}

type ApiErrorClass = new (init: OrgApiErrorInit) => OrgApiError;

/** The error class thrown for each status; any other status gives a plain `OrgApiError`. */
export const errorClassByStatus: Readonly<Record<number, ApiErrorClass>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  429: RateLimitError,
  500: InternalServerError,
  503: ServiceUnavailableError,
};
