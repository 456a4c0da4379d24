// Where bearer tokens come from: the client-credentials grant (cached and shared by concurrent
// calls), or a token the caller supplies.

import type { TokenResponse } from "@qlik-org/generated";
import { OrgClientError } from "./errors.js";
import { HTTP_WHITESPACE, NOT_IN_HEADER } from "./header-value.js";
import type { RedactingLogger } from "./logger.js";
import type { Redactor } from "./redact.js";
import { raceAbort } from "./sleep.js";

/** An organization-level OAuth client's credentials, exchanged at `/oauth/token` for a token. */
export interface ClientCredentialsAuth {
  /** ID of the OAuth client. */
  clientId: string;
  /** One of the OAuth client's secrets. Never logged and never shown in an error. */
  clientSecret: string;
}

/** A bearer token supplied by the caller: a fixed string, or a function asked before every request. */
export interface AccessTokenAuth {
  /** The token, or a function returning it (asked again after a 401 so it can hand out a fresh one). */
  accessToken: string | (() => string | Promise<string>);
}

/** How the client authenticates. */
export type AuthOptions = ClientCredentialsAuth | AccessTokenAuth;

/** Gives the token for the next request and is told when the server refused one. */
export interface TokenSource {
  /** The token to send: a string when it is at hand, a promise when it must be fetched first. */
  get(signal?: AbortSignal): string | Promise<string>;
  /** Drops a token the server answered 401 to; returns whether asking again can give another one. */
  invalidate(token: string): boolean;
}

/**
 * Trims a token and checks that it can be sent in the Authorization header. Headers would otherwise
 * throw a TypeError that quotes the whole value, token included; this error never shows it.
 */
function headerSafeToken(token: string, source: string): string {
  // Headers drops surrounding whitespace, so the token is trimmed the same way.
  const trimmed = token.replace(HTTP_WHITESPACE, "");
  if (trimmed === "") throw new OrgClientError(`${source} is empty`);
  if (NOT_IN_HEADER.test(trimmed)) {
    throw new OrgClientError(
      `${source} contains characters not allowed in an HTTP header (line breaks, control or non-Latin-1 characters); the value is not shown`,
    );
  }
  return trimmed;
}

/** Refresh this long before the token runs out, so that a request in flight does not carry a dying token. */
const REFRESH_MARGIN_MS = 60_000;

/** After a failed early refresh, the next attempt waits this long (the cached token still works meanwhile). */
const REFRESH_RETRY_MS = 10_000;

/**
 * How long a token lives from `now`, in ms (infinite when it says nothing). `expires_in` wins when
 * present: it is relative, so a skewed local clock (or a server clock ahead of ours) cannot make a
 * fresh token look expired; `expires_at` is the fallback.
 */
function lifetimeMs(token: TokenResponse, now: number): number {
  const expiresIn = token.expires_in ?? 0;
  if (expiresIn > 0) return expiresIn * 1000;
  // String(undefined) is "undefined", which parses as NaN like any other non-date.
  const expiresAt = Date.parse(String(token.expires_at));
  // Neither field: keep the token until the server answers 401, which triggers a refresh.
  if (Number.isNaN(expiresAt)) return Number.POSITIVE_INFINITY;
  return Math.max(0, expiresAt - now);
}

/** When to fetch the next token: shortly before it runs out (see lifetimeMs). */
export function refreshAtMs(token: TokenResponse, now: number): number {
  const lifetime = lifetimeMs(token, now);
  return now + lifetime - Math.min(REFRESH_MARGIN_MS, lifetime / 10);
}

const isoTime = (ms: number) => new Date(ms).toISOString();

/** Exchanges client credentials for a token once and shares it until shortly before it expires. */
class ClientCredentialsTokenSource implements TokenSource {
  #token: string | undefined;
  #refreshAt = 0;
  #expiresAt = 0;
  #pending: Promise<string> | undefined;

  constructor(
    private readonly requestToken: () => Promise<TokenResponse>,
    private readonly redactor: Redactor,
    private readonly log: RedactingLogger,
  ) {}

  get(signal?: AbortSignal): string | Promise<string> {
    const now = Date.now();
    if (this.#token !== undefined && now < this.#refreshAt) return this.#token;
    // Single flight: every caller waiting for a token shares one request. A caller's abort stops
    // its own wait, not the shared request.
    this.#pending ??= this.#refresh().finally(() => {
      this.#pending = undefined;
    });
    if (this.#token !== undefined && now < this.#expiresAt) {
      // An early refresh runs in the background: a slow or hanging token endpoint must not hold
      // calls whose token still works (a 401 near the end still gets one refresh and replay).
      this.#pending.catch(() => {});
      return this.#token;
    }
    return raceAbort(this.#pending, signal);
  }

