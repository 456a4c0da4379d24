// The one way a request leaves the client, for resource methods, the path-based surface and the
// token request alike: throttling, the bearer token, the time limit, retries, and the one token
// refresh after a 401. It resolves to the final response with its body read under the time limit
// (or, for the path-based surface, still arriving under it), plus what the attempts taught; turning
// that into data or an error is the caller's.

import type { OperationPolicy } from "@qlik-org/generated";
import { type AttemptSignal, startAttempt } from "./attempt-signal.js";
import type { TokenSource } from "./auth.js";
import { describeCause, transportError } from "./error-factory.js";
import type { RequestHooks } from "./hooks.js";
import type { RedactingLogger } from "./logger.js";
import type { Redactor } from "./redact.js";
import type { CallSettings } from "./request-options.js";
import { isAmbiguousStatus, isRetryableStatus, parseRetryAfter, retryDelayMs } from "./retry.js";
import { raceAbort, sleep } from "./sleep.js";
import type { Throttle } from "./throttle.js";

/**
 * A fetch implementation, called like the global `fetch(input, init)` with a URL string and an
 * init; a Request as `input` only when a caller of the path-based surface passes one through.
 */
export type FetchLike = (input: string | Request, init?: RequestInit) => Promise<Response>;

/** Everything the send path depends on, resolved once by createOrgClient. */
export interface SendContext {
  /** Normalised base URL without a trailing slash. */
  readonly baseUrl: string;
  /** The user's fetch, or undefined for `globalThis.fetch` (looked up per request). */
  readonly fetch: FetchLike | undefined;
  /** The client's defaults for every call. */
  readonly defaults: CallSettings;
  /** The rate limiter, or undefined when throttling is off. */
  readonly throttle: Throttle | undefined;
  /** The `User-Agent` header. */
  readonly userAgent: string;
  /** Logger (lines are redacted by it). */
  readonly log: RedactingLogger;
  /** Redacts error messages. */
  readonly redactor: Redactor;
  /** The caller's hooks, or undefined. */
  readonly hooks: RequestHooks | undefined;
  /** Where tokens come from; set once the client is wired. */
  tokens: TokenSource | undefined;
}

/** A request to send: its operation's policy (unknown for an unmatched path), URL, headers and body. */
export interface Outgoing {
  /** The operation, or undefined when the path-based surface calls a path the spec lacks. */
  readonly policy: OperationPolicy | undefined;
  /** HTTP method in upper case. */
  readonly method: string;
  /** Absolute URL under the base URL. */
  readonly url: string;
  /** Request headers, names in lower case; the send path adds `authorization` and `user-agent`. */
  readonly headers: Readonly<Record<string, string>> | undefined;
  /** The body, kept so that a retry can send it again. */
  readonly body: string | ArrayBuffer | undefined;
}

/** How the final response's body is handed back: read as text, or not read at all. */
export type BodyMode = "text" | "unread";

/** The body `send` reads in each mode. */
type BodyOf<Mode extends BodyMode> = Mode extends "text" ? string : undefined;

/** The final response of a request and what its attempts taught. */
export interface Exchange<Body> {
  /** The response; its body has been read into `body`, unless it was asked for unread. */
  readonly response: Response;
  /** The body as text, or undefined when it was asked for unread. */
  readonly body: Body;
  /** Whether an earlier attempt failed in a way that may have reached the server. */
  readonly afterAmbiguousFailure: boolean;
  /** The final attempt: already ended, or (`unread`) for the reader to end once the body is in. */
  readonly attempt: AttemptSignal;
  /** How many times the request was sent. */
  readonly attempts: number;
}

/**
 * Reads the body as text while `signal` applies; a hanging body cannot hold the call. The
 * platform's fetch ends the body read itself when the request's signal aborts; a fetch the caller
 * injected may not, so its read is raced against the signal (the injected fetch got the signal too,
 * and the body it keeps sending is dropped).
 */
function readText(
  response: Response,
  signal: AbortSignal,
  honoursSignal: boolean,
): Promise<string> {
  const reading = response.text();
  return honoursSignal ? reading : raceAbort(reading, signal);
}

/** Lets go of a response nobody will read: its body is dropped and its attempt ended. */
function release(response: Response, attempt: AttemptSignal): void {
  attempt.end();
  // A body that was read already, or never came, has nothing left to cancel.
  response.body?.cancel().catch(() => undefined);
}

/** Runs `step` while a response is held; if it throws, the response is let go of first. */
async function holding<T>(
  response: Response,
  attempt: AttemptSignal,
  step: () => T | Promise<T>,
): Promise<T> {
  try {
    return await step();
  } catch (error) {
    release(response, attempt);
    throw error;
  }
}

/**
 * Sends `outgoing` until it succeeds, fails for good or may not be repeated, and reads the final
 * response's body as text under the attempt's time limit; `unread` leaves the body,
 * and ending the attempt, to the caller. Throws ConnectionError or TimeoutError when no response
 * arrived, the caller's abort reason when the caller aborted, and whatever the token source
 * throws; an error status is returned, not thrown.
 */
