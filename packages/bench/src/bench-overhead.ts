// Per-request overhead: raw fetch vs bare openapi-fetch vs @qlik-org/client, side by side.

import {
  bareOpenapiFetch,
  type Contender,
  openapiFetchWithTimeLimit,
  orgClient,
  orgClientFeaturesOff,
  orgClientPathSurface,
  rawFetch,
  rawFetchWithTimeLimit,
  type Scenario,
} from "./clients-under-test.js";
import { type LoadRun, runLoad } from "./run-load.js";
import { spawnFixtureServer } from "./spawn-fixture-server.js";
import { type LatencySummary, median, quantile, round } from "./stats.js";

/** One contender's result at one concurrency. */
export interface OverheadRow extends LatencySummary {
  /** What was called: one small OAuth client (`get`) or a page of 20 (`list`). */
  readonly scenario: Scenario;
  /** Contender label. */
  readonly contender: string;
  /** Median over rounds of this round's median latency ÷ raw fetch's median that round. */
  readonly medianRatio: number;
  /** Smallest and largest per-round ratio (this round's median ÷ raw fetch's median that round). */
  readonly medianRatioRounds: { readonly min: number; readonly max: number };
}

/**
 * Interleaved rounds per contender and concurrency. Many short rounds rather than a few long ones:
 * the machine's load drifts over seconds, and the median of many per-round ratios shrugs off the
 * rounds that drift hit.
 */
export const overheadRounds = 20;

/** The scenarios, the small body first. */
export const scenarios: readonly Scenario[] = ["get", "list"];

/**
 * Measures every contender of each scenario at each concurrency against a fixture server in a
 * child process.
 * Rounds are interleaved (A, B, C, B, C, A …) so that drift in the machine's load hits all
 * contenders alike. `medianMs` and `requestsPerSecond` are the median over rounds; `p99Ms` is the
 * 99th percentile of every sample of every round.
 */
export async function benchOverhead(
  requestsPerContender: number,
  concurrencies: readonly number[],
  rounds = overheadRounds,
): Promise<OverheadRow[]> {
  const server = await spawnFixtureServer({ totalClients: 20, pageSize: 20 });
  try {
    const rows: OverheadRow[] = [];
    for (const scenario of scenarios) {
      const contenders: Contender[] = [
        rawFetch(server.url, scenario),
        rawFetchWithTimeLimit(server.url, scenario),
        bareOpenapiFetch(server.url, scenario),
        openapiFetchWithTimeLimit(server.url, scenario),
        await orgClient(server.url, scenario),
        await orgClientPathSurface(server.url, scenario),
        await orgClientFeaturesOff(server.url, scenario),
      ];
      for (const concurrency of concurrencies) {
        rows.push(
          ...(await measure(scenario, contenders, requestsPerContender, concurrency, rounds)),
        );
      }
    }
    return rows;
  } finally {
    await server.close();
  }
}

/** One scenario at one concurrency: interleaved rounds of every contender. */
async function measure(
  scenario: Scenario,
  contenders: readonly Contender[],
  requestsPerContender: number,
  concurrency: number,
  rounds: number,
): Promise<OverheadRow[]> {
  const rows: OverheadRow[] = [];
  // Warm-up long enough for the JIT to optimize the client's larger code path too.
  for (const contender of contenders) await runLoad(contender.send, 2_000, concurrency);
  const runs = new Map<string, LoadRun[]>(contenders.map((contender) => [contender.name, []]));
  const perRound = Math.ceil(requestsPerContender / rounds);
  for (let round = 0; round < rounds; round += 1) {
    // Rotate the order each round so that no contender always runs first or last.
    const order = contenders.map((_, index) => contenders[(index + round) % contenders.length]);
    for (const contender of order) {
      if (!contender) continue;
      runs.get(contender.name)?.push(await runLoad(contender.send, perRound, concurrency));
    }
  }
  const baselineRuns = runs.get(contenders[0]?.name ?? "") ?? [];
  for (const contender of contenders) {
    rows.push(mergeRounds(scenario, contender.name, runs.get(contender.name) ?? [], baselineRuns));
  }
  return rows;
}

function mergeRounds(
  scenario: Scenario,
  name: string,
  runs: LoadRun[],
  baselineRuns: LoadRun[],
): OverheadRow {
  const summaries = runs.map((run) => run.summary);
  // The median of per-round medians resists one noisy round better than pooling samples.
  const medianMs = median(summaries.map((summary) => summary.medianMs));
  // Each round's ratio compares two runs made moments apart, under the same load.
  const roundRatios = summaries.map(
    (summary, index) => summary.medianMs / (baselineRuns[index]?.summary.medianMs ?? Number.NaN),
  );
  // A tail is rare by definition: pooled over all rounds there are 100 samples per percent.
  const pooled = runs.flatMap((run) => run.latencies).sort((a, b) => a - b);
  return {
    scenario,
    contender: name,
    requests: pooled.length,
    concurrency: summaries[0]?.concurrency ?? 0,
    medianMs: round(medianMs),
    p99Ms: round(quantile(pooled, 0.99)),
    requestsPerSecond: Math.round(median(summaries.map((summary) => summary.requestsPerSecond))),
    medianRatio: round(median(roundRatios)),
    medianRatioRounds: {
      min: round(Math.min(...roundRatios)),
      max: round(Math.max(...roundRatios)),
    },
  };
}
