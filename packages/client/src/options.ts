// The options of createOrgClient. Each feature's own options live beside it (auth.ts, retry.ts,
// throttle.ts, logger.ts).

import type { AuthOptions } from "./auth.js";
import type { Logger } from "./logger.js";
import type { RetryOptions } from "./retry.js";
import type { FetchLike } from "./send.js";
import { MAX_TIMER_MS } from "./sleep.js";
import type { ThrottleOptions } from "./throttle.js";

/** Options of `createOrgClient`. Only `auth` is required. */
export interface OrgClientOptions {
  /** Server URL. Must be `https:` (`http:` only for 127.0.0.1, ::1 and localhost). Default `https://console.qlikcloud.com`. */
  baseUrl?: string;
  /** Client credentials (`{ clientId, clientSecret }`) or a bearer token (`{ accessToken }`). */
  auth: AuthOptions;
  /** Retry settings, or `false` for none. Default: 2 retries (see `RetryOptions`). */
  retry?: RetryOptions | false;
  /** Client-side rate limiting per tier, or `false` to turn it off. On by default. */
  throttle?: ThrottleOptions | false;
  /** Time limit of each attempt, until the whole response (body included) has arrived, in ms; `0` for none. Default `60000`. */
  timeoutMs?: number;
  /**
   * The fetch to use, called like the global `fetch(input, init)`: `input` is a URL string or a
   * Request, so build `new Request(input, init)` when you need one. Default `globalThis.fetch`.
   */
  // A method signature on purpose: it also accepts a fetch typed `(input: Request, init?)`.
  fetch?(input: Parameters<FetchLike>[0], init?: RequestInit): Promise<Response>;
  /** Receives redacted log lines. Default: none. */
  logger?: Logger;
  /** Prepended to the `User-Agent` header (`my-app/1.0 qlik-org-client/x.y.z`). */
  userAgent?: string;
}

/** Default time limit of one attempt. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** Validates `timeoutMs`; returns 0 for "no limit". */
export function resolveTimeoutMs(timeoutMs: number | undefined): number {
  if (timeoutMs === undefined) return DEFAULT_TIMEOUT_MS;
  if (typeof timeoutMs !== "number" || Number.isNaN(timeoutMs) || timeoutMs < 0) {
    throw new TypeError(`timeoutMs must be a number ≥ 0, got ${String(timeoutMs)}`);
  }
  // Longer limits than a timer can hold mean "no limit".
  return timeoutMs > MAX_TIMER_MS ? 0 : timeoutMs;
}
