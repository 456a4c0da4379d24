// Argument parsing shared by the repository's scripts: `--help` prints the usage, a wrong flag is
// a one-line error with the usage (exit 2), never a stack trace.

import { parseArgs } from "node:util";

/**
 * Parses `process.argv` with node:util's parseArgs `options`; prints `usage` and exits 0 on
 * `--help`, or prints what was wrong with the usage and exits 2.
 * @param {string} usage the lines printed for `--help` and after an error
 * @param {import("node:util").ParseArgsConfig["options"]} options
 * @param {{ allowPositionals?: boolean }} [config]
 * @returns {{ values: Record<string, any>, positionals: string[] }}
 */
export function parseCliArgs(usage, options, config = {}) {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs({ args, options, allowPositionals: config.allowPositionals ?? false });
  } catch (error) {
    console.error(`error: ${error.message}\n${usage}`);
    process.exit(2);
  }
}
