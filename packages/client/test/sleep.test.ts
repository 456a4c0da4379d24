// Waits a caller can cancel: the retry backoff and a token wait end at once when the caller aborts,
// and leave no timer behind to keep a process alive.

import { getEventListeners } from "node:events";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { raceAbort, sleep } from "../src/sleep.js";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    (value) => ({ value }),
    (reason: unknown) => ({ reason }),
  );

describe("sleep", () => {
  test("an already aborted signal rejects at once with its reason, and starts no timer", async () => {
    const reason = new Error("stop");
    const result = outcome(sleep(1_000, AbortSignal.abort(reason)));
    expect(vi.getTimerCount()).toBe(0);
    expect(await result).toEqual({ reason });
  });

  test("an abort during the wait rejects with the caller's reason and clears the timer", async () => {
    const controller = new AbortController();
    const result = outcome(sleep(1_000, controller.signal));
    expect(vi.getTimerCount()).toBe(1);
    const reason = new Error("stop");
    controller.abort(reason);
    expect(vi.getTimerCount()).toBe(0);
    expect(await result).toEqual({ reason });
  });

  test("resolves after the delay; a later abort changes nothing", async () => {
    const controller = new AbortController();
    const result = outcome(sleep(1_000, controller.signal));
    await vi.advanceTimersByTimeAsync(1_000);
    controller.abort(new Error("late"));
    expect(await result).toEqual({ value: undefined });
  });
});

describe("raceAbort", () => {
  test("an already aborted signal rejects at once, whatever the promise does", async () => {
    const reason = new Error("stop");
    expect(await outcome(raceAbort(new Promise(() => {}), AbortSignal.abort(reason)))).toEqual({
      reason,
    });
  });

  test("an abort before the promise settles wins", async () => {
    const controller = new AbortController();
    const result = outcome(raceAbort(new Promise(() => {}), controller.signal));
    const reason = new Error("stop");
    controller.abort(reason);
    expect(await result).toEqual({ reason });
  });

  test("without a signal, or when the promise settles first, it settles like the promise", async () => {
    expect(await outcome(raceAbort(Promise.resolve(1), undefined))).toEqual({ value: 1 });
    const controller = new AbortController();
    const failure = new Error("failed");
    const result = outcome(raceAbort(Promise.reject(failure), controller.signal));
    expect(await result).toEqual({ reason: failure });
    controller.abort(new Error("late"));
    expect(await outcome(raceAbort(Promise.resolve(2), controller.signal))).toEqual({
      reason: controller.signal.reason,
    });
  });
});

describe("listeners on the caller's signal", () => {
  // One signal often spans many calls (a request's whole retry loop, or an app's shutdown signal):
  // every settled wait must take its listener off it, or they pile up until the signal is collected.
  test("a finished sleep leaves none", async () => {
    const controller = new AbortController();
    const waits = [sleep(10, controller.signal), sleep(20, controller.signal)];
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(20);
    await Promise.all(waits);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  test("a settled race leaves none, whether the promise resolved or rejected", async () => {
    const controller = new AbortController();
    await raceAbort(Promise.resolve(1), controller.signal);
    await outcome(raceAbort(Promise.reject(new Error("no")), controller.signal));
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });
});
