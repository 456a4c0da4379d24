import type { OperationId, operations } from "@qlik-org/generated";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
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

const specId = "https://qlik-org.invalid/openapi.json";
const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

// ajv-formats is CommonJS with a default export; ESM sees the module object in some loaders.
const addFormats = ((addFormatsModule as { default?: unknown }).default ??
  addFormatsModule) as unknown as typeof addFormatsModule.default;

interface Validator {
  readonly ajv: Ajv2020;
  readonly spec: OpenApiDocument;
  readonly operations: Map<string, { pointer: string; operation: Record<string, unknown> }>;
  readonly compiled: Map<string, ValidateFunction>;
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
  // strict: false because an OpenAPI document carries keywords JSON Schema does not know
  // (example, discriminator, x-*), and Ajv would reject them.
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(spec as object, specId);
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
  return { ajv, spec, operations, compiled: new Map() };
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
  let validate = validator.compiled.get(schemaPointer);
  if (!validate) {
    validate = validator.ajv.compile({ $ref: `${specId}#${schemaPointer}` });
    validator.compiled.set(schemaPointer, validate);
  }
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
