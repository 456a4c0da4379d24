// Optional logging. The client only ever hands the logger redacted one-line strings.

import type { Redactor } from "./redact.js";

/** Where the client reports what it does; `console` fits. Every level is optional. */
export interface Logger {
  /** Each request and response, and throttling waits. */
  debug?(message: string): void;
  /** Access tokens obtained (never the token itself). */
  info?(message: string): void;
  /** Retries and token refreshes after a 401. */
  warn?(message: string): void;
  /** Failures to obtain an access token. */
  error?(message: string): void;
}

/** The logger the runtime calls: methods exist only for the levels the user's logger has. */
export type RedactingLogger = Readonly<
  Record<keyof Logger, ((message: string) => void) | undefined>
>;

const LEVELS = ["debug", "info", "warn", "error"] as const;

/** Wraps a logger so that every line is redacted and a throwing logger cannot break a request. */
export function createRedactingLogger(
  logger: Logger | undefined,
  redactor: Redactor,
): RedactingLogger {
  const out: Record<string, ((message: string) => void) | undefined> = {};
  for (const level of LEVELS) {
    const method = logger?.[level];
    out[level] =
      typeof method === "function"
        ? (message) => {
            try {
              method.call(logger, redactor.text(message));
            } catch {
              // A broken logger must not turn a successful request into a failure.
            }
          }
        : undefined;
  }
  return out as RedactingLogger;
}
