// Renders the package entry: spec types, named schema types and operation metadata.

import { withTsBanner } from "./banner.mjs";

/**
 * Renders \`index.ts\`, which re-exports the generated modules and names every schema.
 * @param {any} bundled
 */
export function renderIndex(bundled) {
  const schemas = Object.entries(bundled.components?.schemas ?? {});
  const named = schemas
    .map(([name, schema]) => {
      const doc = firstSentence(schema.description ?? schema.title ?? `The \`${name}\` schema.`);
      return `/** ${doc} */\nexport type ${name} = components["schemas"][${JSON.stringify(name)}];`;
    })
    .join("\n\n");
  return withTsBanner(`import type { components } from "./schema.js";

export type { $defs, components, operations, paths, webhooks } from "./schema.js";
export { operationIds, operationMetadata, resourceMethodByOperationId } from "./operations.js";
export type { OperationId, OperationMetadata } from "./operations.js";
export { matchRoute } from "./routes.js";
export type { RouteMatch, RouteMiss } from "./routes.js";
export * from "./requests.js";
export { createResources } from "./resources.js";
export type * from "./resources.js";

${named}
`);
}

function firstSentence(text) {
  const line = String(text).trim().split(/\n/)[0].replace(/\*\//g, "*\\/");
  return line.length > 0 ? line : "A schema of the spec.";
}
