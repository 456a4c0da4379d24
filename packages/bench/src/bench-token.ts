// 1,000 concurrent first calls: how many token requests, and how fast the first answers arrive.

import { performance } from "node:perf_hooks";
import { createOrgClient } from "@qlik-org/client";
import { spawnFixtureServer } from "./spawn-fixture-server.js";
import { round } from "./stats.js";

/** Result of the token-contention benchmark. */
export interface TokenContentionResult {
  /** Concurrent first calls made. */
  readonly concurrentCalls: number;
  /** Token requests the server saw (must be 1). */
  readonly tokenRequests: number;
  /** Milliseconds until the first call resolved. */
  readonly firstResponseMs: number;
  /** Milliseconds until every call resolved. */
  readonly allResponsesMs: number;
  /** How long the fixture's token endpoint waited before answering, in ms. */
  readonly tokenDelayMs: number;
}

/** Delay of the token endpoint: wide enough that every call starts while the token is pending. */
export const tokenEndpointDelayMs = 25;

/** Thrown when the client asked for more (or fewer) than one token: the benchmark's claim failed. */
export class TokenContentionError extends Error {
  /** Tells how many token requests the server saw. */
  constructor(readonly result: TokenContentionResult) {
    super(
      `${result.concurrentCalls} concurrent first calls made ${result.tokenRequests} token requests; expected exactly 1`,
    );
    this.name = "TokenContentionError";
  }
}

/**
 * Fires `concurrentCalls` calls at a client that has no token yet; throws `TokenContentionError`
 * (so `npm run bench` exits non-zero and writes nothing) unless exactly one token was requested.
 */
export async function benchTokenContention(
  concurrentCalls: number,
): Promise<TokenContentionResult> {
  const server = await spawnFixtureServer({
    totalClients: 20,
    pageSize: 20,
    tokenDelayMs: tokenEndpointDelayMs,
  });
  try {
    const org = createOrgClient({
      baseUrl: server.url,
      auth: { clientId: "bench-client", clientSecret: "bench-secret" },
      throttle: false,
    });
    const start = performance.now();
    let first = Number.NaN;
    await Promise.all(
      Array.from({ length: concurrentCalls }, async () => {
        await org.oauthClients.list();
        if (Number.isNaN(first)) first = performance.now() - start;
      }),
    );
    const allResponsesMs = round(performance.now() - start, 1);
    const result: TokenContentionResult = {
      concurrentCalls,
      tokenRequests: (await server.counts()).tokenRequests,
      firstResponseMs: round(first, 1),
      allResponsesMs,
      tokenDelayMs: tokenEndpointDelayMs,
    };
    if (result.tokenRequests !== 1) throw new TokenContentionError(result);
    return result;
  } finally {
    await server.close();
  }
}
