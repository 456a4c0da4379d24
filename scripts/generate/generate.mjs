// Turns the spec into the generated package's files, in memory, failing before any write.

import { bundleSpec } from "./bundle-spec.mjs";
import { collectClientMethods } from "./collect-client-methods.mjs";
import { collectOperations } from "./collect-operations.mjs";
import { lintBundle, lintSpec } from "./lint-spec.mjs";
import { renderCliCommands } from "./render-cli-commands.mjs";
import { renderIndex } from "./render-index.mjs";
import { renderOperations } from "./render-operations.mjs";
import { renderRequests } from "./render-requests.mjs";
import { renderResources } from "./render-resources.mjs";
import { renderRoutes } from "./render-routes.mjs";
import { renderTypes } from "./render-types.mjs";
import { renderValidators } from "./render-validators.mjs";

/** A generation that stopped before writing anything; `problems` say what and where. */
export class GenerationError extends Error {
  /** @param {string} message @param {string[]} problems */
  constructor(message, problems) {
    super(`${message}\n${problems.map((problem) => `  ${problem}`).join("\n")}`);
    this.name = "GenerationError";
    this.problems = problems;
  }
}

/**
 * Lints, bundles and renders the spec; resolves with file name → content.
 * Throws `GenerationError` on any lint problem, before anything is written.
 * @param {{ specEntry: string, configPath: string }} options
 * @returns {Promise<Map<string, string>>}
 */
export async function renderGeneratedFiles({ specEntry, configPath }) {
  const problems = await lintSpec(specEntry, configPath);
  if (problems.length > 0) {
    throw new GenerationError(`The spec has ${problems.length} lint problem(s):`, problems);
  }
  const bundled = await bundleSpec(specEntry, configPath);
  const bundleProblems = await lintBundle(bundled, configPath);
  if (bundleProblems.length > 0) {
    throw new GenerationError(
      `The bundled spec has ${bundleProblems.length} lint problem(s):`,
      bundleProblems,
    );
  }
  const { records, problems: operationProblems } = collectOperations(bundled);
  const described = collectClientMethods(bundled, records);
  const extensionProblems = [...operationProblems, ...described.problems];
  if (extensionProblems.length > 0) {
    throw new GenerationError(
      `The spec's operations have ${extensionProblems.length} problem(s) (see spec/EXTENSIONS.md):`,
      extensionProblems,
    );
  }
  return new Map([
    ["schema.ts", await renderTypes(bundled)],
    ["operations.ts", renderOperations(records)],
    ["routes.ts", renderRoutes(records)],
    ["requests.ts", renderRequests(described.methods)],
    ["resources.ts", renderResources(described)],
    ["validators.ts", renderValidators(bundled)],
    ["index.ts", renderIndex(bundled)],
    ["cli-commands.ts", renderCliCommands(bundled)],
    ["openapi.json", `${JSON.stringify(bundled, null, 2)}\n`],
  ]);
}
