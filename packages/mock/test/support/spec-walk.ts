// Reads operations, statuses and examples out of the bundled spec at test time, so a test table
// built from it grows with the spec instead of drifting from it.

import type { OperationId } from "@qlik-org/generated";
import spec from "@qlik-org/generated/openapi.json" with { type: "json" };

type Node = Record<string, unknown>;

/** One operation as the spec declares it. */
export interface SpecOperation {
  readonly operationId: OperationId;
  readonly method: string;
  readonly path: string;
  /** Every documented status, ascending. */
  readonly statuses: readonly number[];
  /** The operation object with path-level parameters merged in and `$ref`s left as they are. */
  readonly operation: Node;
  readonly parameters: readonly Node[];
}

/** One documented response of an operation, with the spec's example body (undefined if none). */
export interface SpecResponse {
  readonly operationId: OperationId;
  readonly status: number;
  readonly example: unknown;
  readonly hasBody: boolean;
}

/** The example request the spec documents for an operation. */
export interface SpecRequestExample {
  readonly pathParams: Record<string, string>;
  readonly query: Record<string, string>;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

const httpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const document = spec as unknown as Node;

/** Follows `$ref`s inside the bundled spec. */
export function deref(node: unknown): Node {
  let current = node as Node;
  while (typeof current?.$ref === "string") {
    current = (current.$ref as string)
      .slice(2)
      .split("/")
      .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<Node>((n, key) => n[key] as Node, document);
  }
  return current;
}

/** Every operation in the spec, in spec order. */
export function specOperations(): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries(document.paths as Record<string, Node>)) {
    for (const method of httpMethods) {
      const operation = item[method] as Node | undefined;
      if (!operation) continue;
      const statuses = Object.keys(operation.responses as Node)
        .map(Number)
        .sort((a, b) => a - b);
      const parameters = [
        ...((item.parameters as Node[] | undefined) ?? []),
        ...((operation.parameters as Node[] | undefined) ?? []),
      ].map(deref);
      operations.push({
        operationId: operation.operationId as OperationId,
        method: method.toUpperCase(),
        path,
        statuses,
        operation,
        parameters,
      });
    }
  }
  return operations;
}

/** Every documented operation × status, with the example body the spec gives for it. */
export function documentedResponses(): SpecResponse[] {
  return specOperations().flatMap(({ operationId, operation, statuses }) =>
    statuses.map((status) => {
      const response = deref((operation.responses as Node)[String(status)]);
      const media = (response.content as Record<string, Node> | undefined)?.["application/json"];
      return {
        operationId,
        status,
        example: media ? exampleOf(media) : undefined,
        hasBody: media !== undefined,
      };
    }),
  );
}

/** The request the spec's own examples describe; a parameter without an example gets a stand-in. */
export function requestExample(operation: SpecOperation): SpecRequestExample {
  const pathParams: Record<string, string> = {};
  const query: Record<string, string> = {};
  const headers: Record<string, string> = {};
  for (const parameter of operation.parameters) {
    const name = parameter.name as string;
    const value = parameterExample(parameter);
    if (parameter.in === "path") pathParams[name] = value ?? `example-${name}`;
    else if (value === undefined) continue;
    else if (parameter.in === "query") query[name] = value;
    else if (parameter.in === "header") headers[name] = value;
  }
  // qlik-confirm-delete must repeat the id being deleted; the spec says so in prose only.
  if (
    "qlik-confirm-delete" in headers ||
    operation.parameters.some((p) => p.name === "qlik-confirm-delete")
  ) {
    headers["qlik-confirm-delete"] = pathParams.id ?? "";
  }
  const requestBody = operation.operation.requestBody
    ? deref(operation.operation.requestBody)
    : undefined;
  const media = (requestBody?.content as Record<string, Node> | undefined)?.["application/json"];
  return { pathParams, query, headers, body: media ? exampleOf(media) : undefined };
}

function parameterExample(parameter: Node): string | undefined {
  const schema = deref(parameter.schema ?? {});
  const value =
    parameter.example ??
    Object.values((parameter.examples as Record<string, Node> | undefined) ?? {})[0]?.value ??
    schema.example ??
    (schema.enum as unknown[] | undefined)?.[0];
  return value === undefined ? undefined : String(value);
}

function exampleOf(media: Node): unknown {
  if ("example" in media) return media.example;
  const first = Object.values((media.examples as Record<string, Node> | undefined) ?? {})[0];
  return first ? deref(first).value : undefined;
}
