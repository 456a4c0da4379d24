// Runs fake timers until a promise settles, and reports how it settled.

import { vi } from "vitest";

/** How a promise ended. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Advances fake timers until `promise` settles (retry waits, throttling, timeouts). */
export async function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  let outcome: Settled<T> | undefined;
  promise.then(
    (value) => {
      outcome = { ok: true, value };
    },
    (error: unknown) => {
      outcome = { ok: false, error };
    },
  );
  for (let i = 0; i < 1_000 && outcome === undefined; i++) {
    await vi.advanceTimersToNextTimerAsync();
  }
  if (outcome === undefined) throw new Error("the promise did not settle");
  return outcome;
}

/** The error a settled promise failed with; fails the test when it resolved. */
export function failed<T>(settled: Settled<T>): unknown {
  if (settled.ok) throw new Error(`expected a failure, got ${JSON.stringify(settled.value)}`);
  return settled.error;
}
