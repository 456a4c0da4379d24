// Builds the `@qlik-org/client` a command runs on: the real one, or for `--dry-run` one whose
// fetch only records (see dry-run.ts).

import { type AuthOptions, createOrgClient, type OrgClient } from "@qlik-org/client";
import { type Connection, requireAuth } from "./connection.js";
import { createRecordingFetch, DRY_RUN_TOKEN, type RecordedRequest } from "./dry-run.js";
import type { GlobalOptions } from "./global-options.js";
import type { CliIo } from "./io.js";
import { VERSION } from "./version.js";

/** A client, and for a dry run the request it would have sent. */
export interface CommandClient {
  readonly org: OrgClient;
  /** The first request the client tried to send, for a dry run; undefined otherwise. */
  readonly recorded: () => RecordedRequest | undefined;
}

/**
 * The client for one command. A dry run carries a placeholder token unless `realAuth` (for
 * `auth token`, whose request is the token request itself) and never reaches the network.
 */
export function createCommandClient(
  connection: Connection,
  globals: GlobalOptions,
  io: CliIo,
  options: { realAuth?: boolean } = {},
): CommandClient {
  const logger = globals.verbose
    ? {
        debug: (message: string) => io.stderr.write(`qlik-org: debug: ${message}\n`),
        info: (message: string) => io.stderr.write(`qlik-org: ${message}\n`),
        warn: (message: string) => io.stderr.write(`qlik-org: warning: ${message}\n`),
        error: (message: string) => io.stderr.write(`qlik-org: error: ${message}\n`),
      }
    : undefined;
  const common = {
    userAgent: `qlik-org-cli/${VERSION}`,
    ...(connection.baseUrl ? { baseUrl: connection.baseUrl } : {}),
    ...(logger ? { logger } : {}),
  };
  if (globals.dryRun) {
    const recording = createRecordingFetch();
    const auth: AuthOptions = options.realAuth
      ? requireAuth(connection)
      : { accessToken: DRY_RUN_TOKEN };
    const org = createOrgClient({
      ...common,
      auth,
      fetch: recording.fetch,
      retry: false,
      throttle: false,
    });
    return { org, recorded: recording.recorded };
  }
  if (globals.verbose) io.stderr.write(`qlik-org: credentials from ${connection.source}\n`);
  const org = createOrgClient({
    ...common,
    auth: requireAuth(connection),
    ...(io.fetch ? { fetch: io.fetch } : {}),
  });
  return { org, recorded: () => undefined };
}
