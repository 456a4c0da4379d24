// The stateful mock's engine in this process, behind a `fetch` that records what the CLI sent, so
// in-process tests can say which request went out (or that none did) without a port.

import { createStatefulOrg, type StatefulOrgOptions } from "@qlik-org/mock/web";
import { seededCredential } from "./seed.js";

/** A request the engine answered: method, path with its query, and the body as sent. */
export interface SentRequest {
  readonly method: string;
  readonly path: string;
  readonly body: string;
  readonly status: number;
}

/** An organization a run talks to through `fetch`. */
export interface InProcessOrg {
  /** Give this to the CLI as `io.fetch`. */
  readonly fetch: (input: string | Request, init?: RequestInit) => Promise<Response>;
  /** Every request answered, in order. */
  readonly requests: SentRequest[];
  /** Every access token issued. */
  readonly tokens: string[];
  /** The engine, for `snapshot()`. */
  readonly org: ReturnType<typeof createStatefulOrg>;
}

/** A fresh organization that knows the seeded credential, plus whatever `options` add. */
export function createInProcessOrg(options: StatefulOrgOptions = {}): InProcessOrg {
  const org = createStatefulOrg({
    ...options,
    seed: { credentials: [{ ...seededCredential }], ...options.seed },
  });
  const requests: SentRequest[] = [];
  const tokens: string[] = [];
  const fetch = async (input: string | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    const body = await request.clone().text();
    const response = await org.fetch(request);
    const url = new URL(request.url);
    requests.push({
      method: request.method,
      path: `${url.pathname}${url.search}`,
      body,
      status: response.status,
    });
    if (url.pathname === "/oauth/token" && response.ok) {
      tokens.push((await response.clone().json()).access_token);
    }
    return response;
  };
  return { fetch, requests, tokens, org };
}
