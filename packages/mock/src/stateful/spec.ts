// Read access to the bundled spec of `@qlik-org/generated`: operations, parameters and responses by operationId.

import type { OperationId } from "@qlik-org/generated";
import { operationMetadata } from "@qlik-org/generated";
import bundledSpec from "@qlik-org/generated/openapi.json" with { type: "json" };

/** A loosely typed node of the OpenAPI document. */
export type SpecNode = { readonly [key: string]: unknown };

/** The bundled OpenAPI document. */
export const openApiDocument: SpecNode = bundledSpec as SpecNode;

function isNode(value: unknown): value is SpecNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Follows `#/...` references inside the bundle until it reaches a node that is not a reference. */
export function deref(node: unknown): SpecNode | undefined {
  let current = node;
  for (let hops = 0; isNode(current) && typeof current.$ref === "string"; hops++) {
    if (hops > 32) throw new Error(`reference cycle at ${current.$ref}`);
    const segments = current.$ref
      .replace(/^#\//, "")
      .split("/")
      .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    current = segments.reduce<unknown>(
      (value, key) => (isNode(value) ? value[key] : undefined),
      openApiDocument,
    );
  }
  return isNode(current) ? current : undefined;
}

/** JSON Pointer (inside the bundle) to an operation's node. */
export function operationPointer(operationId: OperationId): string {
  const { path, method } = operationMetadata[operationId];
  return `#/paths/${escapePointer(path)}/${method.toLowerCase()}`;
}

/** The operation's node in the bundle. */
export function operationNode(operationId: OperationId): SpecNode {
  const node = deref({ $ref: operationPointer(operationId) });
  if (!node) throw new Error(`the bundled spec has no operation ${operationId}`);
  return node;
}

/** One parameter of an operation, with where its schema sits in the bundle. */
export interface SpecParameter {
  readonly name: string;
  readonly in: "query" | "path" | "header" | "cookie";
  readonly required: boolean;
  readonly schema: SpecNode;
  /** `$ref` that points at the parameter's schema, for Ajv. */
  readonly schemaRef: string;
}

/** Path-item and operation parameters of an operation (the operation's own win on a name clash). */
export function operationParameters(operationId: OperationId): SpecParameter[] {
  const { path, method } = operationMetadata[operationId];
  const pathItemPointer = `#/paths/${escapePointer(path)}`;
  const byKey = new Map<string, SpecParameter>();
  for (const [owner, pointer] of [
    [deref({ $ref: pathItemPointer }), pathItemPointer],
    [operationNode(operationId), `${pathItemPointer}/${method.toLowerCase()}`],
  ] as const) {
    const list = owner?.parameters;
    if (!Array.isArray(list)) continue;
    list.forEach((entry: unknown, index) => {
      const parameter = deref(entry);
      if (!parameter || !isNode(parameter.schema)) return;
      // A `$ref`'d parameter keeps its schema under the component; point Ajv at whichever holds it.
      const schemaRef =
        isNode(entry) && typeof entry.$ref === "string"
          ? `${entry.$ref}/schema`
          : `${pointer}/parameters/${index}/schema`;
      const location = parameter.in as SpecParameter["in"];
      byKey.set(`${location}:${String(parameter.name)}`, {
        name: String(parameter.name),
        in: location,
        required: parameter.required === true,
        schema: deref(parameter.schema) ?? parameter.schema,
        schemaRef,
      });
    });
  }
  return [...byKey.values()];
}

/** The operation's JSON request body, if it documents one. */
export function operationRequestBody(operationId: OperationId): {
  readonly required: boolean;
  readonly mediaTypes: string[];
  readonly schemaRef: string;
} | null {
  const body = deref(operationNode(operationId).requestBody);
  if (!body || !isNode(body.content)) return null;
  const mediaTypes = Object.keys(body.content);
  const json = mediaTypes.find((type) => type === "application/json");
  if (!json) return null;
  return {
    required: body.required === true,
    mediaTypes,
    schemaRef: `${operationPointer(operationId)}/requestBody/content/${escapePointer(json)}/schema`,
  };
}

/** Name of the component schema (`Error`, `TenantsError`, …) of an operation's JSON response for `status`. */
export function responseSchemaName(operationId: OperationId, status: number): string | null {
  const responses = operationNode(operationId).responses;
  if (!isNode(responses)) return null;
  const response = deref(responses[String(status)]);
  const content = isNode(response?.content) ? response.content : undefined;
  const media = isNode(content?.["application/json"]) ? content["application/json"] : undefined;
  const schema = isNode(media?.schema) ? media.schema : undefined;
  const ref = typeof schema?.$ref === "string" ? schema.$ref : "";
  const match = /^#\/components\/schemas\/([^/]+)$/.exec(ref);
  return match?.[1] ?? null;
}
