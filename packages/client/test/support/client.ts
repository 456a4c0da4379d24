// Builds a client wired to a fake fetch, with the defaults most tests want.

import { createOrgClient, type OrgClient, type OrgClientOptions } from "../../src/index.js";
import { type FakeHandler, fakeFetch, type SeenRequest } from "./fake-fetch.js";

/** The base URL tests use; nothing is ever sent there, the fetch is fake. */
export const BASE_URL = "https://console.qlikcloud.com";

/** A client secret and a token to look for in every output. */
export const CLIENT_SECRET = "cs-SECRET-7f3a9c1e5b";
export const CLIENT_ID = "ci-public-id";

/** A client on a fake fetch; `auth` defaults to a fixed access token. */
export function clientWith(
  handler: FakeHandler,
  options: Partial<OrgClientOptions> = {},
): { org: OrgClient; requests: SeenRequest[] } {
  const { fetch, requests } = fakeFetch(handler);
  const org = createOrgClient({
    baseUrl: BASE_URL,
    auth: { accessToken: "static-token-abcdef" },
    fetch,
    ...options,
  });
  return { org, requests };
}
