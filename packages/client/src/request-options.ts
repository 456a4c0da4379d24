// Per-call options of a resource method, merged over the client's defaults once per call.

import { resolveTimeoutMs } from "./options.js";
import { type RetryOptions, type RetryState, resolveRetryState } from "./retry.js";

/** Per-call options of every resource method; each overrides the client's setting for this call. */
export interface RequestOptions {
  /** Cancels the call, including retry and throttling waits. */
  signal?: AbortSignal;
  /** Extra request headers (they cannot replace `Authorization`). */
  headers?: Record<string, string>;
  /** Time limit of each attempt of this call, in ms; `0` for none. */
  timeoutMs?: number;
  /** Retry settings of this call, merged over the client's, or `false` for none. */
  retry?: RetryOptions | false;
}

/** What one call runs with, after the per-call options are merged over the client's. */
export interface CallSettings {
  /** The caller's signal. */
  readonly signal: AbortSignal | undefined;
  /** Extra headers, names in lower case. */
  readonly headers: Readonly<Record<string, string>> | undefined;
  /** Time limit of each attempt in ms; 0 for none. */
  readonly timeoutMs: number;
  /** Retry settings. */
  readonly retry: RetryState;
}

/** Merges `options` over `defaults`; returns `defaults` itself when there is nothing to merge. */
export function resolveCallSettings(
  defaults: CallSettings,
  options: RequestOptions | undefined,
): CallSettings {
  if (options === undefined) return defaults;
  const { signal, headers, timeoutMs, retry } = options;
  let lowerCased: Record<string, string> | undefined;
  if (headers) {
    lowerCased = {};
    for (const name of Object.keys(headers))
      lowerCased[name.toLowerCase()] = headers[name] as string;
  }
  return {
    signal: signal ?? undefined,
    headers: lowerCased,
    timeoutMs: timeoutMs === undefined ? defaults.timeoutMs : resolveTimeoutMs(timeoutMs),
    retry:
      retry === undefined
        ? defaults.retry
        : resolveRetryState(retry === false ? false : { ...defaults.retry, ...retry }),
  };
}
