// Loads the bundled spec and resolves its internal `$ref`s for tests.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/** A loosely typed JSON Schema / OpenAPI node. */
// biome-ignore lint/suspicious/noExplicitAny: tests walk arbitrary JSON and assert on it.
export type Node = Record<string, any>;

/** The bundled spec that `@qlik-org/generated` ships as `openapi.json`. */
export const bundledSpec: Node = JSON.parse(
  readFileSync(fileURLToPath(new URL("../../src/openapi.json", import.meta.url)), "utf8"),
);

/** Follows `#/...` references inside the bundle until a non-reference node. */
export function deref(node: Node): Node {
  let current = node;
  while (current && typeof current.$ref === "string") {
    const pointer = current.$ref.replace(/^#\//, "").split("/");
    current = pointer.reduce<Node>(
      (value, key) => value?.[key.replace(/~1/g, "/").replace(/~0/g, "~")],
      bundledSpec,
    );
  }
  return current;
}

/** Merges a schema's `allOf` parts so its properties and required list can be read at once. */
export function flatten(schema: Node): { properties: Node; required: string[] } {
  const resolved = deref(schema);
  const properties: Node = { ...(resolved.properties ?? {}) };
  const required = new Set<string>(resolved.required ?? []);
  for (const part of resolved.allOf ?? []) {
    const flat = flatten(part);
    Object.assign(properties, flat.properties);
    for (const name of flat.required) required.add(name);
  }
  return { properties, required: [...required].sort() };
}

/** Finds an operation by its operationId, with its method and path. */
export function findOperation(operationId: string): {
  method: string;
  path: string;
  operation: Node;
} {
  for (const [path, item] of Object.entries<Node>(bundledSpec.paths)) {
    for (const [method, operation] of Object.entries<Node>(item)) {
      if (operation?.operationId === operationId) {
        return { method: method.toUpperCase(), path, operation };
      }
    }
  }
  throw new Error(`no operation ${operationId} in the bundled spec`);
}

/** Every operation in the bundle, in spec order. */
export function allOperations(): { method: string; path: string; operation: Node }[] {
  const found = [];
  for (const [path, item] of Object.entries<Node>(bundledSpec.paths)) {
    for (const [method, operation] of Object.entries<Node>(item)) {
      if (operation?.operationId) found.push({ method: method.toUpperCase(), path, operation });
    }
  }
  return found;
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
// ajv-formats is CommonJS; `.default` is its plugin under every module system.
addFormats.default(ajv);
ajv.addSchema(bundledSpec, "openapi.json");

/** Validates `value` against a component schema and returns readable errors (empty when valid). */
export function validateAgainst(schemaName: string, value: unknown): string[] {
  const validate = ajv.getSchema(`openapi.json#/components/schemas/${schemaName}`);
  if (!validate) throw new Error(`no schema ${schemaName}`);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message}`);
}
