// Client-side rate limiting per tier. Qlik counts requests per tier (the spec's `x-rate-limit`),
// evaluates them over 5-minute windows and answers 429 for the whole tier once it is over the limit.
// The limiter holds requests back instead: no more than the tier's requests per minute start within
// any 60-second window, which also keeps every 5-minute window under five minutes' worth.

import { MAX_TIMER_MS } from "./sleep.js";

/** Settings of one tier's limiter. */
export interface TierThrottleOptions {
  /** Requests allowed to start per minute. */
  requestsPerMinute?: number;
}

/** Client-side rate limiting. Every field is optional. */
export interface ThrottleOptions {
  /**
   * Per-tier overrides of the spec's `x-rate-limit` (tier 1: 1000/min, tier 2: 100/min), for
   * example `{ 2: { requestsPerMinute: 50 } }` to leave room for another process.
   */
  tiers?: Partial<Record<number, TierThrottleOptions>>;
  /**
   * Length of the window the limits are counted over, in ms. Default `60000`, matching Qlik's
   * per-minute limits. Shorten it only to exercise the limiter against a local server: each
   * tier's `requestsPerMinute` is then allowed per window.
   */
  windowMs?: number;
}

/** Qlik's limits are per minute. */
const DEFAULT_WINDOW_MS = 60_000;
/**
 * Requests are counted in 60 buckets per window. The count spans one bucket more than the window,
 * so it always covers the full last window: a request may wait up to one bucket (1 s) longer than
 * strictly needed, but no window ever holds more than the limit. Memory stays constant whatever the
 * limit.
 */
const BUCKETS_PER_WINDOW = 60;
const BUCKETS = BUCKETS_PER_WINDOW + 1;

/** Ring index of a bucket number (also for the negative numbers of clocks near zero). */
function slot(bucket: number): number {
  return ((bucket % BUCKETS) + BUCKETS) % BUCKETS;
}

interface Waiter {
  readonly resolve: () => void;
  readonly reject: (reason: unknown) => void;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: () => void;
}

/** A sliding window (one minute unless configured) for one tier; queued requests start in arrival order. */
export class TierLimiter {
  readonly #limit: number;
  readonly #bucketMs: number;
  readonly #counts = new Float64Array(BUCKETS);
  #bucket = Number.NEGATIVE_INFINITY;
  #total = 0;
  #blockedUntil = 0;
  readonly #queue: Waiter[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(limit: number, windowMs: number = DEFAULT_WINDOW_MS) {
    this.#limit = limit;
    this.#bucketMs = windowMs / BUCKETS_PER_WINDOW;
  }

  /** Takes a slot: returns undefined when one is free now, else a promise settled when one is taken (or the signal aborts). */
  acquire(signal?: AbortSignal): Promise<void> | undefined {
    if (this.#queue.length === 0 && this.#tryTake(Date.now())) return undefined;
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        signal,
        onAbort: () => {
          const index = this.#queue.indexOf(waiter);
          if (index !== -1) this.#queue.splice(index, 1);
          // A timer with nobody left to wake would only keep the process alive.
          if (this.#queue.length === 0) {
            clearTimeout(this.#timer);
            this.#timer = undefined;
          }
          reject(signal?.reason);
        },
      };
      signal?.addEventListener("abort", waiter.onAbort);
      this.#queue.push(waiter);
      this.#schedule();
    });
  }

  /** Milliseconds until a slot frees up (0 when one is free now). */
  waitMs(): number {
    const now = Date.now();
    return Math.max(0, this.#freeAt(now) - now);
  }

  /**
   * Holds every request of the tier for `ms` (after a 429: Qlik blocks the whole tier). A queued
   * request's timer may fire before the pause ends: it then finds the tier held and waits again.
   */
  pause(ms: number): void {
    this.#blockedUntil = Math.max(this.#blockedUntil, Date.now() + ms);
  }

  /** Moves the window to `now`, dropping the buckets that fell out of it. */
  #advance(now: number): number {
    const bucket = Math.floor(now / this.#bucketMs);
    if (bucket !== this.#bucket) {
      const steps = Math.min(bucket - this.#bucket, BUCKETS);
      for (let i = 1; i <= steps; i++) {
        const index = slot(bucket - steps + i);
        this.#total -= this.#counts[index] ?? 0;
        this.#counts[index] = 0;
      }
      this.#bucket = bucket;
    }
    return bucket;
  }

  /** When the next request may start. */
  #freeAt(now: number): number {
    const bucket = this.#advance(now);
    let freeAt = now;
    if (this.#total >= this.#limit) {
      // Walk from the oldest bucket until enough requests have left the window.
      let remaining = this.#total;
      for (let age = BUCKETS - 1; age >= 0; age--) {
        remaining -= this.#counts[slot(bucket - age)] ?? 0;
        if (remaining < this.#limit) {
          freeAt = Math.ceil((bucket - age + BUCKETS) * this.#bucketMs);
          break;
        }
      }
    }
    return Math.max(freeAt, this.#blockedUntil);
  }

  #tryTake(now: number): boolean {
    if (this.#freeAt(now) > now) return false;
    const index = slot(this.#bucket);
    this.#counts[index] = (this.#counts[index] ?? 0) + 1;
    this.#total++;
    return true;
  }

  #schedule(): void {
    if (this.#timer !== undefined || this.#queue.length === 0) return;
    // A longer pause is waited out in steps: #drain reschedules while the tier is still held.
    this.#timer = setTimeout(this.#drain, Math.min(this.waitMs(), MAX_TIMER_MS));
  }

  readonly #drain = (): void => {
    this.#timer = undefined;
    const now = Date.now();
    while (this.#queue.length > 0 && this.#tryTake(now)) {
      const waiter = this.#queue.shift() as Waiter;
      waiter.signal?.removeEventListener("abort", waiter.onAbort);
      waiter.resolve();
    }
    this.#schedule();
  };
}

/** One limiter per tier, created on first use. */
export class Throttle {
  readonly #overrides: Partial<Record<number, TierThrottleOptions>>;
  readonly #windowMs: number;
  readonly #tiers = new Map<number, TierLimiter>();

  constructor(options: ThrottleOptions = {}) {
    const overrides = options.tiers ?? {};
    for (const [tier, settings] of Object.entries(overrides)) {
      const limit = settings?.requestsPerMinute;
      if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
        throw new TypeError(`throttle.tiers[${tier}].requestsPerMinute must be a whole number ≥ 1`);
      }
    }
    this.#overrides = overrides;
    const windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
    if (!Number.isFinite(windowMs) || windowMs < 60) {
      throw new TypeError(`throttle.windowMs must be a number ≥ 60, got ${String(windowMs)}`);
    }
    this.#windowMs = windowMs;
  }

  /** The limiter of a tier, given the tier's documented requests per minute. */
  tier(tier: number, requestsPerMinute: number): TierLimiter {
    let limiter = this.#tiers.get(tier);
    if (!limiter) {
      limiter = new TierLimiter(
        this.#overrides[tier]?.requestsPerMinute ?? requestsPerMinute,
        this.#windowMs,
      );
      this.#tiers.set(tier, limiter);
    }
    return limiter;
  }
}
