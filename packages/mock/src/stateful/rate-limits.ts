// Opt-in per-tier request budgets per caller, answering like Qlik's documented rate limiting.

import type { RateLimitBudget, RateLimitOptions } from "./types.js";

/** Outcome of taking one request from a tier's budget. */
export type RateLimitDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly retryAfterSeconds: number };

interface Window {
  startMs: number;
  count: number;
}

/**
 * Length of the default window: the docs give limits per minute but evaluate them over 5-minute
 * windows, so the default budget is five minutes' worth of requests.
 */
export const documentedWindowMs = 300_000;

/** Fixed-window counters per caller and tier; a blocked tier blocks every operation in it, as documented. */
export class RateLimiter {
  readonly #budgets: ReadonlyMap<number, RateLimitBudget>;
  readonly #windows = new Map<string, Window>();

  /** `documentedPerMinute` maps a tier to its documented requests per minute (the fallback budget's rate). */
  constructor(options: RateLimitOptions, documentedPerMinute: ReadonlyMap<number, number>) {
    const budgets = new Map<number, RateLimitBudget>();
    for (const [tier, perMinute] of documentedPerMinute) {
      const given = tier === 1 ? options.tier1 : tier === 2 ? options.tier2 : undefined;
      const budget = given ?? {
        requests: perMinute * (documentedWindowMs / 60_000),
        windowMs: documentedWindowMs,
      };
      if (!Number.isInteger(budget.requests) || budget.requests < 1) {
        throw new RangeError(`limits.tier${tier}.requests must be a whole number of at least 1`);
      }
      if (!Number.isFinite(budget.windowMs) || budget.windowMs <= 0) {
        throw new RangeError(`limits.tier${tier}.windowMs must be a positive number`);
      }
      budgets.set(tier, budget);
    }
    this.#budgets = budgets;
  }

  /** Counts one request by `caller` in `tier`, or says how long the tier stays blocked. */
  take(caller: string, tier: number, nowMs: number): RateLimitDecision {
    const budget = this.#budgets.get(tier);
    if (!budget) return { allowed: true };
    const key = `${tier}\u0000${caller}`;
    let window = this.#windows.get(key);
    if (!window || nowMs >= window.startMs + budget.windowMs) {
      window = { startMs: nowMs, count: 0 };
      this.#windows.set(key, window);
    }
    if (window.count >= budget.requests) {
      const waitMs = window.startMs + budget.windowMs - nowMs;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    }
    window.count++;
    return { allowed: true };
  }

  /** Forgets every counter. */
  reset(): void {
    this.#windows.clear();
  }
}
