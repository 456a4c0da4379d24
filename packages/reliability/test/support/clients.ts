// Clients under test, pointed at a local server, with the throttle off unless a test wants it.

import { createOrgClient, type OrgClientOptions } from "@qlik-org/client";

/** A token that tests look for in every error and log line. */
export const knownToken = "tok-RELIABILITY-ACCESS-TOKEN-6f1d";
/** A client secret that tests look for in every error and log line. */
export const knownSecret = "sec-RELIABILITY-CLIENT-SECRET-9a7c";

/** A client with a static token, no throttle, and the given overrides. */
export function clientFor(baseUrl: string, overrides: Partial<OrgClientOptions> = {}) {
  return createOrgClient({
    baseUrl,
    auth: { accessToken: knownToken },
    throttle: false,
    ...overrides,
  });
}

/** A minimal valid OAuth-client body, as the list and get operations answer it. */
export function oauthClientBody(id: string) {
  return {
    clientId: id,
    clientName: `client ${id}`,
    appType: "web",
    createdAt: "2026-01-01T00:00:00.000Z",
  };
}

/** A minimal valid list page. */
export function listPage(ids: string[], next?: string) {
  return {
    data: ids.map(oauthClientBody),
    links: { self: { href: "http://127.0.0.1/self" }, ...(next ? { next: { href: next } } : {}) },
  };
}
