// The exit codes of `qlik-org`, documented in the README's table (a test keeps the two equal).

/** Exit code of each outcome; a script can branch on these. */
export const exitCodes = {
  /** The command did what it was asked. */
  success: 0,
  /** Any other failure: a request the API refused (400, 409), an unexpected answer. */
  failure: 1,
  /** Unknown command or flag, missing or invalid argument, a secret on the command line. */
  usage: 2,
  /** A destructive command was not confirmed (no terminal and no `--yes`, or the id was mistyped). */
  cancelled: 3,
  /** The API answered 404: the tenant, client or secret does not exist. */
  notFound: 4,
  /** No credentials, or the API refused them (401, a failed token request) or the permission (403). */
  auth: 5,
  /** The API answered 429 and the client's retries ran out. */
  rateLimited: 6,
  /** The network failed, timed out, or the server answered 5xx after the client's retries. */
  unavailable: 7,
} as const;

/** One of the exit codes above. */
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
