// Client secrets: who may hold them, how many, and the hints that stand in for their values.

import type { ClientSecretHint, OAuthClient } from "@qlik-org/generated";
import type { RandomSource } from "./random.js";

/** Most secrets a client may hold at a time (documented; the sixth is refused with 409). */
export const maxSecretsPerClient = 5;

/** Characters at the end of a secret that make up its hint. */
const hintLength = 4;

/** A secret as the organization keeps it; only `hint`, `createdAt` and `createdBy` are ever shown. */
export interface StoredSecret {
  readonly hint: string;
  readonly value: string;
  readonly createdAt?: string;
  readonly createdBy?: string;
}

/** The hint of a secret value: its last characters, enough to tell a client's secrets apart. */
export function secretHint(value: string): string {
  return value.slice(-hintLength);
}

/**
 * Whether the client holds secrets at all: a `web` client whose `allowedAuthMethods` include
 * `client_secret` (documented). A client without `allowedAuthMethods` allows no method. The one rule
 * behind creating clients and secrets, seeding and `/oauth/token`.
 */
export function canHoldSecrets(
  client: Pick<OAuthClient, "appType" | "allowedAuthMethods">,
): boolean {
  return client.appType === "web" && (client.allowedAuthMethods ?? []).includes("client_secret");
}

/**
 * The `clientSecret` of a create answer for a client that cannot hold secrets. The spec requires the
 * field; an empty value is stored nowhere and matches no secret, so `/oauth/token` refuses it.
 */
export const unheldSecret = "";

/** Generates a secret whose hint differs from the hints of the client's other secrets. */
export function generateSecret(
  random: RandomSource,
  existing: readonly StoredSecret[],
  createdAt: string,
  createdBy: string | undefined,
): StoredSecret {
  let value: string;
  do value = random.hex(64);
  while (existing.some((secret) => secret.hint === secretHint(value)));
  return { hint: secretHint(value), value, createdAt, ...(createdBy ? { createdBy } : {}) };
}

/** What reads show of a secret. */
export function toSecretHint(secret: StoredSecret): ClientSecretHint {
  return {
    hint: secret.hint,
    ...(secret.createdAt ? { createdAt: secret.createdAt } : {}),
    ...(secret.createdBy ? { createdBy: secret.createdBy } : {}),
  };
}
