// Reads the operations, their statuses and examples from spec/openapi.yaml at test time.

import { fileURLToPath } from "node:url";
import { bundleSpec } from "../../../../scripts/generate/bundle-spec.mjs";

/** A loosely typed node of the bundled OpenAPI document. */
// biome-ignore lint/suspicious/noExplicitAny: tests walk arbitrary JSON and assert on it.
export type Node = Record<string, any>;

/** One operation of the spec, as the docs page should show it. */
export interface SpecOperation {
  readonly operationId: string;
  readonly summary: string;
  readonly tag: string;
  readonly method: string;
  readonly path: string;
  /** Every documented response status, in spec order. */
  readonly statuses: string[];
  /** The lowest documented 4xx/5xx status, if any. */
  readonly firstErrorStatus: string | undefined;
  /** A value taken from the success response's JSON example, as JSON text. */
  readonly successExampleValue: string | undefined;
  /** A value taken from the request body's JSON example, as JSON text. */
  readonly requestExampleValue: string | undefined;
}

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

/** Bundles spec/openapi.yaml with Redocly (as the docs build does) and returns the document. */
export async function loadSpec(): Promise<Node> {
  return bundleSpec(`${repoRoot}spec/openapi.yaml`, `${repoRoot}redocly.yaml`);
}

/** Every operation of `spec`, in spec order. */
export function listOperations(spec: Node): SpecOperation[] {
  const deref = (node: Node | undefined): Node | undefined => {
    let current = node;
    while (current && typeof current.$ref === "string") {
      current = current.$ref
        .replace(/^#\//, "")
        .split("/")
        .reduce<Node | undefined>(
          (value, key) => value?.[key.replace(/~1/g, "/").replace(/~0/g, "~")],
          spec,
        );
    }
    return current;
  };
  const exampleOf = (content: Node | undefined): unknown => {
    const media = deref(content?.["application/json"]);
    if (!media) return undefined;
    if ("example" in media) return media.example;
    const first = Object.values<Node>(media.examples ?? {})[0];
    return deref(first)?.value;
  };

  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries<Node>(spec.paths)) {
    for (const method of methods) {
      const operation: Node | undefined = item[method];
      if (!operation) continue;
      const statuses = Object.keys(operation.responses ?? {});
      const success = statuses.find((status) => status.startsWith("2"));
      operations.push({
        operationId: operation.operationId,
        summary: operation.summary,
        tag: operation.tags?.[0],
        method: method.toUpperCase(),
        path,
        statuses,
        firstErrorStatus: statuses.filter((status) => /^[45]/.test(status)).sort()[0],
        successExampleValue: firstLeaf(
          exampleOf(success ? deref(operation.responses[success])?.content : undefined),
        ),
        requestExampleValue: firstLeaf(exampleOf(deref(operation.requestBody)?.content)),
      });
    }
  }
  return operations;
}

/** The first string, number or boolean met depth-first in `value`, as JSON text. */
function firstLeaf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object") return JSON.stringify(value);
  for (const child of Object.values(value)) {
    const leaf = firstLeaf(child);
    if (leaf !== undefined) return leaf;
  }
  return undefined;
}

/** The `## ` headings of a Markdown text, in order. */
export function markdownHeadings(markdown: string): string[] {
  return [...markdown.matchAll(/^##\s+(.+)$/gm)].map((match) => match[1]?.trim() ?? "");
}
