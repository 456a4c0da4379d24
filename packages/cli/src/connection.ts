// Where the credentials and base URL of a command come from, in order: a context named with
// `--context`, then QLIK_ORG_ACCESS_TOKEN or QLIK_ORG_CLIENT_ID + QLIK_ORG_CLIENT_SECRET, then the
// current context. The base URL: `--base-url`, QLIK_ORG_BASE_URL, the context's, the default.

import type { AuthOptions } from "@qlik-org/client";
import { CliError } from "./cli-errors.js";
import { pickContext, readContexts } from "./context-store.js";
import { exitCodes } from "./exit-codes.js";
import type { GlobalOptions } from "./global-options.js";

/** What a client needs to talk to the organization, and where the credentials came from. */
export interface Connection {
  /** The base URL, or undefined for the client's default. */
  readonly baseUrl: string | undefined;
  /** Credentials, or undefined when none were found (a dry run needs none). */
  readonly auth: AuthOptions | undefined;
  /** Where the credentials came from, for `--verbose` (never the values). */
  readonly source: string;
}

/** Finds the base URL and credentials for this run. */
export async function resolveConnection(
  globals: GlobalOptions,
  env: Readonly<Record<string, string | undefined>>,
): Promise<Connection> {
  const explicitBaseUrl = globals.baseUrl || env.QLIK_ORG_BASE_URL || undefined;
  const fromContext = async (name: string | undefined) => {
    const picked = pickContext(await readContexts(env), name);
    if (!picked) return undefined;
    const { clientId, clientSecret, baseUrl } = picked.context;
    return {
      baseUrl: explicitBaseUrl ?? baseUrl,
      auth: { clientId, clientSecret },
      source: `context "${picked.name}"`,
    };
  };
  if (globals.context) return (await fromContext(globals.context)) as Connection;
  if (env.QLIK_ORG_ACCESS_TOKEN) {
    return {
      baseUrl: explicitBaseUrl,
      auth: { accessToken: env.QLIK_ORG_ACCESS_TOKEN },
      source: "QLIK_ORG_ACCESS_TOKEN",
    };
  }
  if (env.QLIK_ORG_CLIENT_ID || env.QLIK_ORG_CLIENT_SECRET) {
    if (!env.QLIK_ORG_CLIENT_ID || !env.QLIK_ORG_CLIENT_SECRET) {
      throw new CliError(
        `${env.QLIK_ORG_CLIENT_ID ? "QLIK_ORG_CLIENT_SECRET" : "QLIK_ORG_CLIENT_ID"} is not set`,
        {
          exitCode: exitCodes.auth,
          hint: "set both QLIK_ORG_CLIENT_ID and QLIK_ORG_CLIENT_SECRET",
        },
      );
    }
    return {
      baseUrl: explicitBaseUrl,
      auth: { clientId: env.QLIK_ORG_CLIENT_ID, clientSecret: env.QLIK_ORG_CLIENT_SECRET },
      source: "QLIK_ORG_CLIENT_ID and QLIK_ORG_CLIENT_SECRET",
    };
  }
  return (
    (await fromContext(undefined)) ?? { baseUrl: explicitBaseUrl, auth: undefined, source: "none" }
  );
}

/** The credentials of a connection, or an error saying how to provide them. */
export function requireAuth(connection: Connection): AuthOptions {
  if (connection.auth) return connection.auth;
  throw new CliError("no credentials", {
    exitCode: exitCodes.auth,
    hint: "set QLIK_ORG_CLIENT_ID and QLIK_ORG_CLIENT_SECRET (or QLIK_ORG_ACCESS_TOKEN), or run `qlik-org context create NAME --client-id ID`",
  });
}
