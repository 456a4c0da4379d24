// listAll over many pages: throughput and heap growth, streaming vs collecting every page.

import { performance } from "node:perf_hooks";
import { createOrgClient } from "@qlik-org/client";
import { spawnFixtureServer } from "./spawn-fixture-server.js";
import { median, round } from "./stats.js";

/** Result of iterating every client once. */
export interface PaginationResult {
  /** How the pages were consumed. */
  readonly mode: "listAll (streaming)" | "collect all pages";
  /** Items seen. */
  readonly items: number;
  /** Page requests the server answered during the timed pass. */
  readonly pages: number;
  /** Items per second, the median of the timed passes (no GC forced, no heap sampled during them). */
  readonly itemsPerSecond: number;
  /**
   * Peak heap growth in MiB, from a separate untimed pass: the largest `heapUsed` minus its value
   * before the pass, each measured after a forced full GC, sampled every 50 pages and after the
   * last page (while a collecting consumer still holds every item).
   */
  readonly peakHeapGrowthMiB: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
const modes = ["listAll (streaming)", "collect all pages"] as const;
const warmUpItems = 10_000;
const samplePages = 50;
/** Timed passes per mode; items/s is their median (on loopback the two modes differ by less than the noise of a few). */
const timedRounds = 7;

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
  const server = await spawnFixtureServer({ totalClients, pageSize });
  try {
    const org = createOrgClient({
      baseUrl: server.url,
      auth: { accessToken: "bench-token" },
      throttle: false,
    });
    /**
     * One pass over every item; `onItem` sees the running count. Streaming is `listAll`; collecting
     * is what a caller does without it: `list` page after page, with the cursor of each next link,
     * keeping every item until the last page.
     */
    const pass = async (
      mode: (typeof modes)[number],
      onItem: (items: number) => void = () => {},
      stopAfter = Number.POSITIVE_INFINITY,
    ) => {
      const kept: unknown[] = [];
      let items = 0;
      if (mode === "listAll (streaming)") {
        for await (const _client of org.oauthClients.listAll({ limit: pageSize })) {
          items += 1;
          onItem(items);
          if (items >= stopAfter) break;
        }
        return { items, kept };
      }
      let next: string | undefined;
      do {
        const page = await org.oauthClients.list({ limit: pageSize, next });
        for (const client of page.data) {
          kept.push(client);
          items += 1;
          onItem(items);
        }
        const href = page.links?.next?.href;
        next = href ? (new URL(href).searchParams.get("next") ?? undefined) : undefined;
      } while (next !== undefined && items < stopAfter);
      return { items, kept };
    };

    // Each mode gets its own warm-up, so neither is timed with a colder JIT than the other.
    for (const mode of modes) await pass(mode, undefined, warmUpItems);

    // Timed passes alternate between the modes, so that drift in the machine's load hits both.
    const timings = new Map<(typeof modes)[number], { itemsPerSecond: number; pages: number }[]>(
      modes.map((mode) => [mode, []]),
    );
    for (let round = 0; round < timedRounds; round += 1) {
      for (const mode of round % 2 === 0 ? modes : [...modes].reverse()) {
        const pagesBefore = (await server.counts()).pageRequests;
        heapAfterGc();
        const start = performance.now();
        const timed = await pass(mode);
        const elapsed = performance.now() - start;
        timed.kept.length = 0;
        timings.get(mode)?.push({
          itemsPerSecond: (timed.items / elapsed) * 1000,
          pages: (await server.counts()).pageRequests - pagesBefore,
        });
      }
    }

    const results: PaginationResult[] = [];
    for (const mode of modes) {
      const baseline = heapAfterGc();
      let peak = 0;
      const sampled = await pass(mode, (items) => {
        if (items % (pageSize * samplePages) === 0) {
          peak = Math.max(peak, heapAfterGc() - baseline);
        }
      });
      peak = Math.max(peak, heapAfterGc() - baseline);
      sampled.kept.length = 0;

      const rounds = timings.get(mode) ?? [];
      results.push({
        mode,
        items: sampled.items,
        pages: rounds[0]?.pages ?? 0,
        itemsPerSecond: Math.round(median(rounds.map((timing) => timing.itemsPerSecond))),
        peakHeapGrowthMiB: round(peak / 1024 / 1024, 1),
      });
    }
    return results;
  } finally {
    await server.close();
  }
}
