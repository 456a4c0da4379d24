// An injected fetch per client: records every request and answers from a handler. Nothing global
// is replaced.

import type { FetchLike } from "../../src/index.js";

/** A request as the fake server saw it. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string;
  signal: AbortSignal;
}

/** What a handler gets: the request (body already read) and its 1-based position. */
export type FakeHandler = (request: SeenRequest, index: number) => Response | Promise<Response>;

/** A fetch that answers with `handler`, plus the list of requests it received. */
export function fakeFetch(handler: FakeHandler): { fetch: FetchLike; requests: SeenRequest[] } {
  const requests: SeenRequest[] = [];
  const fetch: FetchLike = async (input, init) => {
    const request = new Request(input, init);
    const seen: SeenRequest = {
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: request.body ? await request.text() : "",
      // The signal the client passed, not the Request's copy: undici's copy follows it through a
      // weak reference, and once the Request is collected an abort no longer reaches it.
      signal: init?.signal ?? request.signal,
    };
    requests.push(seen);
    return handler(seen, requests.length);
  };
  return { fetch, requests };
}

/** A JSON response. */
export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/** An empty response (204 and friends). */
export function empty(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers });
}

/** A token endpoint answer. */
export function tokenResponse(accessToken: string, expiresIn = 21_600): Response {
  return json(200, {
    access_token: accessToken,
    token_type: "Bearer",
    scope: "cloud-console.tenants:read",
    expires_in: expiresIn,
  });
}

/** The path of a request URL, without the query. */
export function pathOf(url: string): string {
  return new URL(url).pathname;
}

/** A fetch that fails like undici does when the connection is refused. */
export function connectionRefused(): never {
  throw new TypeError("fetch failed", {
    cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" }),
  });
}

/** A fetch answer that never arrives, unless the request's signal aborts. */
export function hang(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise((_resolve, reject) => {
    signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}