export async function send<Mode extends BodyMode>(
  ctx: SendContext,
  outgoing: Outgoing,
  settings: CallSettings,
  as: Mode,
): Promise<Exchange<BodyOf<Mode>>> {
  const { policy, method, url, body } = outgoing;
  const { signal, timeoutMs, retry } = settings;
  const log = ctx.log;
  const safe = policy?.safeToRetry ?? false;
  const rateLimit = policy?.rateLimit;
  const limiter =
    ctx.throttle && rateLimit
      ? ctx.throttle.tier(rateLimit.tier, rateLimit.requestsPerMinute)
      : undefined;
  const requiresAuth = policy?.requiresAuth ?? true;
  const headers: Record<string, string> = {
    "user-agent": ctx.userAgent,
    ...outgoing.headers,
    ...settings.headers,
  };

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
          `throttle: ${method} ${url} waits ${limiter.waitMs()} ms for a tier ${rateLimit?.tier} slot`,
        );
        await wait;
      }
    }
    if (requiresAuth) {
      const tokens = ctx.tokens as TokenSource;
      const current = nextToken ?? tokens.get(signal);
      token = typeof current === "string" ? current : await current;
      nextToken = undefined;
    }
    // A fresh copy per attempt: a hook's changes apply to that attempt, and it never sees the token.
    const sent: Record<string, string> = { ...headers };
    const attempt = retries + 1;
    if (ctx.hooks?.onRequest) {
      await ctx.hooks.onRequest({
        operationId: policy?.operationId,
        method,
        url,
        headers: sent,
        attempt,
      });
    }
    if (token !== undefined) sent.authorization = `Bearer ${token}`;

    const attemptSignal = startAttempt(signal, timeoutMs);
    // Redirects are never followed: one could carry the token, the client secret or a body to
    // another origin, and undici re-sends a body it has already consumed. A 3xx is returned as
    // it came (a browser returns an opaque redirect, status 0) and becomes a RedirectError.
    const init: RequestInit = {
      method,
      headers: sent,
      body,
      signal: attemptSignal.signal,
      redirect: "manual",
    };
    const started = Date.now();

    let response: Response;
    let read: BodyOf<Mode>;
    let headersArrived = false;
    try {
      response = await (ctx.fetch ?? globalThis.fetch)(url, init);
      headersArrived = true;
      read =
        as === "unread"
          ? (undefined as BodyOf<Mode>)
          : ((await readText(
              response,
              attemptSignal.signal,
              ctx.fetch === undefined,
            )) as BodyOf<Mode>);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      // The caller's abort was handled above, so an aborted attempt here ran out of time.
      const timedOut = attemptSignal.timedOut();
      if (safe && retries < retry.retries) {
        afterAmbiguousFailure = true;
        const delay = retryDelayMs(retry, retries, undefined);
        log.warn?.(
          `retrying ${method} ${url} in ${delay} ms after ${timedOut ? "a timeout" : describeCause(error)} (retry ${retries + 1} of ${retry.retries})`,
        );
        await sleep(delay, signal);
        retries++;
        continue;
      }
      throw transportError(ctx.redactor, {
        error,
        timedOut,
        timeoutMs,
        headersArrived,
        request: { method, url },
        operationId: policy?.operationId,
        safe,
        attempts: retries + 1,
      });
    } finally {
      // An unread body still arrives under the attempt's signal; see `release` and `as`.
      if (as !== "unread" || !headersArrived) attemptSignal.end();
    }

    const status = response.status;
    const onResponse = ctx.hooks?.onResponse;
    if (onResponse) {
      await holding(response, attemptSignal, () =>
        onResponse({
          operationId: policy?.operationId,
          method,
          url,
          status,
          headers: response.headers,
          attempt,
          durationMs: Date.now() - started,
        }),
      );
    }
    log.debug?.(
      `${method} ${url} → ${status} (${policy?.operationId ?? "unknown operation"}, ${Date.now() - started} ms)`,
    );

    if (status === 401 && token !== undefined && !refreshed) {
      refreshed = true;
      const tokens = ctx.tokens as TokenSource;
      if (tokens.invalidate(token)) {
        nextToken = await holding(response, attemptSignal, () => tokens.get(signal));
        if (nextToken !== token) {
          log.warn?.(`${method} ${url} → 401; replaying once with a fresh access token`);
          release(response, attemptSignal);
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
        limiter?.pause(Math.min(retryAfterMs, retry.maxRetryAfterMs));
      }
      if (
        retries < retry.retries &&
        (retryAfterMs === undefined || retryAfterMs <= retry.maxRetryAfterMs)
      ) {
        if (isAmbiguousStatus(status)) afterAmbiguousFailure = true;
        const delay = retryDelayMs(retry, retries, retryAfterMs);
        log.warn?.(
          `retrying ${method} ${url} in ${delay} ms after ${status} (retry ${retries + 1} of ${retry.retries})`,
        );
        release(response, attemptSignal);
        await sleep(delay, signal);
        retries++;
        continue;
      }
    }
    return {
      response,
      body: read,
      afterAmbiguousFailure,
      attempt: attemptSignal,
      attempts: retries + 1,
    };
  }
}
