// Every spec-invalid variant of an operation's request that the spec itself names, enumerated
// deterministically: a required field or parameter left out, a value outside an enum, a parameter
// that breaks its type, length or range.

import type { OperationId } from "@qlik-org/generated";
import { bodySchemaOf, parametersOf, type SpecRequest, satisfies } from "./spec-requests.js";

// biome-ignore lint/suspicious/noExplicitAny: the spec is walked as plain JSON.
type Json = any;

/** One way to make a valid request of an operation invalid. */
export interface InvalidCase {
  /** What is broken, e.g. `body.publicKeys[].kid missing` or `query sort outside its enum`. */
  readonly name: string;
  /** The broken copy of `request`, or undefined when `request` lacks what this case breaks. */
  readonly apply: (request: SpecRequest) => SpecRequest | undefined;
}

/** A step into a body: an object key, or every item of an array (`[]`). */
type Step = string | typeof EACH;
const EACH = Symbol("each item");

const outsideEnum = "not-a-documented-value";

/** Every invalid case the spec defines for `operationId`: body first, then parameters. */
export function invalidCasesOf(operationId: OperationId): InvalidCase[] {
  const body = bodySchemaOf(operationId);
  return [
    ...(body ? bodyCases(body, []) : []),
    ...parametersOf(operationId).flatMap(parameterCases),
  ];
}

function bodyCases(schema: Json, at: Step[]): InvalidCase[] {
  const cases: InvalidCase[] = [];
  const where = ["body", ...at.map((step) => (step === EACH ? "[]" : `.${step}`))].join("");
  if (Array.isArray(schema.enum)) {
    cases.push({
      name: `${where} outside its enum`,
      apply: (request) => withBody(request, at, () => ({ value: outsideEnum })),
    });
  }
  for (const field of schema.required ?? []) {
    cases.push({
      name: `${where}.${field} missing`,
      apply: (request) =>
        withBody(request, at, (node) =>
          isObject(node) && field in node ? { value: omit(node, field) } : undefined,
        ),
    });
  }
  for (const [field, property] of Object.entries<Json>(schema.properties ?? {})) {
    cases.push(...bodyCases(property, [...at, field]));
  }
  if (schema.items) cases.push(...bodyCases(schema.items, [...at, EACH]));
  return cases;
}

/** Changes the node(s) of `request.body` at `at`; undefined when no node there could be changed. */
function withBody(
  request: SpecRequest,
  at: Step[],
  change: (node: unknown) => { value: unknown } | undefined,
): SpecRequest | undefined {
  const changed = changeAt(request.body, at, change);
  return changed && { ...request, body: changed.value };
}

function changeAt(
  node: unknown,
  at: Step[],
  change: (node: unknown) => { value: unknown } | undefined,
): { value: unknown } | undefined {
  const [step, ...rest] = at;
  if (step === undefined) return change(node);
  if (step === EACH) {
    if (!Array.isArray(node)) return undefined;
    const items = node.map((item) => changeAt(item, rest, change));
    if (!items.some(Boolean)) return undefined;
    return { value: items.map((item, index) => (item ? item.value : node[index])) };
  }
  if (!isObject(node) || !(step in node)) return undefined;
  const inner = changeAt(node[step], rest, change);
  return inner && { value: { ...node, [step]: inner.value } };
}

function parameterCases(parameter: {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  schema: Json;
}): InvalidCase[] {
  const { name, schema } = parameter;
  const where = `${parameter.in} ${name}`;
  const set = (value: unknown) => (request: SpecRequest) => ({
    ...request,
    [parameter.in]: { ...request[parameter.in], [name]: value },
  });
  const cases: InvalidCase[] = [];
  // A path parameter cannot be left out, nor emptied: the URL would name another route.
  if (parameter.required && parameter.in !== "path") {
    cases.push({
      name: `${where} missing`,
      apply: (request) =>
        name in request[parameter.in]
          ? { ...request, [parameter.in]: omit(request[parameter.in], name) }
          : undefined,
    });
  }
  if (Array.isArray(schema.enum)) {
    cases.push({ name: `${where} outside its enum`, apply: set(outsideEnum) });
  }
  if (schema.type === "integer" || schema.type === "number") {
    cases.push({ name: `${where} not a number`, apply: set("not-a-number") });
  }
  if (schema.type === "integer") cases.push({ name: `${where} not an integer`, apply: set(1.5) });
  if (schema.type === "boolean") {
    cases.push({ name: `${where} not a boolean`, apply: set("not-a-boolean") });
  }
  if (typeof schema.minimum === "number") {
    cases.push({ name: `${where} below its minimum`, apply: set(schema.minimum - 1) });
  }
  if (typeof schema.maximum === "number") {
    cases.push({ name: `${where} above its maximum`, apply: set(schema.maximum + 1) });
  }
  if (typeof schema.minLength === "number" && schema.minLength > 0 && parameter.in !== "path") {
    cases.push({ name: `${where} shorter than minLength`, apply: set("") });
  }
  if (typeof schema.pattern === "string") {
    const value = "!not matching!";
    if (!satisfies(schema, value)) {
      cases.push({ name: `${where} not matching its pattern`, apply: set(value) });
    }
  }
  return cases;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `value` without `key`. */
export function omit<T extends Record<string, unknown>>(value: T, key: string): T {
  const { [key]: _dropped, ...rest } = value;
  return rest as T;
}
