// The organization's mutable data, and the read-only snapshot of it handed to tests.

import type { StoredClient } from "./oauth-clients.js";
import { toOAuthClient } from "./oauth-clients.js";
import { type StoredTenant, toDocumentedTenant } from "./tenants.js";
import type { IssuedTokenInfo, OrgState, SeedCredential } from "./types.js";

/** Everything the organization holds apart from tokens and rate-limit counters. */
export interface OrgData {
  readonly credentials: readonly SeedCredential[];
  /** By client id, in creation order. */
  readonly clients: Map<string, StoredClient>;
  /** By tenant id, in seed order. */
  readonly tenants: ReadonlyMap<string, StoredTenant>;
  /** Seed position of each tenant, by id. */
  readonly tenantOrder: ReadonlyMap<string, number>;
  /** Creation rank for the next OAuth client. */
  nextClientSequence: number;
  readonly subscriptionIds: ReadonlySet<string>;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** A deep-frozen copy of `data` and the live tokens, without any secret or token value. */
export function snapshotOf(data: OrgData, tokens: readonly IssuedTokenInfo[]): Readonly<OrgState> {
  return deepFreeze({
    clients: [...data.clients.values()].map(toOAuthClient),
    tenants: [...data.tenants.values()].map(toDocumentedTenant),
    tokens: tokens.map((token) => ({ ...token })),
    credentialClientIds: data.credentials.map((credential) => credential.clientId),
    subscriptionIds: [...data.subscriptionIds],
  });
}
