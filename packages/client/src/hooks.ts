// Hooks the caller can pass to see every attempt of every request, on both surfaces and for the
// token exchange alike. They get no credentials and no bodies: the Authorization header is set
// after `onRequest`, and neither hook is shown a request or response body.

/** What `onRequest` sees of an attempt about to be sent. */
export interface HookRequest {
  /** The operation, when the request matched one of the spec. */
  readonly operationId: string | undefined;
  /** HTTP method in upper case. */
  readonly method: string;
  /** Absolute request URL. */
  readonly url: string;
  /** The headers to send, names in lower case, without Authorization; changes apply to this attempt. */
  readonly headers: Record<string, string>;
  /** 1 for the first attempt, 2 for the first retry, … */
  readonly attempt: number;
}

/** What `onResponse` sees of an attempt's response (see `RequestHooks.onResponse` for when). */
export interface HookResponse {
  /** The operation, when the request matched one of the spec. */
  readonly operationId: string | undefined;
  /** HTTP method in upper case. */
  readonly method: string;
  /** Absolute request URL. */
  readonly url: string;
  /** HTTP status of the response. */
  readonly status: number;
  /** Response headers. */
  readonly headers: Headers;
  /** 1 for the first attempt, 2 for the first retry, … */
  readonly attempt: number;
  /** From sending the attempt to having its whole body (on the path surface: its headers), in ms. */
  readonly durationMs: number;
}

/** Called for every attempt of every request; a hook that throws fails the call with its error. */
export interface RequestHooks {
  /** Before each attempt is sent: read or change its headers (tracing, correlation ids). */
  onRequest?(request: HookRequest): void | Promise<void>;
  /**
   * When each attempt's response has arrived, before the client decides on a retry: with its whole
   * body for resource methods and the token exchange, with its headers on the path-based surface
   * (openapi-fetch reads the body afterwards).
   */
  onResponse?(response: HookResponse): void | Promise<void>;
}
