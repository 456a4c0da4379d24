// The fetch that openapi-fetch calls. Every request, from the path-based surface and from the
// resource methods alike, passes through here: throttling, the bearer token, the time limit,
// retries, and the one token refresh after a 401.

import { matchRoute, type OperationId, operationMetadata } from "@qlik-org/generated";
import type { TokenSource } from "./auth.js";
import { ConnectionError, type ErrorRequest, OrgClientError, TimeoutError } from "./errors.js";
import type { RedactingLogger } from "./logger.js";
import { PendingRequest } from "./pending-request.js";
import type { Redactor } from "./redact.js";
import {
  isAmbiguousStatus,
  isRetryableStatus,
  parseRetryAfter,
  type RetryState,
  retryDelayMs,
} from "./retry.js";
import { safeCause } from "./safe-cause.js";
import { raceAbort, sleep } from "./sleep.js";
import type { Throttle } from "./throttle.js";

/**
 * A fetch implementation, called like the global `fetch(input, init)`: `input` is a URL string
 * (resource methods) or a Request (the path-based surface).
 */
export type FetchLike = (input: string | Request, init?: RequestInit) => Promise<Response>;

/** What openapi-fetch hands the transport: a Request, or a PendingRequest from a resource method. */
export type TransportInput = Request | PendingRequest;

/** The transport: openapi-fetch's `fetch`. */
export type Transport = (input: TransportInput, initExt?: RequestInit) => Promise<Response>;

/** What the transport learnt about a failed response, for the error the resource method throws. */
export interface ResponseOutcome {
  /** The request that got the response (method and URL). */
  readonly request: ErrorRequest;
  /** The operation it matched. */
  readonly operationId: OperationId | undefined;
  /** Whether an earlier attempt failed in a way that may have reached the server. */
  readonly afterAmbiguousFailure: boolean;
}

/** Everything the transport depends on, resolved once by createOrgClient. */
export interface TransportContext {
  /** Normalised base URL without a trailing slash; requests outside it are refused. */
  readonly baseUrl: string;
  /** The user's fetch, or undefined for `globalThis.fetch` (looked up per request). */
  readonly fetch: FetchLike | undefined;
  /** Retry settings. */
  readonly retry: RetryState;
  /** The rate limiter, or undefined when throttling is off. */
  readonly throttle: Throttle | undefined;
  /** Time limit of each attempt in ms; 0 for none. */
  readonly timeoutMs: number;
  /** Logger (lines are redacted by it). */
  readonly log: RedactingLogger;
  /** Redacts error messages. */
  readonly redactor: Redactor;
  /** Facts about non-2xx responses, read by the resource methods. */
  readonly outcomes: WeakMap<Response, ResponseOutcome>;
  /** Where tokens come from; set once the client is wired. */
  tokens: TokenSource | undefined;
}

/** Marks the abort reason of a timed-out attempt, to tell it from a caller's abort. */
const TIMED_OUT = Symbol("timed out");

function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const detail = typeof cause?.code === "string" ? cause.code : cause?.message;
  return typeof detail === "string" && detail !== ""
    ? `${error.message}: ${detail}`
    : error.message;
}

function discard(response: Response): void {
  // Frees the connection of a response that will not be read.
  response.body?.cancel().catch(() => {});
}

/** Statuses whose responses have no body; `new Response` refuses one for them. */
const NULL_BODY_STATUSES = [101, 103, 204, 205, 304];

/**
 * Reads the whole body while `signal` (time limit and caller's abort) still applies, and returns an
 * equivalent Response holding it. A fetch that ignores the signal while streaming the body cannot
 * hold the call: the read is abandoned (and the body cancelled) as soon as the signal aborts.
 */
