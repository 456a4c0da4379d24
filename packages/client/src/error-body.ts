// Turns an error response (JSON `Error` / `TenantsError`, or whatever a proxy sent) into the fields
// and the one-line message of an OrgApiError.

import type { ErrorItem, TenantsErrorItem } from "@qlik-org/generated";

/** One item of an error body's `errors` list (OAuth-client and tenants shapes alike). */
export type ApiErrorItem = ErrorItem | TenantsErrorItem;

/** What an error body says, ready for an OrgApiError. */
export interface ErrorBodySummary {
  /** `code` of the first error item. */
  code: string | undefined;
  /** `title` of the first error item. */
  title: string | undefined;
  /** `detail` of the first error item. */
  detail: string | undefined;
  /** Every error item. */
  errors: readonly ApiErrorItem[];
  /** `traceId` of a tenants error body. */
  traceId: string | undefined;
  /** Readable text of a body that was not JSON, shortened. */
  text: string | undefined;
}

/** Reason phrases, because HTTP/2 responses carry no status text. */
const REASON_PHRASES: Readonly<Record<number, string>> = {
  // What a browser's fetch answers a redirect with under `redirect: "manual"`.
  0: "Redirect",
  200: "OK",
  201: "Created",
  202: "Accepted",
  204: "No Content",
  301: "Moved Permanently",
  302: "Found",
  303: "See Other",
  307: "Temporary Redirect",
  308: "Permanent Redirect",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/** Longest stretch of a non-JSON body kept for the message. */
const MAX_TEXT = 200;

const HTML_TITLE = /<title[^>]*>([\s\S]*?)<\/title>/i;
const HTML_NOISE = /<(script|style)[^>]*>[\s\S]*?<\/\1>|<!--[\s\S]*?-->/gi;
const HTML_TAG = /<[^>]+>/g;
const WHITESPACE = /\s+/g;
const HTML_ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&nbsp;": " ",
};
const HTML_ENTITY = /&(?:amp|lt|gt|quot|#39|nbsp);/g;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asString(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** The reason phrase for a status, from the response or from the table above. */
export function reasonPhrase(status: number, statusText: string): string {
  return statusText || REASON_PHRASES[status] || "HTTP error";
}

/** Makes a readable one-liner of a text or HTML body: the page title, else the text without tags. */
export function readableText(raw: string): string {
  const title = HTML_TITLE.exec(raw)?.[1];
  const text = (title ?? raw.replace(HTML_NOISE, " ").replace(HTML_TAG, " "))
    .replace(HTML_ENTITY, (entity) => HTML_ENTITIES[entity] ?? entity)
    .replace(WHITESPACE, " ")
    .trim();
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** Reads the fields of an error body; `body` is parsed JSON, or the raw text when it was not JSON. */
export function summarizeErrorBody(body: unknown): ErrorBodySummary {
  if (typeof body === "string") {
    const text = readableText(body);
    return {
      code: undefined,
      title: undefined,
      detail: undefined,
      errors: [],
      traceId: undefined,
      text: text || undefined,
    };
  }
  const items = isRecord(body) && Array.isArray(body.errors) ? body.errors.filter(isRecord) : [];
  const first = items[0];
  return {
    code: asString(first?.code),
    title: asString(first?.title),
    detail: asString(first?.detail),
    errors: items as unknown as ApiErrorItem[],
    traceId: isRecord(body) ? asString(body.traceId) : undefined,
    text: undefined,
  };
}

/** Builds the message: `404 Not Found: <detail> (getOAuthClient, request id abc)`. */
export function errorMessage(
  status: number,
  statusText: string,
  summary: ErrorBodySummary,
  context: { operationId: string | undefined; requestId: string | undefined; method: string },
): string {
  const headline = `${status} ${summary.title ?? reasonPhrase(status, statusText)}`;
  const explanation =
    summary.detail ??
    (summary.text !== undefined
      ? `the server answered with a non-JSON body: ${summary.text}`
      : undefined);
  const more = summary.errors.length > 1 ? ` (+${summary.errors.length - 1} more)` : "";
  const where = [
    context.operationId ?? context.method,
    context.requestId && `request id ${context.requestId}`,
  ]
    .filter(Boolean)
    .join(", ");
  return `${headline}${explanation ? `: ${explanation}` : ""}${more} [${where}]`;
}