  invalidate(token: string): boolean {
    if (this.#token === token) this.#token = undefined;
    return true;
  }

  /**
   * Fetches a token. An early refresh that fails while the cached token is still valid is not the
   * callers' problem: the cached token is served until it expires, and the refresh is tried again
   * after REFRESH_RETRY_MS (on a later call, so a down endpoint is not asked on every request).
   */
  async #refresh(): Promise<string> {
    try {
      return await this.#fetch();
    } catch (error) {
      const cached = this.#token;
      const now = Date.now();
      if (cached === undefined || now >= this.#expiresAt) throw error;
      this.#refreshAt = Math.min(now + REFRESH_RETRY_MS, this.#expiresAt);
      this.log.warn?.(
        `token refresh failed (${(error as Error)?.message}); the current token stays in use until ${isoTime(this.#expiresAt)}`,
      );
      return cached;
    }
  }

  async #fetch(): Promise<string> {
    const token = await this.requestToken();
    // Only the checked token is registered: it is the raw one without surrounding whitespace, so
    // hiding it hides the raw one too, and a refused token is never sent nor shown.
    const accessToken = headerSafeToken(token.access_token, "the access token from /oauth/token");
    this.redactor.add(accessToken);
    const now = Date.now();
    this.#token = accessToken;
    this.#refreshAt = refreshAtMs(token, now);
    this.#expiresAt = now + lifetimeMs(token, now);
    this.log.info?.(
      Number.isFinite(this.#refreshAt)
        ? `access token obtained; refreshed after ${isoTime(this.#refreshAt)}`
        : "access token obtained; it carries no expiry, so it is kept until a request is answered 401",
    );
    return accessToken;
  }
}

/** A fixed token: nothing to refresh, so a 401 is final. */
class StaticTokenSource implements TokenSource {
  constructor(private readonly token: string) {}

  get(): string {
    return this.token;
  }

  invalidate(): boolean {
    return false;
  }
}

/** A caller's function, asked before every request (it does its own caching). */
class CallbackTokenSource implements TokenSource {
  constructor(
    private readonly callback: () => string | Promise<string>,
    private readonly redactor: Redactor,
  ) {}

  get(signal?: AbortSignal): string | Promise<string> {
    const token = this.callback();
    if (typeof token === "string") return this.#check(token);
    return raceAbort(Promise.resolve(token), signal).then((value) => this.#check(value));
  }

  invalidate(): boolean {
    return true;
  }

  #check(token: unknown): string {
    if (typeof token !== "string" || token === "") {
      throw new OrgClientError(
        "auth.accessToken() returned no token (expected a non-empty string)",
      );
    }
    const checked = headerSafeToken(token, "the access token auth.accessToken() returned");
    this.redactor.add(checked);
    return checked;
  }
}

/** Validates the auth option and builds its token source. */
export function createTokenSource(
  auth: AuthOptions,
  deps: {
    requestToken: () => Promise<TokenResponse>;
    redactor: Redactor;
    log: RedactingLogger;
  },
): TokenSource {
  if (typeof auth !== "object" || auth === null) {
    throw new TypeError("auth is required: { clientId, clientSecret } or { accessToken }");
  }
  if ("accessToken" in auth) {
    const { accessToken } = auth;
    if (typeof accessToken === "function")
      return new CallbackTokenSource(accessToken, deps.redactor);
    if (typeof accessToken !== "string" || accessToken === "") {
      throw new TypeError("auth.accessToken must be a non-empty string or a function");
    }
    const checked = headerSafeToken(accessToken, "auth.accessToken");
    deps.redactor.add(checked);
    return new StaticTokenSource(checked);
  }
  const { clientId, clientSecret } = auth as Partial<ClientCredentialsAuth>;
  if (typeof clientId !== "string" || clientId === "") {
    throw new TypeError("auth.clientId must be a non-empty string");
  }
  if (typeof clientSecret !== "string" || clientSecret === "") {
    throw new TypeError("auth.clientSecret must be a non-empty string");
  }
  deps.redactor.add(clientSecret);
  return new ClientCredentialsTokenSource(deps.requestToken, deps.redactor, deps.log);
}
