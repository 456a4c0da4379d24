// `@qlik-org/mock/msw`: the stateful organization as MSW request handlers, for test suites that
// intercept fetch with MSW (setupServer in Node, setupWorker in a browser) instead of opening a
// port. MSW is an optional peer dependency: only this entry imports it.

import { http, type RequestHandler } from "msw";
import type { StatefulOrg } from "./stateful/types.js";

/** Options of {@link createMswHandlers}. */
export interface MswHandlerOptions {
  /** The origin the handlers answer for. Default `https://console.qlikcloud.com`, the client's default. */
  baseUrl?: string;
}

/**
 * MSW handlers that answer every request under `baseUrl` from `org` (see `createStatefulOrg`):
 * `setupServer(...createMswHandlers(org))`. A connection-reset fault becomes MSW's network error.
 */
export function createMswHandlers(
  org: Pick<StatefulOrg, "handle">,
  options: MswHandlerOptions = {},
): RequestHandler[] {
  const base = new URL(options.baseUrl ?? "https://console.qlikcloud.com");
  if (base.pathname !== "/" || base.search !== "") {
    throw new TypeError(
      `baseUrl must be an origin such as https://console.qlikcloud.com, not ${base}`,
    );
  }
  // MSW hands the resolver the intercepted Request; the engine answers it as it is (the
  // `Response.error()` of an injected reset is MSW's way to say "network error").
  return [http.all(`${base.origin}/*`, ({ request }) => org.handle(request))];
}
