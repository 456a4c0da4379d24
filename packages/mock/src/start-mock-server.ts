import { listenHttp } from "./http-listener.js";
import { createPrismHandler } from "./prism-handler.js";
import type { RequestLogEntry } from "./request-log.js";

/** Options of {@link startMockServer}; every field is optional. */
export interface MockServerOptions {
  /** Port to listen on. Default `0`: a free port chosen by the system. */
  port?: number;
  /** Interface to bind. Default `127.0.0.1`, so nothing outside this machine can reach the mock. */
  host?: string;
  /** Generate responses from the schemas instead of answering with the spec's examples. Default `false`. */
  dynamic?: boolean;
  /** Seed for dynamic responses, so a request is answered with the same body every time. */
  seed?: string | number;
  /** Called once per answered request with its method, path, status, duration and violations. */
  onRequest?: (entry: RequestLogEntry) => void;
  /**
   * Keep state between requests (a created OAuth client can be fetched and deleted).
   * Reserved: not available yet, and `true` throws.
   */
  stateful?: boolean;
}

/** A running mock server. */
export interface MockServer {
  /** Base URL to hand to a client, e.g. `http://127.0.0.1:53121`. */
  readonly url: string;
  /** Stops the server and drops open connections; resolves once the port is free. Safe to call twice. */
  close(): Promise<void>;
}

/** Starts an in-process Prism mock of the organization APIs, on 127.0.0.1 and a free port by default. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  if (options.stateful) {
    throw new Error("stateful mode is not available yet; start the mock without `stateful`");
  }
  const handler = await createPrismHandler({
    ...(options.dynamic === undefined ? {} : { dynamic: options.dynamic }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  return listenHttp(handler, {
    host: options.host ?? "127.0.0.1",
    port: options.port ?? 0,
    onRequest: options.onRequest,
  });
}
