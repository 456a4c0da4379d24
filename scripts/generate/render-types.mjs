// Renders the openapi-typescript types (paths, components, operations) for the bundled spec.

import openapiTS, { astToString } from "openapi-typescript";
import { withTsBanner } from "./banner.mjs";

/**
 * Renders `schema.ts` from the bundled spec document.
 * @param {Record<string, unknown>} bundled
 */
export async function renderTypes(bundled) {
  const ast = await openapiTS(structuredClone(bundled), {
    // The bundle was linted already; openapi-typescript's own Redocly pass would repeat it.
    silent: true,
    alphabetize: false,
  });
  return withTsBanner(astToString(ast));
}
