// Runs `qlik-org` once: parses the command line, runs the command, and turns every failure into
// lines on stderr and an exit code (exit-codes.ts). Nothing is printed to stdout on failure.

import { type Command, CommanderError } from "commander";
import { exitCodes } from "./exit-codes.js";
import type { GlobalOptions } from "./global-options.js";
import { type CliIo, processIo } from "./io.js";
import { buildProgram } from "./program.js";

/** Flags that would put a secret on the command line, where shells and `ps` keep it. */
const SECRET_FLAG = /^--(client-secret|secret|access-token|token)(=|$)/;

/** Refuses a secret on the command line, without echoing its value. */
function secretOnCommandLine(argv: readonly string[], io: CliIo): number | undefined {
  const found = argv.find((arg) => SECRET_FLAG.test(arg));
  if (!found) return undefined;
  const flag = found.split("=")[0];
  io.stderr.write(
    `qlik-org: ${flag} is not accepted: a secret on the command line stays in shell history and process lists\n` +
      "qlik-org: hint: set QLIK_ORG_CLIENT_SECRET (or QLIK_ORG_ACCESS_TOKEN), or save it with `qlik-org context create NAME --client-id ID --client-secret-stdin`\n",
  );
  return exitCodes.usage;
}

/** Runs the CLI with `argv` (without `node` and the script) and resolves with the exit code. */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const refused = secretOnCommandLine(argv, io);
  if (refused !== undefined) return refused;

  let exitCode: number = exitCodes.success;
  let program: Command | undefined;
  const configure = (root: Command) => {
    root.exitOverride().configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, "qlik-org: ")),
    });
  };
  program = buildProgram(configure, async (body, what) => {
    const globals = (program as Command).opts<GlobalOptions>();
    try {
      await body(globals, io);
    } catch (error) {
      const { reportError } = await import("./report-error.js");
      const report = reportError(error, what);
      io.stderr.write(report.lines.map((line) => `qlik-org: ${line}\n`).join(""));
      exitCode = report.exitCode;
    }
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // --help and --version exit 0; everything else commander refuses is a usage error.
    return error.exitCode === 0 ? exitCodes.success : exitCodes.usage;
  }
  return exitCode;
}
