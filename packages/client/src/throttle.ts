// Client-side rate limiting per tier. Qlik counts requests per tier (the spec's `x-rate-limit`),
// evaluates them over 5-minute windows and answers 429 for the whole tier once it is over the limit.
// The limiter holds requests back instead: no more than the tier's requests per minute start within
// any 60-second window, which also keeps every 5-minute window under five minutes' worth.

/** Client-side rate limiting. Every field is optional. */
export interface ThrottleOptions {
  /**
   * Requests per minute to allow per tier, overriding the spec's `x-rate-limit`
   * (tier 1: 1000, tier 2: 100). For example `{ 2: 50 }` to leave room for another process.
   */
  requestsPerMinute?: Partial<Record<number, number>>;
}

const WINDOW_MS = 60_000;

interface Waiter {
  readonly resolve: () => void;
  readonly reject: (reason: unknown) => void;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: () => void;
}

/** A sliding 60-second window for one tier: a ring of the start times of the last `limit` requests. */
export class TierLimiter {
  readonly #starts: Float64Array;
  #next = 0;
  #blockedUntil = 0;
  readonly #queue: Waiter[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(limit: number) {
    this.#starts = new Float64Array(limit).fill(Number.NEGATIVE_INFINITY);
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
          reject(signal?.reason);
        },
      };
      signal?.addEventListener("abort", waiter.onAbort, { once: true });
      this.#queue.push(waiter);
      this.#schedule();
    });
  }

  /** Milliseconds until the next slot frees up (0 when one is free). */
  waitMs(): number {
    return Math.max(0, this.#freeAt() - Date.now());
  }

  /** Holds every request of the tier for `ms` (after a 429: Qlik blocks the whole tier). */
  pause(ms: number): void {
    this.#blockedUntil = Math.max(this.#blockedUntil, Date.now() + ms);
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#schedule();
    }
  }

  #freeAt(): number {
    return Math.max((this.#starts[this.#next] ?? 0) + WINDOW_MS, this.#blockedUntil);
  }

  #tryTake(now: number): boolean {
    if (now < this.#freeAt()) return false;
    this.#starts[this.#next] = now;
    this.#next = (this.#next + 1) % this.#starts.length;
    return true;
  }

  #schedule(): void {
    if (this.#timer !== undefined || this.#queue.length === 0) return;
    this.#timer = setTimeout(this.#drain, Math.max(0, this.#freeAt() - Date.now()));
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
  readonly #overrides: Partial<Record<number, number>>;
  readonly #tiers = new Map<number, TierLimiter>();

  constructor(options: ThrottleOptions = {}) {
    const overrides = options.requestsPerMinute ?? {};
    for (const [tier, limit] of Object.entries(overrides)) {
      if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
        throw new TypeError(`throttle.requestsPerMinute[${tier}] must be a whole number ≥ 1`);
      }
    }
    this.#overrides = overrides;
  }

  /** The limiter of a tier, given the tier's documented requests per minute. */
  tier(tier: number, requestsPerMinute: number): TierLimiter {
    let limiter = this.#tiers.get(tier);
    if (!limiter) {
      limiter = new TierLimiter(this.#overrides[tier] ?? requestsPerMinute);
      this.#tiers.set(tier, limiter);
    }
    return limiter;
  }
}
