// What openapi-fetch builds for a resource method in place of a Request. openapi-fetch constructs a
// Request and fetch then constructs another from it; undici's Request constructor is the largest
// cost a client adds to a call, so for resource methods the URL and init are only recorded here and
// the transport hands them to fetch, which builds the one Request. The path-based surface, and
// resource methods once middleware is registered with `use()`, keep real Requests.

/** The URL and init of a request not yet turned into a Request. */
export class PendingRequest {
  /** Absolute request URL. */
  readonly url: string;
  /** HTTP method in upper case. */
  readonly method: string;
  /** The headers, mutable (the transport adds the token and User-Agent). */
  readonly headers: Headers;
  /** The caller's signal, when there is one. */
  readonly signal: AbortSignal | undefined;
  /** The serialized body (a JSON string for this API), or null. */
  readonly body: BodyInit | null;
  /** Everything else openapi-fetch put into the init (redirect, …), forwarded to fetch. */
  readonly init: RequestInit;

  constructor(url: string | URL, init: RequestInit = {}) {
    this.url = String(url);
    this.method = (init.method ?? "GET").toUpperCase();
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.signal = init.signal ?? undefined;
    this.body = init.body ?? null;
    this.init = init;
  }

  /** The same request sent to another URL (a pagination link). */
  withUrl(url: string): PendingRequest {
    return new PendingRequest(url, {
      ...this.init,
      headers: this.headers,
      signal: this.signal ?? null,
    });
  }
}

/** openapi-fetch's `Request` option takes a Request constructor; PendingRequest stands in for one. */
export const PendingRequestConstructor = PendingRequest as unknown as typeof Request;
