// Mutation testing of the mock's stateful engine: `npm run mutation` (see the root README).
// @ts-check

/**
 * The files Stryker mutates: the stateful engine's logic and the schema-error formatting. To add a
 * file, add it here. Left out of src/stateful/, each for the reason beside it:
 * - index.ts: only re-exports.
 * - types.ts: interfaces only, nothing runs.
 * - start-stateful-server.ts: wires the engine to node:http (the listener is its own module).
 * - seed-file.ts, faults-file.ts, json-file.ts: Node-only file reading adapters, tested through the
 *   CLI in a child process, where a mutant is not seen.
 * Left out of src/: the Prism mode, the HTTP listener and the CLI (they wrap Prism and node:http and
 * their tests run in child processes), and the modules that only wire (index.ts, web.ts, msw.ts).
 */
const mutate = [
  "src/stateful/create-stateful-org.ts",
  "src/stateful/documented-fields.ts",
  "src/stateful/faults.ts",
  "src/stateful/handler-context.ts",
  "src/stateful/http-responses.ts",
  "src/stateful/list-query.ts",
  "src/stateful/oauth-client-handlers.ts",
  "src/stateful/oauth-clients.ts",
  "src/stateful/org-data.ts",
  "src/stateful/pagination.ts",
  "src/stateful/random.ts",
  "src/stateful/rate-limits.ts",
  "src/stateful/request-validation.ts",
  "src/stateful/schema-validation.ts",
  "src/stateful/scim-filter-evaluator.ts",
  "src/stateful/scim-filter-parser.ts",
  "src/stateful/secrets.ts",
  "src/stateful/seed.ts",
  "src/stateful/sorting.ts",
  "src/stateful/spec.ts",
  "src/stateful/tenant-handlers.ts",
  "src/stateful/tenants.ts",
  "src/stateful/token-handler.ts",
  "src/stateful/tokens.ts",
  "src/format-schema-error.ts",
];

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  mutate,
  testRunner: "vitest",
  // Leaves out the Prism, CLI and child-process tests, which never run the mutated code in
  // this process (see the file).
  vitest: { configFile: "vitest.mutation.config.ts" },
  // Each mutant runs only the tests that cover it (the suite takes about 20 s).
  coverageAnalysis: "perTest",
  // Static mutants (code run when a module loads, such as the tables read from the spec) re-run
  // the whole suite each: 1,063 of 2,615 mutants, estimated at over 6 hours here. They are left out
  // of the score (reported as ignored); run with `--ignoreStatic false` to include them.
  ignoreStatic: true,
  // The machine has two cores shared with other work.
  concurrency: 1,
  // Later runs re-test only mutants whose code or covering tests changed; the file is committed.
  incremental: true,
  incrementalFile: "stryker-incremental.json",
  reporters: ["clear-text", "progress", "html", "json"],
  clearTextReporter: { reportTests: false, logTests: false },
  htmlReporter: { fileName: "../../reports/mutation/mock/mutation.html" },
  jsonReporter: { fileName: "../../reports/mutation/mock/mutation.json" },
  thresholds: { high: 95, low: 90, break: null },
  timeoutMS: 10_000,
};
