// Which fields the spec documents for a schema, read from the bundled spec: seeds with other keys
// are refused, and responses are cut down to documented fields, so nothing stored by mistake (a
// secret under a misspelt key, a private JWK part) is ever echoed.

import { deref, type SpecNode } from "./spec.js";

/** The documented structure of a value: the properties of an object, the items of an array. */
export type FieldShape =
  | { readonly kind: "object"; readonly properties: ReadonlyMap<string, FieldShape> }
  | { readonly kind: "array"; readonly items: FieldShape }
  | { readonly kind: "value" };

/** A value whose inside the spec does not describe; kept as it is. */
export const anyValue: FieldShape = Object.freeze({ kind: "value" });

const byNode = new Map<SpecNode, FieldShape>();

function isNode(value: unknown): value is SpecNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Properties of the node and of its `allOf` / `anyOf` / `oneOf` branches, by name. */
function collectProperties(node: SpecNode, into: Map<string, unknown>): boolean {
  let found = false;
  if (isNode(node.properties)) {
    found = true;
    for (const [name, schema] of Object.entries(node.properties)) {
      if (!into.has(name)) into.set(name, schema);
    }
  }
  for (const keyword of ["allOf", "anyOf", "oneOf"]) {
    const branches = node[keyword];
    if (!Array.isArray(branches)) continue;
    for (const branch of branches) {
      const resolved = deref(branch);
      if (resolved && collectProperties(resolved, into)) found = true;
    }
  }
  return found;
}

function shapeOfNode(schema: unknown): FieldShape {
  const node = deref(schema);
  if (!node) return anyValue;
  const known = byNode.get(node);
  if (known) return known;
  const properties = new Map<string, unknown>();
  if (collectProperties(node, properties)) {
    const shapes = new Map<string, FieldShape>();
    const shape: FieldShape = { kind: "object", properties: shapes };
    // Registered before its properties are read, so a schema that refers to itself terminates.
    byNode.set(node, shape);
    for (const [name, inner] of properties) shapes.set(name, shapeOfNode(inner));
    return shape;
  }
  const shape: FieldShape =
    node.items === undefined ? anyValue : { kind: "array", items: shapeOfNode(node.items) };
  byNode.set(node, shape);
  return shape;
}

/** The documented fields of a component schema such as `OAuthClient` or `Tenant`. */
export function componentShape(name: string): FieldShape {
  const shape = shapeOfNode({ $ref: `#/components/schemas/${name}` });
  if (shape.kind !== "object") throw new Error(`the spec's ${name} documents no properties`);
  return shape;
}

/** `shape` with top-level properties left out (`omit`) and added (`add`). */
export function withProperties(
  shape: FieldShape,
  change: {
    readonly omit?: readonly string[];
    readonly add?: Readonly<Record<string, FieldShape>>;
  },
): FieldShape {
  if (shape.kind !== "object") throw new TypeError("only an object shape has properties");
  const properties = new Map(shape.properties);
  for (const name of change.omit ?? []) properties.delete(name);
  for (const [name, inner] of Object.entries(change.add ?? {})) properties.set(name, inner);
  return { kind: "object", properties };
}

/** Keys of one object in a value that its shape does not document. */
export interface UndocumentedKeys {
  /** Where the object sits, e.g. `""` for the value itself or `.publicKeys[0]`. */
  readonly path: string;
  /** The unknown keys, in the order the object has them. */
  readonly keys: readonly string[];
  /** The keys that are documented there, sorted. */
  readonly documented: readonly string[];
}

/** Every object inside `value` that has keys `shape` does not document, outermost first. */
export function findUndocumentedKeys(
  shape: FieldShape,
  value: unknown,
  path = "",
): UndocumentedKeys[] {
  if (shape.kind === "array") {
    if (!Array.isArray(value)) return [];
    return value.flatMap((item, index) =>
      findUndocumentedKeys(shape.items, item, `${path}[${index}]`),
    );
  }
  if (shape.kind !== "object" || !isNode(value)) return [];
  const found: UndocumentedKeys[] = [];
  const keys = Object.keys(value).filter((key) => !shape.properties.has(key));
  if (keys.length > 0) {
    found.push({ path, keys, documented: [...shape.properties.keys()].sort() });
  }
  for (const [key, inner] of Object.entries(value)) {
    const innerShape = shape.properties.get(key);
    if (innerShape) found.push(...findUndocumentedKeys(innerShape, inner, `${path}.${key}`));
  }
  return found;
}

/** A deep copy of `value` with only the fields `shape` documents. */
export function keepDocumented<T>(shape: FieldShape, value: T): T {
  if (shape.kind === "array" && Array.isArray(value)) {
    return value.map((item) => keepDocumented(shape.items, item)) as T;
  }
  if (shape.kind === "object" && isNode(value)) {
    const kept: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      const innerShape = shape.properties.get(key);
      if (innerShape && inner !== undefined) kept[key] = keepDocumented(innerShape, inner);
    }
    return kept as T;
  }
  return typeof value === "object" && value !== null ? structuredClone(value) : value;
}
