// 1,000 concurrent first calls: how many token requests, and how fast the first answers arrive.

import { performance } from "node:perf_hooks";
import { createOrgClient } from "@qlik-org/client";
import { startFixtureServer } from "./fixture-server.js";
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
}

/** Fires `concurrentCalls` calls at a client that has no token yet. */
export async function benchTokenContention(
  concurrentCalls: number,
): Promise<TokenContentionResult> {
  const server = await startFixtureServer({ totalClients: 20, pageSize: 20, tokenDelayMs: 25 });
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
    return {
      concurrentCalls,
      tokenRequests: server.tokenRequests(),
      firstResponseMs: round(first, 1),
      allResponsesMs: round(performance.now() - start, 1),
    };
  } finally {
    await server.close();
  }
}
