// The seven OAuth-client operations.

import type { OAuthClientCreateRequest, OAuthClientPatchRequest } from "@qlik-org/generated";
import type { HandlerContext, OperationHandler } from "./handler-context.js";
import { jsonResponse, noContent } from "./http-responses.js";
import { runListQuery } from "./list-query.js";
import {
  type ClientRecord,
  clientRecordFromRequest,
  oauthClientFilterAttributes,
  oauthClientListing,
  type StoredClient,
  toOAuthClient,
  toOAuthClientCreated,
  toOAuthClientListItem,
} from "./oauth-clients.js";
import { parseFilter } from "./scim-filter-parser.js";
import { canHoldSecrets, generateSecret, maxSecretsPerClient, unheldSecret } from "./secrets.js";

/** Page size when `limit` is left out (the docs give none; tenants document 20). */
export const defaultOAuthClientPageSize = 20;

/** A timestamp for a change: `now`, but always after `previous`, so `updatedAt` moves on every change. */
function laterThan(previous: string | undefined, now: Date): string {
  const previousMs = previous === undefined ? Number.NaN : Date.parse(previous);
  const ms = Number.isNaN(previousMs) ? now.getTime() : Math.max(now.getTime(), previousMs + 1);
  return new Date(ms).toISOString();
}

function findClient(context: HandlerContext): StoredClient | Response {
  const id = context.input.path.id as string;
  return (
    context.data.clients.get(id) ??
    context.fail(404, { detail: "No OAuth client exists with the given ID." })
  );
}

/** GET /api/core/oauth-clients: a page of clients, filtered and sorted, with cursor links. */
export const listOAuthClients: OperationHandler = (context) => {
  const query = context.input.query;
  let filter: ReturnType<typeof parseFilter> | undefined;
  if (typeof query.filter === "string") {
    filter = parseFilter(query.filter, oauthClientFilterAttributes);
    if (!filter.ok) return context.fail(400, { detail: filter.detail, parameter: "filter" });
  }
  const outcome = runListQuery(
    oauthClientListing,
    [...context.data.clients.values()],
    {
      limit: typeof query.limit === "number" ? query.limit : defaultOAuthClientPageSize,
      next: query.next as string | undefined,
      prev: query.prev as string | undefined,
      sort: query.sort as string | undefined,
      ...(filter?.ok ? { filter: filter.filter } : {}),
      totalResults: query.totalResults === true,
    },
    context.url,
  );
  if (!outcome.ok) return context.fail(400, outcome.problem);
  const { data, links, totalResults } = outcome.result;
  return jsonResponse(200, {
    data: data.map(toOAuthClientListItem),
    links,
    ...(totalResults !== undefined ? { totalResults } : {}),
  });
};

/**
 * POST /api/core/oauth-clients: stores a new client and shows its first secret this once. Only a
 * client that can hold secrets gets one; any other is answered with `unheldSecret`.
 */
export const createOAuthClient: OperationHandler = (context) => {
  const request = context.input.body as OAuthClientCreateRequest;
  let clientId: string;
  do clientId = context.random.hex(32);
  while (context.data.clients.has(clientId));
  const now = context.now.toISOString();
  const record = clientRecordFromRequest(request, clientId, now);
  const secret = canHoldSecrets(record)
    ? generateSecret(context.random, [], now, context.caller ?? undefined)
    : undefined;
  const client: StoredClient = {
    record,
    secrets: secret ? [secret] : [],
    sequence: context.data.nextClientSequence++,
  };
  context.data.clients.set(clientId, client);
  return jsonResponse(201, toOAuthClientCreated(client, secret?.value ?? unheldSecret));
};

/** GET /api/core/oauth-clients/{id}: one client, with secret hints only. */
export const getOAuthClient: OperationHandler = (context) => {
  const client = findClient(context);
  if (client instanceof Response) return client;
  return jsonResponse(200, toOAuthClient(client));
};

/**
 * Applies a JSON Patch to `/clientName` and `/description`, all or nothing. `add` and `replace` both
 * set the field; `remove` clears `description` and is refused for the required `clientName`.
 */
export const patchOAuthClient: OperationHandler = (context) => {
  const client = findClient(context);
  if (client instanceof Response) return client;
  const operations = context.input.body as OAuthClientPatchRequest;
  const next: ClientRecord = { ...client.record };
  for (const [index, operation] of operations.entries()) {
    const field = operation.path.slice(1) as "clientName" | "description";
    if (operation.op === "remove") {
      if (field === "clientName") {
        return context.fail(400, {
          detail: `Patch operation ${index} removes /clientName, which every OAuth client must have.`,
        });
      }
      delete next.description;
    } else {
      if (typeof operation.value !== "string") {
        return context.fail(400, {
          detail: `Patch operation ${index} must give a string value for ${operation.path}.`,
        });
      }
      next[field] = operation.value;
    }
  }
  if (operations.length > 0) {
    next.updatedAt = laterThan(client.record.updatedAt, context.now);
    client.record = next;
  }
  // 202 is documented for a patch that makes Qlik issue a new secret; no patchable path does that.
  return noContent();
};

/** DELETE /api/core/oauth-clients/{id}: needs `qlik-confirm-delete` equal to the id. */
export const deleteOAuthClient: OperationHandler = (context) => {
  const id = context.input.path.id as string;
  if (context.input.headers["qlik-confirm-delete"] !== id) {
    return context.fail(400, {
      detail: "The qlik-confirm-delete header must equal the ID of the OAuth client being deleted.",
    });
  }
  const client = findClient(context);
  if (client instanceof Response) return client;
  context.data.clients.delete(id);
  return noContent();
};

/** POST /api/core/oauth-clients/{id}/client-secrets: web + client_secret clients only, at most 5. */
export const createOAuthClientSecret: OperationHandler = (context) => {
  const client = findClient(context);
  if (client instanceof Response) return client;
  if (!canHoldSecrets(client.record)) {
    return context.fail(400, {
      detail:
        "Client secrets can be created only for web clients whose allowedAuthMethods include client_secret.",
    });
  }
  if (client.secrets.length >= maxSecretsPerClient) {
    return context.fail(409, {
      detail: `The OAuth client already has ${maxSecretsPerClient} client secrets.`,
    });
  }
  const now = context.now.toISOString();
  const secret = generateSecret(context.random, client.secrets, now, context.caller ?? undefined);
  client.secrets.push(secret);
  return jsonResponse(201, {
    hint: secret.hint,
    clientId: client.record.clientId,
    createdAt: now,
    ...(secret.createdBy ? { createdBy: secret.createdBy } : {}),
    clientSecret: secret.value,
  });
};

/** DELETE /api/core/oauth-clients/{id}/client-secrets/{hint}: removes the secret with that hint. */
export const deleteOAuthClientSecret: OperationHandler = (context) => {
  const client = findClient(context);
  if (client instanceof Response) return client;
  const hint = context.input.path.hint as string;
  const index = client.secrets.findIndex((secret) => secret.hint === hint);
  if (index === -1) {
    return context.fail(404, { detail: "The OAuth client has no secret with the given hint." });
  }
  client.secrets.splice(index, 1);
  return noContent();
};
