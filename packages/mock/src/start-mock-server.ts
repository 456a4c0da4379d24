import { checkedMaxBodyBytes, listenHttp } from "./http-listener.js";
import { createPrismHandler } from "./prism-handler.js";
import type { RequestLogEntry } from "./request-log.js";
import type { FaultRule } from "./stateful/faults.js";
import { type StatefulMockServer, startStatefulServer } from "./stateful/start-stateful-server.js";
import type { RateLimitOptions, StatefulOrgSeed } from "./stateful/types.js";

/** Options of {@link startMockServer}; every field is optional. */
export interface MockServerOptions {
  /** Port to listen on. Default `0`: a free port chosen by the system. */
  port?: number;
  /** Interface to bind. Default `127.0.0.1`, so nothing outside this machine can reach the mock. */
  host?: string;
  /** Generate responses from the schemas instead of answering with the spec's examples. Default `false`. */
  dynamic?: boolean;
  /**
   * Seed for dynamic responses, so a request is answered with the same body every time; with
   * `stateful`, the organization's starting data instead (an object: credentials, clients, tenants).
   */
  seed?: string | number | StatefulOrgSeed;
  /**
   * Answer CORS preflights and add `Access-Control-Allow-Origin: *` to every answer, so pages on other
   * origins can call the mock. Default `true`, as in Prism's CLI.
   */
  cors?: boolean;
  /** The largest request body the server reads, in bytes; a larger one is answered 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Called once per answered request with its method, path, status, duration and violations. */
  onRequest?: (entry: RequestLogEntry) => void;
  /** Serve an in-memory organization that keeps state between requests, instead of Prism. */
  stateful?: boolean;
  /** Stateful mode: a JSON file holding the seed. */
  seedFile?: string;
  /** Stateful mode: source of the current time (token expiry, rate-limit windows, timestamps). */
  clock?: () => Date;
  /** Stateful mode: opt-in per-tier rate limits. */
  limits?: RateLimitOptions | false;
  /** Stateful mode: token lifetime in seconds (default 21600). */
  tokenLifetimeSeconds?: number;
  /** Stateful mode: seed of generated ids and secrets, and of which requests faults hit, for repeatable runs. */
  randomSeed?: number;
  /** Stateful mode: rules that make chosen requests fail on purpose (see the README's "Faults"). */
  faults?: readonly FaultRule[];
}

/** A running mock server. */
export interface MockServer {
  /** Base URL to hand to a client, e.g. `http://127.0.0.1:53121`. */
  readonly url: string;
  /** Stops the server and drops open connections; resolves once the port is free. Safe to call twice. */
  close(): Promise<void>;
  /** Keeps the process alive while the server listens, for callers in other processes (the CLI does). */
  ref(): void;
  /** Lets the process end although the server listens: the default, so a forgotten `close()` cannot hang it. */
  unref(): void;
}

/** Starts the stateful in-memory organization, with `reset()` and `snapshot()`. */
export function startMockServer(
  options: MockServerOptions & { stateful: true },
): Promise<StatefulMockServer>;
/** Starts an in-process Prism mock of the organization APIs, on 127.0.0.1 and a free port by default. */
export function startMockServer(options?: MockServerOptions): Promise<MockServer>;
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { seed } = options;
  if (options.stateful) {
    if (options.dynamic) throw new TypeError("dynamic applies to the Prism mode, not to stateful");
    // `null` or a list would otherwise slip past as "no seed" and quietly serve the default one.
    if (seed !== undefined && (typeof seed !== "object" || seed === null || Array.isArray(seed))) {
      throw new TypeError(
        `in stateful mode, seed is the organization's data (an object), not ${describeValue(seed)}`,
      );
    }
    const { port, host, dynamic: _dynamic, stateful: _stateful, ...stateful } = options;
    return startStatefulServer({ ...stateful, seed, host: host ?? "127.0.0.1", port: port ?? 0 });
  }
  const statefulOnly: string[] = (
    ["seedFile", "clock", "limits", "tokenLifetimeSeconds", "randomSeed", "faults"] as const
  ).filter((key) => options[key] !== undefined);
  if (typeof seed === "object" && seed !== null) statefulOnly.push("an object seed");
  if (statefulOnly.length > 0) {
    throw new TypeError(`${statefulOnly.join(", ")} needs stateful: true`);
  }
  if (seed !== undefined && typeof seed !== "string" && typeof seed !== "number") {
    throw new TypeError(`seed must be a string or a number, not ${describeValue(seed)}`);
  }
  const handler = await createPrismHandler({
    ...(options.dynamic === undefined ? {} : { dynamic: options.dynamic }),
    ...(seed === undefined ? {} : { seed }),
  });
  return listenHttp(handler, {
    host: options.host ?? "127.0.0.1",
    port: options.port ?? 0,
    onRequest: options.onRequest,
    cors: options.cors ?? true,
    maxBodyBytes: checkedMaxBodyBytes(options.maxBodyBytes),
  });
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}
