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

/** Reads the violations Prism lists in its `sl-violations` header as readable strings. */
export function parseViolationsHeader(value: string | null): string[] {
  if (!value) return [];
  try {
    const parsed = JSON.parse(value) as { location?: string[]; message?: string }[];
    return parsed.map((v) => `${(v.location ?? []).join(".")}: ${v.message ?? "invalid"}`);
  } catch {
    // Prism truncates an oversized list and prefixes it with prose; keep what it says.
    return [value];
  }
}