async function readWhole(response: Response, signal: AbortSignal): Promise<Response> {
  if (response.body === null) return response;
  const buffer = await readUnder(response.arrayBuffer(), response, signal);
  const whole = new Response(NULL_BODY_STATUSES.includes(response.status) ? null : buffer, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  // A constructed Response has an empty url; error reports and pagination read it.
  Object.defineProperty(whole, "url", { value: response.url });
  return whole;
}

/**
 * The resource methods' cheaper variant of readWhole: they always ask openapi-fetch for
 * `parseAs: "text"`, which reads the body with `text()` and nothing else, so the text is read here
 * under `signal` and `text()` of the same Response answers with it. That saves constructing and
 * re-reading a second Response on every call (about a fifth of the client's per-request cost).
 */
async function readText(response: Response, signal: AbortSignal): Promise<Response> {
  if (response.body === null) return response;
  const text = await readUnder(response.text(), response, signal);
  Object.defineProperty(response, "text", { value: () => Promise.resolve(text) });
  return response;
}

async function readUnder<T>(reading: Promise<T>, response: Response, signal: AbortSignal) {
  try {
    return await raceAbort(reading, signal);
  } catch (error) {
    discard(response);
    throw error;
  }
}

/** The operation a request belongs to, as the spec describes it. */
type Route = (typeof operationMetadata)[OperationId];

// An idempotent method, or an operation the spec marks `x-safe-to-retry` (the token request).
function isSafeToRetry(route: Route | undefined): boolean {
  return route?.safeToRetry ?? false;
}

/** Builds the fetch given to openapi-fetch. */
export function createTransport(ctx: TransportContext): Transport {
  const base = ctx.baseUrl;

  function routeOf(url: string, method: string): Route | undefined {
    let end = url.indexOf("?", base.length);
    if (end === -1) end = url.indexOf("#", base.length);
    const path = url.slice(base.length, end === -1 ? undefined : end) || "/";
    if (!url.startsWith(base) || path.charCodeAt(0) !== 47 /* "/" */) {
      throw new OrgClientError(
        `Refusing to send ${method} ${ctx.redactor.text(url)}: it is outside baseUrl ${base}, and the client sends its credentials only there`,
      );
    }
    const match = matchRoute(method, path);
    return match.kind === "operation" ? operationMetadata[match.operationId] : undefined;
  }

  function transportError(
    error: unknown,
    timedOut: boolean,
    headersArrived: boolean,
    request: ErrorRequest,
    route: Route | undefined,
    attempts: number,
  ): OrgClientError {
    const safe = isSafeToRetry(route);
    const what = `${request.method} ${request.url}`;
    const outcome = headersArrived
      ? timedOut
        ? `did not finish within ${ctx.timeoutMs} ms (the response body stopped arriving)`
        : `failed while the response body was arriving (${describeCause(error)})`
      : timedOut
        ? `got no response within ${ctx.timeoutMs} ms`
        : `failed before a response arrived (${describeCause(error)})`;
    const tail = safe
      ? attempts > 1
        ? ` after ${attempts} attempts`
        : ""
      : `. The request may have been processed by the server; it was not retried, because ${route?.operationId ?? "this request"} is not safe to repeat`;
    const init = {
      message: ctx.redactor.text(`${what} ${outcome}${tail}`),
      operationId: route?.operationId,
      request: { method: request.method, url: ctx.redactor.text(request.url) },
      attempts,
      // Never fetch's own error, which may quote a header or body, nor the internal abort reason.
      cause: timedOut
        ? new Error(`timed out after ${ctx.timeoutMs} ms`)
        : safeCause(error, ctx.redactor),
    };
    return timedOut
      ? new TimeoutError({ ...init, timeoutMs: ctx.timeoutMs })
      : new ConnectionError(init);
  }

  return async function transport(request, initExt) {
    const { url, method } = request;
    const signal = request.signal ?? undefined;
    const pending = request instanceof PendingRequest ? request : undefined;
    // A copy for a Request: openapi-fetch hands the same Request to the caller's onResponse and
    // onError middleware, which must not find the bearer token set on it.
    const headers = pending ? pending.headers : new Headers(request.headers);
    const route = routeOf(url, method);
    const safe = isSafeToRetry(route);
    const limiter =
      ctx.throttle && route?.rateLimit
        ? ctx.throttle.tier(route.rateLimit.tier, route.rateLimit.requestsPerMinute)
        : undefined;
    const requiresAuth = route?.requiresAuth ?? true;
    // The body is kept (a Request's is read once) so that a retry can send it again.
    const body = pending
      ? (pending.body ?? undefined)
      : request.body === null
        ? undefined
        : await (request as Request).arrayBuffer();

    const log = ctx.log;
    let retries = 0;
    let refreshed = false;
    let afterAmbiguousFailure = false;
    let token: string | undefined;
    let nextToken: string | undefined;

    for (;;) {
      signal?.throwIfAborted();
      if (limiter) {
        const wait = limiter.acquire(signal);
        if (wait) {
          log.debug?.(
            `throttle: ${method} ${url} waits ${limiter.waitMs()} ms for a tier ${route?.rateLimit?.tier} slot`,
          );
          await wait;
        }
      }
      if (requiresAuth) {
        const tokens = ctx.tokens as TokenSource;
        const current = nextToken ?? tokens.get(signal);
        token = typeof current === "string" ? current : await current;
        nextToken = undefined;
        headers.set("authorization", `Bearer ${token}`);
      }

      const controller = new AbortController();
      const onAbort = () => controller.abort(signal?.reason);
      signal?.addEventListener("abort", onAbort);
      const timer =
        ctx.timeoutMs > 0
          ? setTimeout(() => controller.abort(TIMED_OUT), ctx.timeoutMs)
          : undefined;
      // Redirects are never followed: one could carry the token, the client secret or a body to
      // another origin, and undici re-sends a body it has already consumed. A 3xx is returned as
      // it came (a browser returns an opaque redirect, status 0) and becomes a RedirectError.
      const init: RequestInit = pending
        ? { ...pending.init, headers, signal: controller.signal, redirect: "manual" }
        : { ...initExt, headers, signal: controller.signal, redirect: "manual" };
      if (body !== undefined) init.body = body;
      const started = log.debug ? Date.now() : 0;

      let response: Response;
      let headersArrived = false;
      try {
        const received = await (ctx.fetch ?? globalThis.fetch)(
          pending ? url : (request as Request),
          init,
        );
        headersArrived = true;
        // openapi-fetch reads the body only after the transport returns, when the time limit and
        // the caller's signal would no longer apply; so the body is read here, under both.
        response = pending
          ? await readText(received, controller.signal)
          : await readWhole(received, controller.signal);
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        const timedOut = controller.signal.aborted && controller.signal.reason === TIMED_OUT;
        if (safe && retries < ctx.retry.retries) {
          afterAmbiguousFailure = true;
          const delay = retryDelayMs(ctx.retry, retries, undefined);
          log.warn?.(
            `retrying ${method} ${url} in ${delay} ms after ${timedOut ? "a timeout" : describeCause(error)} (retry ${retries + 1} of ${ctx.retry.retries})`,
          );
          await sleep(delay, signal);
          retries++;
          continue;
        }
        throw transportError(error, timedOut, headersArrived, { method, url }, route, retries + 1);
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
      }

      const status = response.status;
      log.debug?.(
        `${method} ${url} → ${status} (${route?.operationId ?? "unknown operation"}, ${Date.now() - started} ms)`,
      );

      if (status === 401 && token !== undefined && !refreshed) {
        refreshed = true;
        const tokens = ctx.tokens as TokenSource;
        if (tokens.invalidate(token)) {
          const fresh = tokens.get(signal);
          try {
            nextToken = typeof fresh === "string" ? fresh : await fresh;
          } catch (error) {
            discard(response);
            throw error;
          }
          if (nextToken !== token) {
            log.warn?.(`${method} ${url} → 401; replaying once with a fresh access token`);
            discard(response);
            continue;
          }
          nextToken = undefined;
        }
      }

      if (isRetryableStatus(status, safe)) {
        const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), Date.now());
        // Qlik blocks the whole tier while it is limited, so hold back the tier's other requests too;
        // but never longer than maxRetryAfterMs: a longer Retry-After is the caller's to decide on
        // (the RateLimitError carries it), not a reason to stall every later call.
        if (status === 429 && retryAfterMs !== undefined) {
          limiter?.pause(Math.min(retryAfterMs, ctx.retry.maxRetryAfterMs));
        }
        if (
          retries < ctx.retry.retries &&
          (retryAfterMs === undefined || retryAfterMs <= ctx.retry.maxRetryAfterMs)
        ) {
          if (isAmbiguousStatus(status)) afterAmbiguousFailure = true;
          const delay = retryDelayMs(ctx.retry, retries, retryAfterMs);
          log.warn?.(
            `retrying ${method} ${url} in ${delay} ms after ${status} (retry ${retries + 1} of ${ctx.retry.retries})`,
          );
          discard(response);
          await sleep(delay, signal);
          retries++;
          continue;
        }
      }

      if (!response.ok) {
        ctx.outcomes.set(response, {
          request: { method, url },
          operationId: route?.operationId,
          afterAmbiguousFailure,
        });
      }
      return response;
    }
  };
}
