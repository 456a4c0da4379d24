// Serves a stateful organization over node:http, for `startMockServer({ stateful: true })` and
// `qlik-org-mock --stateful`.

import { checkedMaxBodyBytes, listenHttp } from "../http-listener.js";
import type { RequestLogEntry } from "../request-log.js";
import type { MockServer } from "../start-mock-server.js";
import { createStatefulOrg } from "./create-stateful-org.js";
import { readSeedFile } from "./seed-file.js";
import type { OrgState, StatefulOrgOptions, StatefulOrgSeed } from "./types.js";

/** A running stateful mock: the server plus the organization's `reset()` and `snapshot()`. */
export interface StatefulMockServer extends MockServer {
  /** Restores the seed, clears rate-limit counters and restarts id generation; tokens stay valid. */
  reset(): void;
  /** A deep-frozen copy of the organization's state, without secret or token values. */
  snapshot(): Readonly<OrgState>;
}

/** Options of {@link startStatefulServer}. */
export interface StatefulServerOptions extends Omit<StatefulOrgOptions, "seed"> {
  readonly host: string;
  readonly port: number;
  readonly onRequest?: ((entry: RequestLogEntry) => void) | undefined;
  /** Answer CORS preflights and let pages on any origin read every answer. Default `true`. */
  readonly cors?: boolean | undefined;
  /** The largest request body read, in bytes; a larger one is answered 413. Default 1 MiB. */
  readonly maxBodyBytes?: number | undefined;
  /** The organization's starting data; the default seed when neither this nor `seedFile` is given. */
  readonly seed?: StatefulOrgSeed | undefined;
  /** A JSON file holding the seed. */
  readonly seedFile?: string | undefined;
}

/** Starts the stateful organization on `host`:`port` and resolves once it listens. */
export async function startStatefulServer(
  options: StatefulServerOptions,
): Promise<StatefulMockServer> {
  const { host, port, onRequest, cors, maxBodyBytes, seed, seedFile, ...orgOptions } = options;
  if (seed !== undefined && seedFile !== undefined) {
    throw new TypeError("give either seed or seedFile, not both");
  }
  const org = createStatefulOrg({
    ...orgOptions,
    ...(seedFile !== undefined ? { seed: await readSeedFile(seedFile) } : {}),
    ...(seed !== undefined ? { seed } : {}),
  });
  const listener = await listenHttp(org, {
    host,
    port,
    onRequest,
    cors: cors ?? true,
    maxBodyBytes: checkedMaxBodyBytes(maxBodyBytes),
  });
  return {
    url: listener.url,
    close: () => listener.close(),
    ref: () => listener.ref(),
    unref: () => listener.unref(),
    reset: org.reset,
    snapshot: org.snapshot,
  };
}
