// Per-request overhead: raw fetch vs bare openapi-fetch vs @qlik-org/client, side by side.

import {
  bareOpenapiFetch,
  type Contender,
  orgClient,
  orgClientFeaturesOff,
  rawFetch,
} from "./clients-under-test.js";
import { startFixtureServer } from "./fixture-server.js";
import { runLoad } from "./run-load.js";
import { type LatencySummary, round } from "./stats.js";

/** One contender's result at one concurrency. */
export interface OverheadRow extends LatencySummary {
  /** Contender label. */
  readonly contender: string;
  /** Median latency divided by raw fetch's median in the same run. */
  readonly medianRatio: number;
}

/**
 * Measures every contender at each concurrency. Rounds are interleaved (A, B, C, B, C, A …)
 * so that drift in the machine's load hits all contenders alike.
 */
export async function benchOverhead(
  requestsPerContender: number,
  concurrencies: readonly number[],
  rounds = 5,
): Promise<OverheadRow[]> {
  const server = await startFixtureServer({ totalClients: 20, pageSize: 20 });
  try {
    const contenders: Contender[] = [
      rawFetch(server.url),
      bareOpenapiFetch(server.url),
      await orgClient(server.url),
      await orgClientFeaturesOff(server.url),
    ];
    const rows: OverheadRow[] = [];
    for (const concurrency of concurrencies) {
      // Warm-up long enough for the JIT to optimize the client's larger code path too.
      for (const contender of contenders) await runLoad(contender.send, 2_000, concurrency);
      const latencies = new Map<string, LatencySummary[]>();
      const perRound = Math.ceil(requestsPerContender / rounds);
      for (let round = 0; round < rounds; round += 1) {
        // Rotate the order each round so that no contender always runs first or last.
        const order = contenders.map((_, index) => contenders[(index + round) % contenders.length]);
        for (const contender of order) {
          if (!contender) continue;
          const summary = await runLoad(contender.send, perRound, concurrency);
          latencies.set(contender.name, [...(latencies.get(contender.name) ?? []), summary]);
        }
      }
      const merged = contenders.map((contender) => mergeRounds(contender.name, latencies));
      const baseline = merged[0]?.medianMs ?? Number.NaN;
      for (const row of merged) {
        rows.push({ ...row, medianRatio: round(row.medianMs / baseline) });
      }
    }
    return rows;
  } finally {
    await server.close();
  }
}

function mergeRounds(name: string, latencies: Map<string, LatencySummary[]>) {
  const summaries = latencies.get(name) ?? [];
  const middle = (values: number[]) =>
    values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return {
    contender: name,
    requests: summaries.reduce((sum, summary) => sum + summary.requests, 0),
    concurrency: summaries[0]?.concurrency ?? 0,
    // The median of per-round medians resists one noisy round better than pooling samples.
    medianMs: round(middle(summaries.map((summary) => summary.medianMs))),
    p99Ms: round(middle(summaries.map((summary) => summary.p99Ms))),
    requestsPerSecond: Math.round(middle(summaries.map((summary) => summary.requestsPerSecond))),
  };
}
