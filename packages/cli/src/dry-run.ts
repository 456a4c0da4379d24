// `--dry-run`: the client builds the request as usual and hands it to a `fetch` that only records
// it and fails, so nothing leaves the machine, not even a token request (the client is given a
// placeholder token). The recorded request is printed with every credential redacted.

import type { OutputFormat } from "./global-options.js";
import type { CliOutput } from "./io.js";

/** A request as it would have been sent. */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  /** Header name → value, credentials replaced by `<redacted>`. */
  readonly headers: Record<string, string>;
  /** The parsed JSON body, or the text, or undefined when there is none. */
  readonly body: unknown;
}

/** The token a dry-run client carries: a value no server would accept, and never printed. */
export const DRY_RUN_TOKEN = "dry-run-placeholder-token";

const SENSITIVE_HEADER = /authorization|cookie|secret|token|api-key/i;
const SENSITIVE_FIELD = /secret|token|password|assertion/i;

/** Thrown by the recording fetch to stop the client after the first request. */
class DryRunStop extends Error {}

/** Replaces the values of body fields that carry a credential. */
function redactBody(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(redactBody);
  if (typeof body !== "object" || body === null) return body;
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => [
      key,
      SENSITIVE_FIELD.test(key) && typeof value === "string" ? "<redacted>" : redactBody(value),
    ]),
  );
}

/** A fetch that records the first request and sends nothing, and what it recorded. */
export function createRecordingFetch() {
  let recorded: RecordedRequest | undefined;
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const text = request.body ? await request.text() : "";
    let body: unknown;
    if (text !== "") {
      try {
        body = redactBody(JSON.parse(text));
      } catch {
        body = text;
      }
    }
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = SENSITIVE_HEADER.test(name) ? "<redacted>" : value;
    });
    recorded ??= { method: request.method, url: request.url, headers, body };
    throw new DryRunStop("dry run: nothing was sent");
  };
  return { fetch, recorded: () => recorded };
}

/** Prints the recorded request: JSON for `-o json`/`ndjson`/`yaml`, else as an HTTP message. */
export async function printRecordedRequest(
  out: CliOutput,
  request: RecordedRequest,
  format: OutputFormat,
): Promise<void> {
  if (format === "json" || format === "ndjson") {
    out.write(`${JSON.stringify(request, null, format === "json" ? 2 : 0)}\n`);
    return;
  }
  if (format === "yaml") {
    const { stringify } = await import("yaml");
    out.write(stringify(request));
    return;
  }
  const lines = [`${request.method} ${request.url}`];
  for (const [name, value] of Object.entries(request.headers)) lines.push(`${name}: ${value}`);
  if (request.body !== undefined) lines.push("", JSON.stringify(request.body, null, 2));
  out.write(`${lines.join("\n")}\n`);
}
