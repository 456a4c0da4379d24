// The `cause` a transport error carries. fetch's own error can quote what was sent (an
// Authorization header, a body with the client secret), and loggers that walk `cause` chains
// (pino, Sentry, util.inspect) print it; so the client keeps a redacted copy, never the original.

import type { Redactor } from "./redact.js";

/** Causes below this depth are dropped: fetch's chains are two or three long. */
const MAX_DEPTH = 4;

/**
 * A plain Error copying `error`'s name, message, stack and string `code` (such as `ECONNRESET`),
 * each redacted, with its own `cause` copied the same way.
 */
export function safeCause(error: unknown, redactor: Redactor, depth = 0): Error | undefined {
  if (error === undefined || error === null || depth >= MAX_DEPTH) return undefined;
  const source = error as {
    name?: unknown;
    message?: unknown;
    stack?: unknown;
    code?: unknown;
    cause?: unknown;
  };
  let text: string;
  try {
    text = typeof source.message === "string" ? source.message : String(error);
  } catch {
    // An object without a usable toString (Object.create(null)) has nothing readable to keep.
    text = typeof error;
  }
  const cause =
    typeof error === "object" ? safeCause(source.cause, redactor, depth + 1) : undefined;
  const copy: Error & { code?: string } = new Error(
    redactor.text(text),
    cause === undefined ? undefined : { cause },
  );
  if (typeof source.name === "string") copy.name = redactor.text(source.name);
  if (typeof source.code === "string") copy.code = redactor.text(source.code);
  if (typeof source.stack === "string") copy.stack = redactor.text(source.stack);
  return copy;
}
