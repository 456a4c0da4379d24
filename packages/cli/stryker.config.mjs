// Mutation testing of the CLI's own layer: `npm run mutation` (see the root README).
// @ts-check

import { strykerOptions } from "../../scripts/stryker-options.mjs";

/**
 * The files Stryker mutates. To add a file, add it here; everything else in src/ stays out for
 * the reason beside it:
 * - bin.ts, index.ts: only wire (the bin sets the exit code, the entry re-exports).
 * - version.ts: a constant written by the release script.
 * - completion-shells.ts: a constant list of shell names.
 * - exit-codes.ts, global-options.ts: `as const` tables (exit codes, `-o` formats), which Stryker
 *   does not mutate (a mutant would break their types); readme.test.ts and the `-o` tests use them.
 * - io.ts: the process's own streams (the bin's path, which the child-process tests run) and a
 *   four-line stream reader that every `--body -` test runs.
 * The commands, their flags and help are generated (`@qlik-org/generated/cli-commands`), so they
 * are not mutated here; program.ts, which turns them into commander commands, is.
 */
const mutate = [
  "src/auth-token.ts",
  "src/cli-errors.ts",
  "src/completion.ts",
  "src/connection.ts",
  "src/context-commands.ts",
  "src/context-store.ts",
  "src/create-client.ts",
  "src/dry-run.ts",
  "src/program.ts",
  "src/prompts.ts",
  "src/report-error.ts",
  "src/request-input.ts",
  "src/run-operation.ts",
  "src/run.ts",
  "src/output/cells.ts",
  "src/output/choose-format.ts",
  "src/output/list-writer.ts",
  "src/output/progress.ts",
  "src/output/table.ts",
  "src/output/write-value.ts",
];

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  ...strykerOptions("cli"),
  mutate,
  // Mutate the package's own files (Stryker restores them afterwards): a sandbox copy breaks the
  // tsconfig `extends` that leave the package (test/tsconfig.json is not rewritten by Stryker), as
  // in the client. So do not build or edit src/ or test/ while a run is going.
  inPlace: true,
};
