// What every engine of the mock is to the HTTP listener and to a client's fetch.

/** Something that answers fetch-style requests: the Prism mock, or any other engine. */
export interface MockHandler {
  /** Answers one request. */
  handle(request: Request): Promise<Response>;
}
