// `qlik-org auth token`: prints an access token for piping into other tools (curl, jq).

import { resolveConnection } from "./connection.js";
import { createCommandClient } from "./create-client.js";
import { printRecordedRequest } from "./dry-run.js";
import type { GlobalOptions } from "./global-options.js";
import type { CliIo } from "./io.js";
import { chooseFormat } from "./output/choose-format.js";

/** Prints the token the client would send, fetched from `/oauth/token` when need be. */
export async function runAuthToken(globals: GlobalOptions, io: CliIo): Promise<void> {
  const connection = await resolveConnection(globals, io.env);
  const { org, recorded } = createCommandClient(connection, globals, io, { realAuth: true });
  try {
    const token = await org.auth.getToken();
    io.stdout.write(`${token}\n`);
  } catch (error) {
    const request = recorded();
    if (request) {
      await printRecordedRequest(io.stdout, request, chooseFormat(globals, io));
      return;
    }
    throw error;
  }
}
