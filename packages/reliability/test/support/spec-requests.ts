// Builds requests for any operation from the bundled spec's own schemas.

import { type OperationId, operationMetadata } from "@qlik-org/generated";
import spec from "@qlik-org/generated/openapi.json" with { type: "json" };
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { generateSync } from "json-schema-faker";

// biome-ignore lint/suspicious/noExplicitAny: the spec is walked as plain JSON.
type Json = any;

/** A request for one operation, in openapi-fetch's shape. */
export interface SpecRequest {
  readonly path: Record<string, string>;
  readonly query: Record<string, unknown>;
  readonly header: Record<string, string>;
  readonly body: unknown;
}

/** A request parameter of an operation, dereferenced. */
export interface SpecParameter {
  readonly name: string;
  readonly in: "path" | "query" | "header";
  readonly required: boolean;
  readonly schema: Json;
}

function resolvePointer(ref: string): Json {
  return ref
    .replace(/^#\//, "")
    .split("/")
    .reduce((node: Json, key) => node?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
}

/** Inlines every internal `$ref` (the spec has no cycles). */
export function inline(node: Json): Json {
  if (Array.isArray(node)) return node.map(inline);
  if (node === null || typeof node !== "object") return node;
  if (typeof node.$ref === "string") return inline(resolvePointer(node.$ref));
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, inline(value)]));
}

/** The parsed operation object of `operationId`. */
export function operationOf(operationId: OperationId): Json {
  const { path, method } = operationMetadata[operationId];
  return (spec as Json).paths[path][method.toLowerCase()];
}

/** Path-level and operation-level parameters of `operationId`, dereferenced. */
export function parametersOf(operationId: OperationId): SpecParameter[] {
  const { path } = operationMetadata[operationId];
  const pathItem = (spec as Json).paths[path];
  return [...(pathItem.parameters ?? []), ...(operationOf(operationId).parameters ?? [])]
    .map(inline)
    .filter((parameter: Json) => parameter.in !== "cookie");
}

/** The JSON request-body schema of `operationId`, or undefined. */
export function bodySchemaOf(operationId: OperationId): Json | undefined {
  const schema = operationOf(operationId).requestBody?.content?.["application/json"]?.schema;
  return schema ? inline(schema) : undefined;
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
// ajv-formats is CommonJS; `.default` is its plugin under every module system.
addFormats.default(ajv);
const validators = new Map<unknown, ReturnType<typeof ajv.compile>>();

/** Whether `value` satisfies `schema` (Ajv, draft 2020-12 with formats). */
export function satisfies(schema: Json, value: unknown): boolean {
  let validate = validators.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    validators.set(schema, validate);
  }
  return validate(value) as boolean;
}

/** Generates one value for `schema` from `seed`, deterministically. */
export function fake(schema: Json, seed: number, overrides: Json = {}): unknown {
  return generateSync(schema, { seed, maxItems: 3, maxLength: 24, ...overrides });
}

/**
 * Builds a request for `operationId` from `seed`: every required parameter, the optional
 * ones selected by `withOptional`, and a body when the operation takes one.
 */
export function buildRequest(
  operationId: OperationId,
  seed: number,
  withOptional: boolean[],
): SpecRequest {
  const request = { path: {}, query: {}, header: {}, body: undefined } as {
    path: Record<string, string>;
    query: Record<string, unknown>;
    header: Record<string, string>;
    body: unknown;
  };
  parametersOf(operationId).forEach((parameter, index) => {
    if (!parameter.required && !withOptional[index % Math.max(1, withOptional.length)]) return;
    // Empty or slash-bearing path segments would address another route, not test this one.
    const overrides =
      parameter.in === "path" ? { minLength: 1, pattern: "^[A-Za-z0-9_-]{1,24}$" } : {};
    const schema =
      parameter.in === "path" ? { ...parameter.schema, ...overrides } : parameter.schema;
    const value = fake(schema, seed + index);
    if (parameter.in === "query") request.query[parameter.name] = value;
    else request[parameter.in][parameter.name] = String(value);
  });
  if (operationId === "deleteOAuthClient")
    request.header["qlik-confirm-delete"] = request.path.id ?? "";
  const bodySchema = bodySchemaOf(operationId);
  if (bodySchema)
    request.body = fake(bodySchema, seed, { alwaysFakeOptionals: withOptional[0] ?? false });
  return request;
}
