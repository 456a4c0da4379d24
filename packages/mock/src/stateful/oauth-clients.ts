// OAuth clients as the organization stores them, and the three shapes the spec shows them in.

import type {
  OAuthClient,
  OAuthClientCreated,
  OAuthClientCreateRequest,
  OAuthClientListItem,
} from "@qlik-org/generated";
import { componentShape, type FieldShape, keepDocumented } from "./documented-fields.js";
import type { ListableResource } from "./list-query.js";
import type { FilterAttribute } from "./scim-filter-parser.js";
import { canHoldSecrets, type StoredSecret, toSecretHint } from "./secrets.js";
import { timestampValue } from "./sorting.js";

/** A client's settings, everything but its secrets. */
export type ClientRecord = Omit<OAuthClient, "clientSecrets">;

/** One OAuth client in the store. */
export interface StoredClient {
  record: ClientRecord;
  secrets: StoredSecret[];
  /** Creation rank, unique in the organization: lists break ties with it. */
  readonly sequence: number;
}

const settingKeys = [
  "appType",
  "clientName",
  "description",
  "logoUri",
  "clientUri",
  "redirectUris",
  "allowedOrigins",
  "allowedScopes",
  "allowedGrantTypes",
  "allowedAuthMethods",
  "publicKeys",
] as const satisfies readonly (keyof OAuthClientCreateRequest)[];

/** The record of a new client: the documented settings from the request (unknown fields are dropped). */
export function clientRecordFromRequest(
  request: OAuthClientCreateRequest,
  clientId: string,
  now: string,
): ClientRecord {
  const record: Record<string, unknown> = { clientId };
  for (const key of settingKeys) {
    if (request[key] !== undefined) record[key] = structuredClone(request[key]);
  }
  // `trusted` is the only value a request may set; a client created without it asks for consent.
  record.connectionConfig = {
    consentMethod: request.connectionConfig?.consentMethod ?? "required",
  };
  record.createdAt = now;
  record.updatedAt = now;
  return record as ClientRecord;
}

const shapes = new Map<string, FieldShape>();

/** Only the fields the spec documents for the response schema `name`, whatever the store holds. */
function documented<T>(name: string, value: T): T {
  let shape = shapes.get(name);
  if (!shape) {
    shape = componentShape(name);
    shapes.set(name, shape);
  }
  return keepDocumented(shape, value);
}

function withSecretHints(client: StoredClient): OAuthClient {
  return { ...client.record, clientSecrets: client.secrets.map(toSecretHint) } as OAuthClient;
}

/** The client as `getOAuthClient` shows it: documented settings plus secret hints. */
export function toOAuthClient(client: StoredClient): OAuthClient {
  return documented("OAuthClient", withSecretHints(client));
}

/** The client as a page of `listOAuthClients` shows it. */
export function toOAuthClientListItem(client: StoredClient): OAuthClientListItem {
  const { connectionConfig, ...rest } = withSecretHints(client);
  return documented("OAuthClientListItem", {
    ...rest,
    // A list item's connectionConfig must name its consentMethod (the get response's need not).
    ...(connectionConfig?.consentMethod
      ? { connectionConfig: { consentMethod: connectionConfig.consentMethod } }
      : {}),
  });
}

/** The client as `createOAuthClient` answers: with the value of its first secret, this once. */
export function toOAuthClientCreated(
  client: StoredClient,
  clientSecret: string,
): OAuthClientCreated {
  return documented("OAuthClientCreated", { ...withSecretHints(client), clientSecret });
}

/** Whether the client may obtain tokens with its own secrets: it holds secrets and allows the grant. */
export function acceptsClientCredentials(record: ClientRecord): boolean {
  return canHoldSecrets(record) && (record.allowedGrantTypes ?? []).includes("client_credentials");
}

/** Filterable attributes (documented: clientId, clientName, appType) and the operators they accept. */
export const oauthClientFilterAttributes: readonly FilterAttribute[] = [
  {
    name: "clientId",
    type: "caseExactString",
    operators: ["eq", "ne", "co", "gt", "ge", "lt", "le"],
  },
  { name: "clientName", type: "string", operators: ["eq", "ne", "co", "gt", "ge", "lt", "le"] },
  { name: "appType", type: "string", operators: ["eq", "ne", "co", "gt", "ge", "lt", "le"] },
];

interface ClientCursor {
  readonly s: number;
  readonly i: string;
  readonly n: string;
  readonly a: string;
  readonly c: string;
  readonly u?: string;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(
      Uint8Array.from(binary, (char) => char.charCodeAt(0)),
    );
  } catch {
    return undefined;
  }
}

/**
 * How `listOAuthClients` sorts, filters and pages. The cursor carries the anchor's sortable fields,
 * so a page can be found even after the anchor client was deleted.
 */
export const oauthClientListing: ListableResource<StoredClient> = {
  sortFields: {
    clientId: (c) => c.record.clientId,
    clientName: (c) => c.record.clientName,
    appType: (c) => c.record.appType,
    createdAt: (c) => timestampValue(c.record.createdAt),
    updatedAt: (c) => timestampValue(c.record.updatedAt),
  },
  defaultSort: [{ field: "createdAt", descending: false }],
  filterAttributes: oauthClientFilterAttributes,
  readFilterValue: (client, attribute) => {
    const value = client.record[attribute as "clientId" | "clientName" | "appType"];
    return value === undefined ? undefined : [value];
  },
  sequenceOf: (c) => c.sequence,
  encodeCursor: ({ record, sequence }) =>
    toBase64Url(
      JSON.stringify({
        s: sequence,
        i: record.clientId,
        n: record.clientName,
        a: record.appType,
        c: record.createdAt,
        ...(record.updatedAt ? { u: record.updatedAt } : {}),
      } satisfies ClientCursor),
    ),
  decodeCursor: (cursor) => {
    const text = fromBase64Url(cursor);
    if (text === undefined) return undefined;
    let parsed: Partial<ClientCursor>;
    try {
      parsed = JSON.parse(text);
    } catch {
      return undefined;
    }
    const strings = [parsed.i, parsed.n, parsed.a, parsed.c];
    if (!strings.every((s) => typeof s === "string")) return undefined;
    if (parsed.u !== undefined && typeof parsed.u !== "string") return undefined;
    if (!Number.isSafeInteger(parsed.s)) return undefined;
    return {
      sequence: parsed.s as number,
      record: {
        clientId: parsed.i,
        clientName: parsed.n,
        appType: parsed.a,
        createdAt: parsed.c,
        ...(parsed.u !== undefined ? { updatedAt: parsed.u } : {}),
      } as ClientRecord,
      secrets: [],
    };
  },
};
