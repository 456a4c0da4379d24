// Mutation testing of the client's hand-written runtime: `npm run mutation` (see the root README).
// @ts-check

import { strykerOptions } from "../../scripts/stryker-options.mjs";

/**
 * The files Stryker mutates. To add a file, add it here; everything else in src/ stays out for
 * the reason beside it:
 * - create-org-client.ts, index.ts, resource-types.ts: only wire and re-export.
 * - hooks.ts: types only.
 * - version.ts: a constant written by the release script.
 * The resource methods and request builders are generated (`@qlik-org/generated`), so they are not
 * mutated here; the send path and the core under them are.
 */
const mutate = [
  "src/redact.ts",
  "src/auth.ts",
  "src/retry.ts",
  "src/throttle.ts",
  "src/base-url.ts",
  "src/logger.ts",
  "src/sleep.ts",
  "src/safe-cause.ts",
  "src/header-value.ts",
  "src/error-body.ts",
  "src/errors.ts",
  "src/send.ts",
  "src/resource-core.ts",
  "src/path-surface.ts",
  "src/attempt-signal.ts",
  "src/pagination.ts",
  "src/error-factory.ts",
  "src/token-request.ts",
  "src/options.ts",
  "src/request-options.ts",
];

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  ...strykerOptions("client"),
  mutate,
  // Mutate the package's own files (Stryker restores them afterwards): a sandbox copy breaks the
  // tsconfig `extends` that leave the package (test/tsconfig.json is not rewritten by Stryker).
  // So do not build or edit src/ while a run is going.
  inPlace: true,
};
