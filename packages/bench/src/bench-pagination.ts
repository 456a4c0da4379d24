// listAll over many pages: throughput and heap growth, streaming vs collecting every page.

import { performance } from "node:perf_hooks";
import { createOrgClient } from "@qlik-org/client";
import { startFixtureServer } from "./fixture-server.js";
import { round } from "./stats.js";

/** Result of iterating every client once. */
export interface PaginationResult {
  /** How the pages were consumed. */
  readonly mode: "listAll (streaming)" | "collect all pages";
  /** Items seen. */
  readonly items: number;
  /** Pages fetched. */
  readonly pages: number;
  /** Items per second. */
  readonly itemsPerSecond: number;
  /** Largest heap growth over the starting heap, in MiB, sampled after a GC every 50 pages. */
  readonly peakHeapGrowthMiB: number;
}

const gc = (globalThis as { gc?: () => void }).gc;

function heapAfterGc(): number {
  gc?.();
  return process.memoryUsage().heapUsed;
}

/** Iterates `totalClients` in pages of `pageSize`, streaming and then collecting. */
export async function benchPagination(
  totalClients: number,
  pageSize: number,
): Promise<PaginationResult[]> {
  if (!gc) throw new Error("run with node --expose-gc so heap samples are comparable");
  const server = await startFixtureServer({ totalClients, pageSize });
  try {
    const org = createOrgClient({
      baseUrl: server.url,
      auth: { accessToken: "bench-token" },
      throttle: false,
    });
    const results: PaginationResult[] = [];

    for (const mode of ["listAll (streaming)", "collect all pages"] as const) {
      const kept: unknown[] = [];
      const baseline = heapAfterGc();
      let peak = 0;
      let items = 0;
      const start = performance.now();
      for await (const client of org.oauthClients.listAll({ limit: pageSize })) {
        items += 1;
        if (mode === "collect all pages") kept.push(client);
        if (items % (pageSize * 50) === 0) peak = Math.max(peak, heapAfterGc() - baseline);
      }
      const elapsed = performance.now() - start;
      peak = Math.max(peak, heapAfterGc() - baseline);
      results.push({
        mode,
        items,
        pages: Math.ceil(items / pageSize),
        itemsPerSecond: Math.round((items / elapsed) * 1000),
        peakHeapGrowthMiB: round(peak / 1024 / 1024, 1),
      });
      kept.length = 0;
    }
    return results;
  } finally {
    await server.close();
  }
}
