// The three ways of calling listOAuthClients that the overhead benchmark compares.

import { createOrgClient } from "@qlik-org/client";
import type { paths } from "@qlik-org/generated";
import createClient from "openapi-fetch";

const path = "/api/core/oauth-clients";
const token = "bench-token";

/** A named way to fetch one page of OAuth clients and read its JSON body. */
export interface Contender {
  /** Label used in reports. */
  readonly name: string;
  /** Sends one request and resolves once the body is parsed. */
  readonly send: () => Promise<unknown>;
}

/** A hand-written `fetch` call: the baseline. */
export function rawFetch(baseUrl: string): Contender {
  const url = `${baseUrl}${path}`;
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

/** openapi-fetch with the generated `paths`, no auth, retry or throttle. */
export function bareOpenapiFetch(baseUrl: string): Contender {
  const client = createClient<paths>({ baseUrl, headers: { authorization: `Bearer ${token}` } });
  return {
    name: "openapi-fetch",
    send: async () => {
      const { data, error } = await client.GET(path);
      if (error) throw new Error("request failed");
      return data;
    },
  };
}

/**
 * `@qlik-org/client` with client-credentials auth (token cached after the first call),
 * retries and the rate limiter on; the limiter's budget is raised so it never waits,
 * which measures its bookkeeping cost without its intended delays.
 */
export async function orgClient(baseUrl: string): Promise<Contender> {
  const org = createOrgClient({
    baseUrl,
    auth: { clientId: "bench-client", clientSecret: "bench-secret" },
    throttle: {
      tiers: { 1: { requestsPerMinute: 100_000_000 }, 2: { requestsPerMinute: 100_000_000 } },
    },
  });
  await org.auth.getToken();
  return { name: "@qlik-org/client", send: () => org.oauthClients.list() };
}

/** `@qlik-org/client` with retry, throttle and timeout off: what the features themselves cost. */
export async function orgClientFeaturesOff(baseUrl: string): Promise<Contender> {
  const org = createOrgClient({
    baseUrl,
    auth: { accessToken: token },
    retry: false,
    throttle: false,
    timeoutMs: 0,
  });
  return {
    name: "@qlik-org/client (retry, throttle, timeout off)",
    send: () => org.oauthClients.list(),
  };
}
