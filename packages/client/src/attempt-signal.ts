// The abort signal of one attempt: it follows the caller's signal and fires when the attempt's time
// limit runs out. It is its own object because an attempt can outlive `send`: the path-based
// surface hands openapi-fetch a response whose body is still arriving, and ends the attempt only
// once openapi-fetch has read it.

/** One attempt's signal, and how it ended. */
export interface AttemptSignal {
  /** Aborts when the caller aborts or the time limit runs out. */
  readonly signal: AbortSignal;
  /** Whether the time limit ran out (rather than the caller aborting). */
  timedOut(): boolean;
  /** Stops the timer and stops following the caller's signal; the attempt is over. */
  end(): void;
}

/** Starts an attempt under `caller`'s signal and a time limit of `timeoutMs` (0 for none). */
export function startAttempt(caller: AbortSignal | undefined, timeoutMs: number): AttemptSignal {
  const controller = new AbortController();
  const onAbort = () => controller.abort(caller?.reason);
  caller?.addEventListener("abort", onAbort);
  let timedOut = false;
  // The reason a reader of a still-arriving body sees (`parseAs: "stream"` on the path surface).
  const onTimeout = () => {
    timedOut = true;
    controller.abort(
      new DOMException(`The attempt ran out of its ${timeoutMs} ms`, "TimeoutError"),
    );
  };
  const timer = timeoutMs > 0 ? setTimeout(onTimeout, timeoutMs) : undefined;
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    end() {
      clearTimeout(timer);
      caller?.removeEventListener("abort", onAbort);
    },
  };
}
