// Turns any failure into one or two lines on stderr and an exit code: what failed, the status and
// the API's own message, the request id, and what to do. Messages come from the client's errors,
// which never hold a secret or token (see packages/client/README.md).

import {
  AuthenticationError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServiceUnavailableError,
  TimeoutError,
  TokenRequestError,
} from "@qlik-org/client";
import { CliError } from "./cli-errors.js";
import { type ExitCode, exitCodes } from "./exit-codes.js";

/** What to print and which code to exit with. */
export interface ErrorReport {
  readonly exitCode: ExitCode;
  /** One or two lines, without the `qlik-org: ` prefix. */
  readonly lines: readonly string[];
}

/** The exit code and advice for one client error. */
function classify(error: unknown): { exitCode: ExitCode; hint?: string } {
  if (error instanceof NotFoundError) {
    return { exitCode: exitCodes.notFound, hint: "check the id; the list command shows them" };
  }
  if (error instanceof TokenRequestError || error instanceof AuthenticationError) {
    return {
      exitCode: exitCodes.auth,
      hint: "check the client id and secret (or token) of the context or QLIK_ORG_* variables",
    };
  }
  if (error instanceof PermissionDeniedError) {
    return { exitCode: exitCodes.auth, hint: "the OAuth client lacks the role this needs" };
  }
  if (error instanceof RateLimitError) {
    return { exitCode: exitCodes.rateLimited, hint: "wait a minute and run it again" };
  }
  if (error instanceof InternalServerError || error instanceof ServiceUnavailableError) {
    return { exitCode: exitCodes.unavailable, hint: "the service failed; try again later" };
  }
  if (error instanceof ConnectionError || error instanceof TimeoutError) {
    return {
      exitCode: exitCodes.unavailable,
      hint: "check the network, a proxy (HTTPS_PROXY) and --base-url",
    };
  }
  return { exitCode: exitCodes.failure };
}

/** The report of `error`, raised while running `what` (e.g. `oauth-clients get`). */
export function reportError(error: unknown, what: string): ErrorReport {
  if (error instanceof CliError) {
    return {
      exitCode: error.exitCode,
      lines: [error.message, ...(error.hint ? [`hint: ${error.hint}`] : [])],
    };
  }
  const { exitCode, hint } = classify(error);
  // The client's messages already carry the status, the API's own message, the operation and
  // the request id: "404 Not Found: Tenant not found. [getTenant, request id …]".
  const message = error instanceof Error ? error.message : String(error);
  return { exitCode, lines: [`${what} failed: ${message}`, ...(hint ? [`hint: ${hint}`] : [])] };
}
