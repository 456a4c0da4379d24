// Public entry point: the CLI as a function, for embedding and tests; wires and re-exports.

export { CliError, UsageError } from "./cli-errors.js";
export { type ExitCode, exitCodes } from "./exit-codes.js";
export { type GlobalOptions, type OutputFormat, outputFormats } from "./global-options.js";
export type { CliIo, CliOutput } from "./io.js";
export { runCli } from "./run.js";
export { VERSION } from "./version.js";
