// Checks a response against the bundled spec for its operation and status. Written apart from the
// engine (its own path matching and Ajv), so a bug in the engine's spec reading cannot hide here.

import spec from "@qlik-org/generated/openapi.json" with { type: "json" };
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

// biome-ignore lint/suspicious/noExplicitAny: the helper walks arbitrary OpenAPI JSON.
type Node = Record<string, any>;

const document = spec as Node;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(document, "spec");

function deref(node: Node | undefined): Node | undefined {
  let current = node;
  while (current && typeof current.$ref === "string") {
    current = current.$ref
      .slice(2)
      .split("/")
      .map((s: string) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce((value: Node | undefined, key: string) => value?.[key], document);
  }
  return current;
}

function pointer(...segments: string[]): string {
  return segments.map((s) => s.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
}

/** The operation `method` + `pathname` resolves to in the spec, or null when the spec has none. */
export function findSpecOperation(
  method: string,
  pathname: string,
): { operationId: string; pathTemplate: string; operation: Node } | null {
  const candidates: {
    operationId: string;
    pathTemplate: string;
    operation: Node;
    literals: number;
  }[] = [];
  for (const [template, item] of Object.entries<Node>(document.paths)) {
    const operation = item[method.toLowerCase()];
    if (!operation) continue;
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`);
    if (pattern.test(pathname)) {
      candidates.push({
        operationId: operation.operationId,
        pathTemplate: template,
        operation,
        literals: template.split("/").filter((s) => !s.startsWith("{")).length,
      });
    }
  }
  candidates.sort((a, b) => b.literals - a.literals);
  return candidates[0] ?? null;
}

/** A response taken apart for checking. */
export interface CapturedResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

/**
 * Every way `response` breaks the spec for `method` + `pathname`: an undocumented status, a body or
 * required header that does not match, or a body where the spec documents none. Empty when it conforms.
 */
export function specProblems(
  method: string,
  pathname: string,
  response: CapturedResponse,
): string[] {
  const found = findSpecOperation(method, pathname);
  if (!found) return [`${method} ${pathname} is not an operation of the spec`];
  const { operationId, pathTemplate } = found;
  const where = `${operationId} ${response.status}`;
  const documented = deref(found.operation.responses?.[String(response.status)]);
  if (!documented) return [`${where}: status ${response.status} is not documented`];
  const problems: string[] = [];
  for (const [name, header] of Object.entries<Node>(documented.headers ?? {})) {
    const resolved = deref(header) ?? {};
    const value = response.headers.get(name);
    if (value === null) {
      if (resolved.required) problems.push(`${where}: required header ${name} is missing`);
      continue;
    }
    const schema = deref(resolved.schema) ?? {};
    const typed = schema.type === "integer" && /^-?\d+$/.test(value) ? Number(value) : value;
    if (!ajv.validate(schema, typed)) problems.push(`${where}: header ${name} ${ajv.errorsText()}`);
  }
  const json = documented.content?.["application/json"];
  if (!json) {
    if (response.text !== "") problems.push(`${where}: the spec documents no body, got one`);
    return problems;
  }
  if (!(response.headers.get("content-type") ?? "").startsWith("application/json")) {
    problems.push(`${where}: content-type is ${response.headers.get("content-type")}`);
  }
  let body: unknown;
  try {
    body = JSON.parse(response.text);
  } catch {
    return [...problems, `${where}: body is not JSON`];
  }
  const responseRef = found.operation.responses[String(response.status)].$ref as string | undefined;
  const schemaRef = responseRef
    ? `spec${responseRef}/content/application~1json/schema`
    : `spec#/paths/${pointer(pathTemplate, method.toLowerCase(), "responses", String(response.status), "content", "application/json", "schema")}`;
  const validate = ajv.getSchema(schemaRef);
  if (!validate) return [...problems, `${where}: no schema at ${schemaRef}`];
  if (!validate(body)) {
    for (const error of validate.errors ?? []) {
      problems.push(`${where}: body${error.instancePath} ${error.message}`);
    }
  }
  return problems;
}

/** Anything with the engine's `handle`. */
export interface RequestHandler {
  handle(request: Request): Promise<Response>;
}

/** Thrown by a checked handler when a response breaks the spec. */
export class SpecConformanceError extends Error {
  override readonly name = "SpecConformanceError";
}

/** Options of {@link withSpecChecks}. */
export interface SpecCheckOptions {
  /** Throw `SpecConformanceError` at the first mismatch (default), or only collect it in `problems`. */
  readonly throwOnMismatch?: boolean;
}

/**
 * Wraps a handler so that every response it gives for a spec operation is checked against the spec;
 * a mismatch throws `SpecConformanceError` (or, with `throwOnMismatch: false`, is only collected).
 * `seen` collects `operationId status` pairs for coverage, `problems` every mismatch found.
 */
export function withSpecChecks(
  handler: RequestHandler,
  options: SpecCheckOptions = {},
): RequestHandler & { seen: Set<string>; problems: string[] } {
  const seen = new Set<string>();
  const problems: string[] = [];
  return {
    seen,
    problems,
    async handle(request) {
      const { method } = request;
      const { pathname } = new URL(request.url);
      const response = await handler.handle(request);
      const text = await response.clone().text();
      const found = findSpecOperation(method, pathname);
      if (found) {
        const mismatches = specProblems(method, pathname, {
          status: response.status,
          headers: response.headers,
          text,
        });
        problems.push(...mismatches);
        if (mismatches.length > 0 && options.throwOnMismatch !== false) {
          throw new SpecConformanceError(mismatches.join("\n"));
        }
        seen.add(`${found.operationId} ${response.status}`);
      }
      return response;
    },
  };
}
