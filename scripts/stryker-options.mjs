// The Stryker options every package's mutation run shares (`npm run mutation`, see the root README);
// each package's stryker.config.mjs adds what it mutates and what is its own.
// @ts-check

/**
 * Shared options for the package whose reports go to `reports/mutation/<name>/`.
 * @param {string} name
 * @returns {import("@stryker-mutator/api/core").PartialStrykerOptions}
 */
export function strykerOptions(name) {
  return {
    testRunner: "vitest",
    // Only the tests that run the mutated code in this process (see each package's file).
    vitest: { configFile: "vitest.mutation.config.ts" },
    // Each mutant runs only the tests that cover it.
    coverageAnalysis: "perTest",
    // The machine has two cores shared with other work.
    concurrency: 1,
    // Later runs re-test only mutants whose code or covering tests changed; the file is committed.
    incremental: true,
    incrementalFile: "stryker-incremental.json",
    reporters: ["clear-text", "progress", "html", "json"],
    clearTextReporter: { reportTests: false, logTests: false },
    htmlReporter: { fileName: `../../reports/mutation/${name}/mutation.html` },
    jsonReporter: { fileName: `../../reports/mutation/${name}/mutation.json` },
    // Below 90% is short of the project's target (95% for the code that guards secrets).
    thresholds: { high: 95, low: 90, break: null },
    timeoutMS: 10_000,
  };
}
