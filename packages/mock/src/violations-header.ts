// The `sl-violations` response header: Prism's list of what a request (or the mock's own answer) got
// wrong, written small enough for any HTTP client to read, and read back as log text.

/** Name of the response header in which Prism lists request and response violations. */
export const violationsHeader = "sl-violations";

/** One entry of the header, in Prism's shape. */
export interface HeaderViolation {
  readonly location: readonly string[];
  readonly severity: string;
  readonly code: string | number | undefined;
  readonly message: string;
}

/**
 * Upper bound of the header's length. Node's HTTP clients (fetch included) refuse a response whose
 * headers pass 16 KiB in all, so a long list would cost the caller the answer itself.
 */
export const maxViolationsHeaderLength = 8192;

// JSON.stringify leaves non-ASCII characters as they are, and a header may only carry Latin-1:
// escape them, so the header is ASCII (one byte per character) and JSON.parse restores the text.
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function leftOutMarker(count: number): HeaderViolation {
  return {
    location: [violationsHeader],
    severity: "Information",
    code: "truncated",
    message: `${count} more violations left out of this header to keep it under ${maxViolationsHeaderLength} bytes; onRequest and the CLI log list them all`,
  };
}

/**
 * The header's value: every violation while the JSON list stays within `maxLength`, else the first
 * ones whole and a final entry saying how many were left out.
 */
export function formatViolationsHeader(
  violations: readonly HeaderViolation[],
  maxLength = maxViolationsHeaderLength,
): string {
  const parts = violations.map(asciiJson);
  const whole = `[${parts.join(",")}]`;
  if (whole.length <= maxLength) return whole;
  // Room for the marker with the largest count it can show, and its comma.
  const reserve = asciiJson(leftOutMarker(parts.length)).length + 1;
  const kept: string[] = [];
  let length = 2;
  for (const part of parts) {
    const grown = length + part.length + (kept.length > 0 ? 1 : 0);
    if (grown + reserve > maxLength) break;
    kept.push(part);
    length = grown;
  }
  kept.push(asciiJson(leftOutMarker(parts.length - kept.length)));
  return `[${kept.join(",")}]`;
}

/** Reads the violations Prism lists in its `sl-violations` header as readable strings. */
export function parseViolationsHeader(value: string | null): string[] {
  if (!value) return [];
  try {
    const parsed = JSON.parse(value) as { location?: string[]; message?: string }[];
    return parsed.map((v) => `${(v.location ?? []).join(".")}: ${v.message ?? "invalid"}`);
  } catch {
    // Not this package's JSON list: Prism's own HTTP server, for one, cuts a long list and prefixes
    // it with prose. Keep what it says.
    return [value];
  }
}
