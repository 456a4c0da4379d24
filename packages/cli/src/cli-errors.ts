// Errors the CLI itself raises, each carrying its exit code and what to do next.

import { type ExitCode, exitCodes } from "./exit-codes.js";

/** A failure the CLI explains itself: `message` says what failed, `hint` what to do. */
export class CliError extends Error {
  /** The process exit code for this failure. */
  readonly exitCode: ExitCode;
  /** One line saying what to do about it, or undefined. */
  readonly hint: string | undefined;

  constructor(message: string, options: { exitCode?: ExitCode; hint?: string } = {}) {
    super(message);
    this.name = "CliError";
    this.exitCode = options.exitCode ?? exitCodes.failure;
    this.hint = options.hint;
  }
}

/** A command line the CLI cannot run as given (exit 2). */
export class UsageError extends CliError {
  constructor(message: string, hint?: string) {
    super(message, { exitCode: exitCodes.usage, ...(hint ? { hint } : {}) });
    this.name = "UsageError";
  }
}
