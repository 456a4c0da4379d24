// Runs one request function many times at a fixed concurrency and records each latency.

import { performance } from "node:perf_hooks";
import { type LatencySummary, summarize } from "./stats.js";

/** A run's summary and every latency it recorded (ms), for pooling across rounds. */
export interface LoadRun {
  readonly summary: LatencySummary;
  readonly latencies: readonly number[];
}

/** Sends `total` requests with `concurrency` workers and summarizes their latencies. */
export async function runLoad(
  send: () => Promise<unknown>,
  total: number,
  concurrency: number,
): Promise<LoadRun> {
  const latencies: number[] = [];
  let started = 0;
  const worker = async () => {
    while (started < total) {
      started += 1;
      const begin = performance.now();
      await send();
      latencies.push(performance.now() - begin);
    }
  };
  const wallStart = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { summary: summarize(latencies, concurrency, performance.now() - wallStart), latencies };
}
