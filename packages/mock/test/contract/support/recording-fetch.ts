// A real fetch (no mock) that adds a `Prefer` header to the requests under test and keeps a copy of
// every exchange, so a test can look at what the client sent and what the mock answered.

/** One request the client made and the mock's answer. */
export interface Exchange {
  readonly method: string;
  readonly url: URL;
  readonly requestHeaders: Headers;
  readonly requestBody: string;
  readonly status: number;
  readonly responseHeaders: Headers;
  /** The parsed JSON body, or undefined when there was none. */
  readonly responseBody: unknown;
}

/** Options of {@link createRecordingFetch}. */
export interface RecordingOptions {
  /** The `Prefer` value for a request, or undefined to leave it out. */
  prefer?: (url: URL) => string | undefined;
}

/** A fetch for `createOrgClient({ fetch })` and the exchanges it has seen. */
export interface RecordingFetch {
  readonly fetch: (input: Request, init?: RequestInit) => Promise<Response>;
  readonly exchanges: Exchange[];
}

/** Creates a recording fetch on top of the global fetch. */
export function createRecordingFetch(options: RecordingOptions = {}): RecordingFetch {
  const exchanges: Exchange[] = [];
  return {
    exchanges,
    async fetch(input, init) {
      const original = new Request(input, init);
      const url = new URL(original.url);
      const headers = new Headers(original.headers);
      const prefer = options.prefer?.(url);
      if (prefer !== undefined) headers.set("prefer", prefer);
      const requestBody = await original.clone().text();
      const request = new Request(original, { headers });
      const response = await fetch(request);
      const text = await response.clone().text();
      exchanges.push({
        method: request.method,
        url,
        requestHeaders: headers,
        requestBody,
        status: response.status,
        responseHeaders: response.headers,
        responseBody: text === "" ? undefined : JSON.parse(text),
      });
      return response;
    },
  };
}
