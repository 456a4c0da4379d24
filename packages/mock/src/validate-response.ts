import type { OperationId, operations } from "@qlik-org/generated";
import { schemaValidators } from "@qlik-org/generated/validators";
import { bundledSpec, type OpenApiDocument } from "./bundled-spec.js";
import {
  formatSpecViolation,
  type SpecViolation,
  toSpecViolations,
} from "./format-schema-error.js";

/** The statuses the spec documents for an operation. */
export type DocumentedStatus<Op extends OperationId> = keyof operations[Op]["responses"] & number;

/** The JSON body the spec documents for an operation and status (`undefined` when it has none). */
export type SpecResponseBody<Op extends OperationId, Status extends number> = number extends Status
  ? unknown
  : Status extends keyof operations[Op]["responses"]
    ? operations[Op]["responses"][Status] extends { content: { "application/json": infer Body } }
      ? Body
      : undefined
    : never;

/** Outcome of {@link validateResponse}. */
export type SpecValidationResult =
  | { readonly valid: true; readonly violations: readonly [] }
  | {
      readonly valid: false;
      /** Each problem, naming the field. */
      readonly violations: readonly SpecViolation[];
      /** Every problem on one line each, ready for an assertion message. */
      readonly message: string;
    };

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

interface Validator {
  readonly spec: OpenApiDocument;
  readonly operations: Map<string, { pointer: string; operation: Record<string, unknown> }>;
}

let defaultValidator: Validator | undefined;

/**
 * Checks a response body against the spec for an operation and status, without throwing.
 * A status the operation does not document, or a body where the spec has none, is a violation too.
 */
export function validateResponse<Op extends OperationId>(
  operationId: Op,
  status: DocumentedStatus<Op> | (number & {}),
  body: unknown,
): SpecValidationResult {
  defaultValidator ??= createValidator(bundledSpec);
  const violations = findViolations(defaultValidator, operationId, status, body);
  if (violations.length === 0) return { valid: true, violations: [] };
  return {
    valid: false,
    violations,
    message: [
      `${operationId} ${status} response does not match the spec:`,
      ...violations.map((v) => `  - ${formatSpecViolation(v)}`),
    ].join("\n"),
  };
}

function createValidator(spec: OpenApiDocument): Validator {
  const operations = new Map<string, { pointer: string; operation: Record<string, unknown> }>();
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of methods) {
      const operation = item[method] as Record<string, unknown> | undefined;
      if (typeof operation?.operationId === "string") {
        operations.set(operation.operationId, {
          pointer: `/paths/${escapePointer(path)}/${method}`,
          operation,
        });
      }
    }
  }
  return { spec, operations };
}

function findViolations(
  validator: Validator,
  operationId: string,
  status: number,
  body: unknown,
): SpecViolation[] {
  const entry = validator.operations.get(operationId);
  if (!entry) return [{ path: "operationId", message: `${operationId} is not in the spec` }];
  const responses = (entry.operation.responses ?? {}) as Record<string, unknown>;
  const statusKey = [String(status), `${String(status)[0]}XX`, "default"].find(
    (key) => key in responses,
  );
  if (statusKey === undefined) {
    const documented = Object.keys(responses).join(", ");
    return [{ path: "status", message: `${status} is not documented (documented: ${documented})` }];
  }
  const { pointer, response } = resolveRef(
    validator.spec,
    `${entry.pointer}/responses/${statusKey}`,
    responses[statusKey],
  );
  const content = (response as { content?: Record<string, { schema?: unknown }> }).content;
  const mediaType = content?.["application/json"]
    ? "application/json"
    : Object.keys(content ?? {})[0];
  if (mediaType === undefined || content?.[mediaType]?.schema === undefined) {
    return body === undefined || body === null || body === ""
      ? []
      : [{ path: "body", message: "must be empty: the spec documents no body for this status" }];
  }
  const schemaPointer = `${pointer}/content/${escapePointer(mediaType)}/schema`;
  const validate = schemaValidators[`#${schemaPointer}`];
  // Every schema pointer of the spec is generated, so a miss is a bug in this package, not input.
  if (!validate) throw new Error(`@qlik-org/generated has no validator for #${schemaPointer}`);
  return validate(body) ? [] : toSpecViolations(validate.errors ?? []);
}

function resolveRef(
  spec: OpenApiDocument,
  pointer: string,
  node: unknown,
): { pointer: string; response: unknown } {
  let current = { pointer, response: node };
  for (let hops = 0; hops < 10; hops += 1) {
    const ref = (current.response as { $ref?: unknown } | undefined)?.$ref;
    if (typeof ref !== "string" || !ref.startsWith("#/")) return current;
    const target = ref.slice(1);
    current = { pointer: target, response: readPointer(spec, target) };
  }
  return current;
}

function readPointer(document: unknown, pointer: string): unknown {
  return pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
