/** What the mock server reports about each request it answered. */
export interface RequestLogEntry {
  /** HTTP method in upper case. */
  readonly method: string;
  /** Path and query string as requested. */
  readonly path: string;
  /** Status code of the answer. */
  readonly status: number;
  /** Time from receiving the request to sending the answer, in milliseconds. */
  readonly durationMs: number;
  /** Why the mock found the request (or its own answer) at odds with the spec; empty when none. */
  readonly violations: readonly string[];
}

/** Formats an entry as one log line, e.g. `GET /api/core/tenants 200 3ms`. */
export function formatRequestLogLine(entry: RequestLogEntry): string {
  const line = `${entry.method} ${entry.path} ${entry.status} ${Math.round(entry.durationMs)}ms`;
  return entry.violations.length === 0 ? line : `${line} (${entry.violations.join("; ")})`;
}
