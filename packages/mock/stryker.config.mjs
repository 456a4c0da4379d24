// Mutation testing of the mock's stateful engine: `npm run mutation` (see the root README).
// @ts-check

import { strykerOptions } from "../../scripts/stryker-options.mjs";

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
  ...strykerOptions("mock"),
  mutate,
  // Static mutants (code run when a module loads, such as the tables read from the spec) re-run
  // the whole 20-second suite each, over 6 hours here. They are left out of the score (reported
  // as ignored); run with `--ignoreStatic false` to include them.
  ignoreStatic: true,
};
