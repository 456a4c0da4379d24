// POST /oauth/token: the client-credentials grant.

import type { TokenRequest } from "@qlik-org/generated";
import type { OperationHandler } from "./handler-context.js";
import { jsonResponse } from "./http-responses.js";
import { acceptsClientCredentials } from "./oauth-clients.js";
import type { OrgData } from "./org-data.js";

/**
 * Whether the id and secret belong together: a seeded credential, or a stored `web` client that
 * allows the client-credentials grant and holds that secret (a deleted secret no longer counts).
 */
function credentialsMatch(data: OrgData, clientId: string, clientSecret: string): boolean {
  if (data.credentials.some((c) => c.clientId === clientId && c.clientSecret === clientSecret)) {
    return true;
  }
  const client = data.clients.get(clientId);
  return (
    client !== undefined &&
    acceptsClientCredentials(client.record) &&
    client.secrets.some((secret) => secret.value === clientSecret)
  );
}

/** Issues a token for valid credentials; the body's shape was already checked (400) by validation. */
export const requestToken: OperationHandler = (context) => {
  const body = context.input.body as TokenRequest;
  if (!credentialsMatch(context.data, body.client_id, body.client_secret)) {
    return context.fail(401, { detail: "Invalid client credentials." });
  }
  return jsonResponse(200, context.tokens.issue(body.client_id, context.now));
};
