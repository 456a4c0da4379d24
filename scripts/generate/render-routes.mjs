// Renders the route table: one function that maps a method and path to its operation, written out
// path by path so that matching a request is a few string comparisons, with nothing built at load.

import { withTsBanner } from "./banner.mjs";

/**
 * Renders \`routes.ts\` from the operation records.
 * @param {ReturnType<typeof import("./collect-operations.mjs").collectOperations>["records"]} records
 */
export function renderRoutes(records) {
  const byLength = new Map();
  for (const route of pathRoutes(records)) {
    const group = byLength.get(route.segments.length) ?? [];
    group.push(route);
    byLength.set(route.segments.length, group);
  }
  const cases = [...byLength]
    .sort(([a], [b]) => a - b)
    .map(([length, routes]) => {
      // Literal segments win over parameters (`/tenants/actions/count` before `/tenants/{tenantId}`).
      const ordered = [...routes].sort((a, b) => b.literals - a.literals);
      return `    case ${length + 1}:\n${ordered.map(renderPathRoute).join("")}      break;`;
    })
    .join("\n");
  return withTsBanner(`import type { OperationId } from "./operations.js";

/** A request matched to an operation, with its decoded path parameters. */
export interface RouteMatch {
  readonly kind: "operation";
  readonly operationId: OperationId;
  readonly pathParams: Readonly<Record<string, string>>;
}

/** No operation matched: an unknown path (404), or a known path with another method (405). */
export interface RouteMiss {
  readonly kind: "not-found" | "method-not-allowed";
  /** Methods the path supports, sorted, for \`Allow\` on a 405; empty for a 404. */
  readonly allow: readonly string[];
}

const notFound: RouteMiss = { kind: "not-found", allow: [] };

/** A path segment as a parameter value: decoded, or undefined when empty or badly encoded. */
function param(segment: string | undefined): string | undefined {
  if (!segment) return undefined;
  if (!segment.includes("%")) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Finds the operation for \`method\` and \`pathname\` (relative to the server URL, without the query
 * string); a miss says whether the path exists with other methods.
 */
export function matchRoute(method: string, pathname: string): RouteMatch | RouteMiss {
  if (pathname.charCodeAt(0) !== 47 /* "/" */) return notFound;
  const s = pathname.split("/");
  const m = method.toUpperCase();
  let allow: string[] | undefined;
  switch (s.length) {
${cases}
  }
  return allow ? { kind: "method-not-allowed", allow: [...new Set(allow)].sort() } : notFound;
}
`);
}

function pathRoutes(records) {
  const byPath = new Map();
  for (const record of records) {
    const operations = byPath.get(record.path) ?? [];
    operations.push(record);
    byPath.set(record.path, operations);
  }
  return [...byPath].map(([path, operations]) => {
    const segments = path
      .split("/")
      .slice(1)
      .map((segment) => {
        const name = /^\{(.+)\}$/.exec(segment)?.[1];
        return name ? { param: name } : { literal: segment };
      });
    return {
      path,
      operations,
      segments,
      literals: segments.filter((segment) => "literal" in segment).length,
    };
  });
}

function renderPathRoute(route) {
  const literals = route.segments
    .map((segment, index) =>
      "literal" in segment ? `s[${index + 1}] === ${JSON.stringify(segment.literal)}` : null,
    )
    .filter(Boolean);
  const params = route.segments
    .map((segment, index) =>
      "param" in segment ? { name: segment.param, index: index + 1 } : null,
    )
    .filter(Boolean)
    .map((param, i) => ({ ...param, variable: `p${i}` }));
  const pathParams =
    params.length === 0
      ? "{}"
      : `{ ${params.map((p) => `${JSON.stringify(p.name)}: ${p.variable}`).join(", ")} }`;
  const methodCases = route.operations.flatMap((operation) => [
    `  case ${JSON.stringify(operation.method)}:`,
    `    return { kind: "operation", operationId: ${JSON.stringify(operation.operationId)}, pathParams: ${pathParams} };`,
  ]);
  const allowed = route.operations.map((operation) => JSON.stringify(operation.method)).sort();
  const dispatch = [
    "switch (m) {",
    ...methodCases,
    "}",
    `(allow ??= []).push(${allowed.join(", ")});`,
  ];
  const body =
    params.length === 0
      ? dispatch
      : [
          ...params.map((p) => `const ${p.variable} = param(s[${p.index}]);`),
          `if (${params.map((p) => `${p.variable} !== undefined`).join(" && ")}) {`,
          ...dispatch.map((line) => `  ${line}`),
          "}",
        ];
  const indented = body.map((line) => `        ${line}`).join("\n");
  return `      // ${route.path}\n      if (${literals.join(" && ") || "true"}) {\n${indented}\n      }\n`;
}
