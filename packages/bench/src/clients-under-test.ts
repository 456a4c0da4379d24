// The ways of calling the API that the overhead benchmark compares, for two operations: a small
// body (`getOAuthClient`, one client) and a list page (`listOAuthClients`, 20 clients).

import { createOrgClient, type OrgClient } from "@qlik-org/client";
import type { paths } from "@qlik-org/generated";
import createClient from "openapi-fetch";

const token = "bench-token";
const clientId = "client-000000";

/** What the benchmark calls: one OAuth client, or one page of them. */
export type Scenario = "get" | "list";

/** The path each scenario requests. */
const pathOf: Record<Scenario, string> = {
  get: `/api/core/oauth-clients/${clientId}`,
  list: "/api/core/oauth-clients",
};

/** A named way to make one call and read its JSON body. */
export interface Contender {
  /** Label used in reports. */
  readonly name: string;
  /** Sends one request and resolves once the body is parsed. */
  readonly send: () => Promise<unknown>;
}

/** A hand-written `fetch` call: the baseline. */
export function rawFetch(baseUrl: string, scenario: Scenario): Contender {
  const url = `${baseUrl}${pathOf[scenario]}`;
  const init = { headers: { authorization: `Bearer ${token}`, accept: "application/json" } };
  return {
    name: "raw fetch",
    send: async () => {
      const response = await fetch(url, init);
      if (!response.ok) throw new Error(`status ${response.status}`);
      return response.json();
    },
  };
}

/**
 * Runs `call` with what a time limit needs: an AbortController whose signal `call` passes on, and a
 * 60 s timer, cleared once `call` has settled (body included).
 */
async function underTimeLimit<T>(call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 60_000);
  try {
    return await call(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

/** A hand-written `fetch` call under a time limit: the floor for any client that can abort one. */
export function rawFetchWithTimeLimit(baseUrl: string, scenario: Scenario): Contender {
  const url = `${baseUrl}${pathOf[scenario]}`;
  const headers = { authorization: `Bearer ${token}`, accept: "application/json" };
  return {
    name: "raw fetch + time limit",
    send: () =>
      underTimeLimit(async (signal) => {
        const response = await fetch(url, { headers, signal });
        if (!response.ok) throw new Error(`status ${response.status}`);
        return response.json();
      }),
  };
}

/** openapi-fetch with the generated `paths`, no auth, retry or throttle. */
export function bareOpenapiFetch(baseUrl: string, scenario: Scenario): Contender {
  const call = pathCall(openapiFetchClient(baseUrl), scenario);
  return { name: "openapi-fetch", send: () => call(undefined) };
}

/**
 * openapi-fetch under a time limit: the floor for the client's path-based surface, which is
 * openapi-fetch with a time limit (and auth, retries, throttling).
 */
export function openapiFetchWithTimeLimit(baseUrl: string, scenario: Scenario): Contender {
  const call = pathCall(openapiFetchClient(baseUrl), scenario);
  return { name: "openapi-fetch + time limit", send: () => underTimeLimit(call) };
}

/** A bare openapi-fetch client that sends the bench's token. */
function openapiFetchClient(baseUrl: string) {
  return createClient<paths>({ baseUrl, headers: { authorization: `Bearer ${token}` } });
}

/**
 * The scenario's request on an openapi-fetch client (bare, or the client's path surface), under an
 * optional signal; resolves to the data and throws when openapi-fetch reports an error.
 */
function pathCall(client: Pick<OrgClient, "GET">, scenario: Scenario) {
  const request =
    scenario === "get"
      ? (signal: AbortSignal | undefined) =>
          client.GET("/api/core/oauth-clients/{id}", { params: { path: { id: clientId } }, signal })
      : (signal: AbortSignal | undefined) => client.GET("/api/core/oauth-clients", { signal });
  return async (signal: AbortSignal | undefined) => {
    const { data, error } = await request(signal);
    if (error) throw new Error("request failed");
    return data;
  };
}

/**
 * `@qlik-org/client` with client-credentials auth (token cached after the first call), retries
 * and the rate limiter on; the limiter's budget is raised so it never waits, which measures its
 * bookkeeping cost without its intended delays.
 */
async function benchClient(baseUrl: string): Promise<OrgClient> {
  const org = createOrgClient({
    baseUrl,
    auth: { clientId: "bench-client", clientSecret: "bench-secret" },
    throttle: {
      tiers: { 1: { requestsPerMinute: 100_000_000 }, 2: { requestsPerMinute: 100_000_000 } },
    },
  });
  await org.auth.getToken();
  return org;
}

/** `@qlik-org/client`'s resource method (`org.oauthClients.get` or `.list`). */
export async function orgClient(baseUrl: string, scenario: Scenario): Promise<Contender> {
  const org = await benchClient(baseUrl);
  return {
    name: "@qlik-org/client",
    send: scenario === "get" ? () => org.oauthClients.get(clientId) : () => org.oauthClients.list(),
  };
}

/** `@qlik-org/client`'s path-based surface (`org.GET(...)`), on the same client settings. */
export async function orgClientPathSurface(
  baseUrl: string,
  scenario: Scenario,
): Promise<Contender> {
  const call = pathCall(await benchClient(baseUrl), scenario);
  return { name: "@qlik-org/client org.GET", send: () => call(undefined) };
}

/** `@qlik-org/client` with retry, throttle and timeout off: what the features themselves cost. */
export async function orgClientFeaturesOff(
  baseUrl: string,
  scenario: Scenario,
): Promise<Contender> {
  const org = createOrgClient({
    baseUrl,
    auth: { accessToken: token },
    retry: false,
    throttle: false,
    timeoutMs: 0,
  });
  return {
    name: "@qlik-org/client (retry, throttle, timeout off)",
    send: scenario === "get" ? () => org.oauthClients.get(clientId) : () => org.oauthClients.list(),
  };
}
