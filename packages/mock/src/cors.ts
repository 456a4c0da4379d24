// CORS on the mock's HTTP server, on by default as in Prism's CLI, so that a page on another
// origin (a web app under Playwright, a Storybook) can call the mock like the real API. What it
// allows is read from the spec: the methods of its operations, its header parameters, and the
// response headers it documents.

import { operationIds, operationMetadata } from "@qlik-org/generated";
import { deref, openApiDocument, type SpecNode } from "./stateful/spec.js";
import { violationsHeader } from "./violations-header.js";

/** Every header the spec declares, as request parameters or as response headers, lower-cased. */
function specHeaders(): { readonly request: string[]; readonly response: string[] } {
  const request = new Set<string>();
  const response = new Set<string>();
  for (const item of Object.values(openApiDocument.paths as Record<string, SpecNode>)) {
    for (const candidate of [item, ...Object.values(item)]) {
      const operation = deref(candidate);
      if (!operation) continue;
      for (const entry of Array.isArray(operation.parameters) ? operation.parameters : []) {
        const parameter = deref(entry);
        if (parameter?.in === "header") request.add(String(parameter.name).toLowerCase());
      }
      for (const answer of Object.values(deref(operation.responses) ?? {})) {
        for (const name of Object.keys(deref(answer)?.headers ?? {})) {
          response.add(name.toLowerCase());
        }
      }
    }
  }
  return { request: [...request].sort(), response: [...response].sort() };
}

const headers = specHeaders();

/** The answer to a CORS preflight (`OPTIONS` with `Access-Control-Request-Method`). */
export const preflightHeaders: Readonly<Record<string, string>> = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": [
    ...new Set(operationIds.map((id) => operationMetadata[id].method)),
  ]
    .sort()
    .join(", "),
  // `prefer` picks Prism's answer (`Prefer: code=404`); the rest are what the API takes.
  "access-control-allow-headers": ["authorization", "content-type", "prefer", ...headers.request]
    .sort()
    .join(", "),
  "access-control-max-age": "600",
};

/** Headers added to every answer, so a page can read the body and the headers callers need. */
export const responseCorsHeaders: Readonly<Record<string, string>> = {
  "access-control-allow-origin": "*",
  // The request-id headers the client reads into its errors, and the mock's own violations.
  "access-control-expose-headers": [
    ...new Set([...headers.response, "x-request-id", "request-id", violationsHeader]),
  ].join(", "),
};

/** Whether a request is a CORS preflight rather than an OPTIONS call of its own. */
export function isPreflight(method: string, requestMethodHeader: string | undefined): boolean {
  return method === "OPTIONS" && requestMethodHeader !== undefined;
}
