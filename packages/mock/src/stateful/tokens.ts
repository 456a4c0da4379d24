// Issues bearer tokens and checks them on every other request.

import type { RandomSource } from "./random.js";
import type { IssuedTokenInfo } from "./types.js";

/** The documented token lifetime: 21600 seconds (6 hours). */
export const documentedTokenLifetimeSeconds = 21600;

/** The documented (and only) scope in a token response. */
export const tokenScope = "cloud-console.tenants:read";

interface IssuedToken {
  readonly clientId: string;
  readonly issuedAtMs: number;
  readonly expiresAtMs: number;
}

/** Outcome of checking an `Authorization` header. */
export type TokenCheck =
  | { readonly ok: true; readonly clientId: string }
  | { readonly ok: false; readonly detail: string };

/** Tokens issued so far, by value. */
export class TokenStore {
  readonly #tokens = new Map<string, IssuedToken>();

  /** Tokens last `lifetimeSeconds`; their values come from `random`, apart from ids and secrets. */
  constructor(
    private readonly lifetimeSeconds: number,
    private readonly random: RandomSource,
  ) {}

  /** Issues a new token to `clientId` and returns the documented token response. */
  issue(clientId: string, now: Date) {
    let value = "";
    do value = `mock_${this.random.alphanumeric(40)}`;
    while (this.#tokens.has(value));
    const issuedAtMs = now.getTime();
    const expiresAtMs = issuedAtMs + this.lifetimeSeconds * 1000;
    this.#tokens.set(value, { clientId, issuedAtMs, expiresAtMs });
    return {
      access_token: value,
      token_type: "Bearer",
      scope: tokenScope,
      expires_in: this.lifetimeSeconds,
      expires_at: new Date(expiresAtMs).toISOString(),
    };
  }

  /** Checks a `Bearer` token: known, and `now` before its expiry. */
  check(authorization: string | null, now: Date): TokenCheck {
    if (!authorization) return { ok: false, detail: "The request has no Authorization header." };
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization);
    if (!match?.[1]) {
      return { ok: false, detail: "The Authorization header must be `Bearer <access token>`." };
    }
    const token = this.#tokens.get(match[1]);
    if (!token) return { ok: false, detail: "The access token is not valid." };
    if (now.getTime() >= token.expiresAtMs) {
      this.#tokens.delete(match[1]);
      return { ok: false, detail: "The access token has expired; request a new one." };
    }
    return { ok: true, clientId: token.clientId };
  }

  /** Tokens that have not expired at `now`, without their values. */
  list(now: Date): IssuedTokenInfo[] {
    return [...this.#tokens.values()]
      .filter((token) => now.getTime() < token.expiresAtMs)
      .map((token) => ({
        clientId: token.clientId,
        issuedAt: new Date(token.issuedAtMs).toISOString(),
        expiresAt: new Date(token.expiresAtMs).toISOString(),
      }));
  }
}
