// Public types of the stateful mode: its options, its seed and the snapshot it hands out.

import type { OAuthClient, Tenant } from "@qlik-org/generated";
import type { FaultRule } from "./faults.js";

/** A client id and secret that `/oauth/token` accepts, like the org-level client made in the Cloud Console. */
export interface SeedCredential {
  /** Value to send as `client_id`. */
  readonly clientId: string;
  /** Value to send as `client_secret`; never shown by `snapshot()` or in an error. */
  readonly clientSecret: string;
  /**
   * Its tokens lack every permission: each call that documents a `403` is answered `403`, as for an
   * org-level client without the needed role. Default `false`.
   */
  readonly forbidden?: boolean;
}

/** An OAuth client the organization starts with; `clientId` and `createdAt` are generated when left out. */
export type SeedOAuthClient = Omit<OAuthClient, "clientId" | "createdAt" | "clientSecrets"> & {
  /** Generated when left out. */
  readonly clientId?: string;
  /** The clock's time when left out. */
  readonly createdAt?: string;
  /** Secret values (at most 5, each at least 8 characters; `web` + `client_secret` clients only); reads show hints. */
  readonly secrets?: readonly string[];
};

/** A tenant the organization starts with; `id`, `createdAt` and `updatedAt` are filled in when left out. */
export type SeedTenant = Omit<Tenant, "id" | "createdAt" | "updatedAt" | "links"> & {
  /** Generated when left out. */
  readonly id?: string;
  /** The clock's time when left out. */
  readonly createdAt?: string;
  /** `createdAt` when left out. */
  readonly updatedAt?: string;
};

/** What the in-memory organization holds before the first request and after `reset()`. */
export interface StatefulOrgSeed {
  /** Credentials `/oauth/token` accepts (besides stored clients that allow the client-credentials grant). */
  readonly credentials?: readonly SeedCredential[];
  /** OAuth clients. */
  readonly clients?: readonly SeedOAuthClient[];
  /** Tenants of the organization. */
  readonly tenants?: readonly SeedTenant[];
  /** Subscriptions of the organization besides those its tenants name; a filter on any other answers 403. */
  readonly subscriptionIds?: readonly string[];
}

/** A request budget for one rate-limit tier: at most `requests` per caller in each window of `windowMs`. */
export interface RateLimitBudget {
  /** Requests allowed per window. */
  readonly requests: number;
  /** Window length in milliseconds (scale it down in tests). */
  readonly windowMs: number;
}

/**
 * Per-tier budgets; a tier left out gets 5 × its documented requests per minute over a 5-minute
 * window (the docs evaluate limits over 5-minute windows).
 */
export interface RateLimitOptions {
  /** Budget of tier 1 (documented: 1000 requests per minute). */
  readonly tier1?: RateLimitBudget;
  /** Budget of tier 2 (documented: 100 requests per minute). */
  readonly tier2?: RateLimitBudget;
}

/** Options of `createStatefulOrg`; every field is optional. */
export interface StatefulOrgOptions {
  /** Starting data; `defaultSeed` when left out. */
  readonly seed?: StatefulOrgSeed;
  /** Source of the current time, for token expiry, rate-limit windows and timestamps. */
  readonly clock?: () => Date;
  /** Lifetime of issued tokens in seconds (documented: 21600). */
  readonly tokenLifetimeSeconds?: number;
  /** Opt-in rate limiting; off when left out or `false`. */
  readonly limits?: RateLimitOptions | false;
  /** Seed of the generator behind ids, secrets and tokens; the same seed gives the same values. */
  readonly randomSeed?: number;
  /** Rules that make chosen requests fail on purpose (a status, latency, a dropped connection). */
  readonly faults?: readonly FaultRule[] | undefined;
}

/** A token the organization issued, without its value. */
export interface IssuedTokenInfo {
  /** Client the token was issued to. */
  readonly clientId: string;
  /** ISO 8601 time of issue. */
  readonly issuedAt: string;
  /** ISO 8601 time from which the token is refused. */
  readonly expiresAt: string;
}

/** A read-only picture of the organization for assertions; it never holds a secret or token value. */
export interface OrgState {
  /** OAuth clients as `getOAuthClient` shows them, in creation order. */
  readonly clients: readonly OAuthClient[];
  /** Tenants as `getTenant` shows them (without `links`), in seed order. */
  readonly tenants: readonly Tenant[];
  /** Tokens issued and not yet expired. */
  readonly tokens: readonly IssuedTokenInfo[];
  /** Client ids of the seeded credentials. */
  readonly credentialClientIds: readonly string[];
  /** Subscriptions that belong to the organization. */
  readonly subscriptionIds: readonly string[];
}

/** An in-memory organization that answers requests as the documented API would. */
export interface StatefulOrg {
  /** Answers one HTTP request; never rejects. */
  handle(request: Request): Promise<Response>;
  /**
   * The organization as a `fetch`: `createOrgClient({ fetch: org.fetch, auth })` talks to it with no
   * port and no network. Any base URL works; links in answers use the URL that was called.
   */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** Restores the seed, clears rate-limit counters and restarts id generation; issued tokens stay valid. */
  reset(): void;
  /** A deep-frozen copy of the current state. */
  snapshot(): Readonly<OrgState>;
}
