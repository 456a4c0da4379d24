// Retry policy: which failures are repeated, and how long to wait before the next attempt.

import { MAX_TIMER_MS } from "./sleep.js";

/** How the client retries failed requests. Every field is optional; see `defaultRetryState`. */
export interface RetryOptions {
  /** Retries after the first attempt (so `2` means up to 3 attempts). Default `2`. */
  retries?: number;
  /** Backoff before the first retry when the server gave no `Retry-After`, in ms. Default `500`. */
  minDelayMs?: number;
  /** Cap of the exponential backoff, in ms. Default `8000`. */
  maxDelayMs?: number;
  /**
   * Longest `Retry-After` the client waits for, in ms. When the server asks for more, the error is
   * thrown at once (with `retryAfterMs`) so the caller can decide; the tier's other requests are
   * then held for this long, not for the server's whole `Retry-After`. Default `60000`, at most
   * `2147483647` (what a timer holds).
   */
  maxRetryAfterMs?: number;
}

/** Retry settings after defaults are applied. */
export type RetryState = Required<RetryOptions>;

/** The defaults: 2 retries, 0.5 s doubling up to 8 s, `Retry-After` honoured up to 60 s. */
export const defaultRetryState: RetryState = Object.freeze({
  retries: 2,
  minDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
});

/** Statuses that say the request was not processed; retried for every method. */
export const retryAnyMethodStatuses: readonly number[] = [429, 503];

/**
 * Statuses after which the request may or may not have been processed; retried only when the
 * operation is safe to repeat (GET, DELETE). A POST or PATCH is never repeated after them.
 */
export const retryIdempotentStatuses: readonly number[] = [500, 502, 504];

/** Merges options over the defaults; `false` turns retries off. */
export function resolveRetryState(options: RetryOptions | false | undefined): RetryState {
  if (options === false) return { ...defaultRetryState, retries: 0 };
  const state = { ...defaultRetryState };
  for (const key of Object.keys(state) as (keyof RetryState)[]) {
    const value = options?.[key];
    if (value === undefined) continue;
    // Number.isFinite is false for anything that is not a number.
    if (!Number.isFinite(value) || value < 0) {
      throw new TypeError(`retry.${key} must be a finite number ≥ 0, got ${String(value)}`);
    }
    if (key !== "retries" && value > MAX_TIMER_MS) {
      throw new TypeError(
        `retry.${key} must be at most ${MAX_TIMER_MS} (the longest delay a timer holds), got ${value}`,
      );
    }
    state[key] = key === "retries" ? Math.floor(value) : value;
  }
  return state;
}

/** Whether a response status is worth another attempt, given the operation's retry safety. */
export function isRetryableStatus(status: number, safeToRetry: boolean): boolean {
  return (
    retryAnyMethodStatuses.includes(status) ||
    (safeToRetry && retryIdempotentStatuses.includes(status))
  );
}

/** Whether a failed status leaves it unknown if the server acted on the request. */
export function isAmbiguousStatus(status: number): boolean {
  return retryIdempotentStatuses.includes(status);
}

const DELAY_SECONDS = /^\s*\d+(\.\d+)?\s*$/;
/**
 * The time of day every HTTP-date form carries (`Sun, 06 Nov 1994 08:49:37 GMT`, the obsolete
 * `Sunday, 06-Nov-94 08:49:37 GMT` and `Sun Nov  6 08:49:37 1994`). Date.parse alone also reads
 * text such as "in 5" or "2026-12-07" as dates, and an invalid header must count as absent.
 */
const HTTP_DATE_TIME = / \d\d:\d\d:\d\d /;

/** Reads `Retry-After` (seconds or an HTTP date) as milliseconds from `now`; undefined when absent or invalid. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  if (DELAY_SECONDS.test(header)) return Math.round(Number(header) * 1000);
  if (!HTTP_DATE_TIME.test(header)) return undefined;
  // HTTP dates are in GMT; the asctime form does not say so, and Date.parse would read it as local.
  const date = Date.parse(header.endsWith("GMT") ? header : `${header} GMT`);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The wait before retry number `retry` (0 for the first): the server's `Retry-After` when given,
 * else capped exponential backoff with up to 25 % jitter so that many clients do not retry in step.
 */
export function retryDelayMs(
  state: RetryState,
  retry: number,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined) return retryAfterMs;
  const backoff = Math.min(state.maxDelayMs, state.minDelayMs * 2 ** retry);
  return Math.round(backoff * (1 - random() * 0.25));
}
