// Builds responses: JSON bodies, and error bodies in the shape the spec documents for each operation and status.

import type { OperationId } from "@qlik-org/generated";
import { responseSchemaName } from "./spec.js";

/** An error to report, before it is given the documented shape. */
export interface Problem {
  /** Sentence that says what was wrong; never holds a secret. */
  readonly detail: string;
  /** Short summary; the status's usual phrase when left out. */
  readonly title?: string;
  /** Offending query parameter (tenants errors carry it in `source`). */
  readonly parameter?: string;
  /** JSON Pointer into the offending body (tenants errors carry it in `source`). */
  readonly pointer?: string;
}

const statusTitles: Readonly<Record<number, string>> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  429: "API rate limit reached.",
  500: "Internal Server Error",
};

/** A JSON response. */
export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/** An empty `204 No Content`. */
export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/**
 * An error response for `operationId` and `status`, shaped as the spec documents it there:
 * `TenantsError` (with `status`, `source` and `traceId`) where the spec says so, else `Error`.
 */
export function errorResponse(
  operationId: OperationId | null,
  status: number,
  problem: Problem,
  traceId: string,
  headers: Record<string, string> = {},
): Response {
  const title = problem.title ?? statusTitles[status] ?? "Error";
  const shape = operationId ? responseSchemaName(operationId, status) : null;
  if (shape === "TenantsError") {
    const source =
      problem.parameter !== undefined
        ? { parameter: problem.parameter }
        : problem.pointer !== undefined
          ? { pointer: problem.pointer }
          : undefined;
    return jsonResponse(
      status,
      {
        errors: [
          {
            code: `TENANTS-${status}`,
            title,
            status: String(status),
            detail: problem.detail,
            ...(source ? { source } : {}),
          },
        ],
        traceId,
      },
      headers,
    );
  }
  return jsonResponse(
    status,
    { errors: [{ code: `HTTP-${status}`, title, detail: problem.detail }] },
    headers,
  );
}

/** The documented 429: `Retry-After` in whole seconds and exactly the documented body. */
export function rateLimitedResponse(retryAfterSeconds: number): Response {
  return jsonResponse(
    429,
    { errors: [{ code: "HTTP-429", title: "API rate limit reached." }] },
    { "retry-after": String(retryAfterSeconds) },
  );
}
