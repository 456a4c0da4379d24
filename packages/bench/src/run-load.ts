// Runs one request function many times at a fixed concurrency and records each latency.

import { performance } from "node:perf_hooks";
import { type LatencySummary, summarize } from "./stats.js";

/** Sends `total` requests with `concurrency` workers and summarizes their latencies. */
export async function runLoad(
  send: () => Promise<unknown>,
  total: number,
  concurrency: number,
): Promise<LatencySummary> {
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
  return summarize(latencies, concurrency, performance.now() - wallStart);
}
