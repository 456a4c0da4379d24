// Turns benchmark results into the Markdown tables shown in the README.

import { renderCliStartup } from "./bench-cli.js";
import type { ThroughputResult } from "./bench-mock.js";
import { type OverheadRow, overheadRounds } from "./bench-overhead.js";
import type { PaginationResult } from "./bench-pagination.js";
import type { PipelineResult } from "./bench-pipeline.js";
import type { SizeResult } from "./bench-size.js";
import type { TokenContentionResult } from "./bench-token.js";
import type { StartupRow } from "./process-startup.js";

/** Everything one `npm run bench` measured. */
export interface BenchReport {
  /** ISO time the run finished. */
  readonly finishedAt: string;
  /** Node version and CPU count of the machine. */
  readonly machine: { readonly node: string; readonly cpus: number; readonly cpuModel: string };
  /** Per-request overhead rows. */
  readonly overhead: readonly OverheadRow[];
  /** Headline: `oauthClients.get` median ÷ raw fetch median at concurrency 1 (target ≤ 1.05). */
  readonly headlineRatio: number;
  /** Smallest and largest per-round value of the headline ratio. */
  readonly headlineRatioRounds: { readonly min: number; readonly max: number };
  /** Pagination results. */
  readonly pagination: readonly PaginationResult[];
  /** Token contention result. */
  readonly token: TokenContentionResult;
  /** Pipeline timings, or null when skipped. */
  readonly pipeline: PipelineResult | null;
  /** Bundle sizes. */
  readonly size: readonly SizeResult[];
  /** The mock's start-up (fresh processes) and GET-one-tenant throughput, against bare node:http. */
  readonly mock: { readonly startup: readonly StartupRow[]; readonly throughput: ThroughputResult };
  /** `qlik-org --help` start-up against `node -e 0` (target ≤ 3×). */
  readonly cli: { readonly startup: readonly StartupRow[] };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ratio = (value: number) => `${value.toFixed(2)}×`;
const spread = ({ min, max }: { min: number; max: number }) =>
  `rounds ${min.toFixed(2)}–${ratio(max)}`;
/** A ratio with its per-round spread; the baseline's own ratio is 1 in every round, so it has none. */
const ratioWithSpread = (value: number, rounds: { min: number; max: number }) =>
  rounds.min === rounds.max ? ratio(value) : `${ratio(value)} (${spread(rounds)})`;

/** How a scenario reads in a table. */
const scenarioLabel: Record<OverheadRow["scenario"], string> = {
  get: "get one (small body)",
  list: "list a page (20 items)",
};

/** The overhead row of a contender, or undefined. */
function rowOf(report: BenchReport, scenario: string, contender: string, concurrency: number) {
  return report.overhead.find(
    (row) =>
      row.scenario === scenario && row.contender === contender && row.concurrency === concurrency,
  );
}

/** The targets, each with this run's number. */
function renderTargets(report: BenchReport): string[] {
  const lines = ["| target | this run | goal |", "| --- | ---: | ---: |"];
  const concurrencies = [...new Set(report.overhead.map((row) => row.concurrency))];
  for (const concurrency of concurrencies) {
    const method = rowOf(report, "get", "@qlik-org/client", concurrency);
    const floor = rowOf(report, "get", "raw fetch + time limit", concurrency);
    if (method) {
      const beside = floor ? ` (raw fetch + time limit: ${ratio(floor.medianRatio)})` : "";
      lines.push(
        `| \`org.oauthClients.get(id)\` ÷ raw fetch, concurrency ${concurrency} | ${ratio(method.medianRatio)}${beside} | ≤ 1.05× |`,
      );
    }
  }
  for (const concurrency of concurrencies) {
    const surface = rowOf(report, "get", "@qlik-org/client org.GET", concurrency);
    const bare = rowOf(report, "get", "openapi-fetch", concurrency);
    const bareFloor = rowOf(report, "get", "openapi-fetch + time limit", concurrency);
    if (surface && bare) {
      const beside = bareFloor
        ? ` (openapi-fetch + time limit: ${ratio(bareFloor.medianRatio)})`
        : "";
      lines.push(
        `| \`org.GET(...)\` ÷ raw fetch, concurrency ${concurrency} | ${ratio(surface.medianRatio)}${beside} | ≤ ${ratio(bare.medianRatio + 0.03)} (bare openapi-fetch ${ratio(bare.medianRatio)} + 0.03) |`,
      );
    }
  }
  const streaming = report.pagination.find((row) => row.mode === "listAll (streaming)");
  const collecting = report.pagination.find((row) => row.mode === "collect all pages");
  if (streaming && collecting) {
    lines.push(
      `| \`listAll\` items/s ÷ collecting every page | ${(streaming.itemsPerSecond / collecting.itemsPerSecond).toFixed(2)} | ≥ 1.00 |`,
    );
  }
  const client = report.size.find((row) => row.entry === "@qlik-org/client");
  if (client) {
    lines.push(`| client bundle, min + gzip | ${client.gzippedBytes} B | ≤ 10,240 B |`);
  }
  return lines;
}

/** Renders the report as Markdown. */
export function renderReport(report: BenchReport): string {
  const lines: string[] = [];
  lines.push(
    `Measured ${report.finishedAt.slice(0, 10)} on Node ${report.machine.node}, ${report.machine.cpus} × ${report.machine.cpuModel}. Ratios are within one run; absolute numbers vary between machines.`,
    "",
    `**Headline: \`org.oauthClients.get(id)\` ÷ raw fetch, median latency at concurrency 1 = ${ratio(report.headlineRatio)}** (${spread(report.headlineRatioRounds)}; target ≤ 1.05×).`,
    "",
    ...renderTargets(report),
    "",
    "The fixture server runs in a child process, so its work does not share the client's event loop.",
    `Each contender runs ${overheadRounds} interleaved rounds: median ms and req/s are the median over rounds,`,
    "p99 ms is over every sample of every round, and the ratio is the median over rounds of that round's",
    "median ÷ raw fetch's median the same round, with the smallest and largest per-round ratio beside it.",
    "",
    "| call | contender | concurrency | requests | median ms | p99 ms (all samples) | req/s | median ÷ raw fetch |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  );
  for (const row of report.overhead) {
    lines.push(
      `| ${scenarioLabel[row.scenario]} | ${row.contender} | ${row.concurrency} | ${row.requests} | ${row.medianMs.toFixed(3)} | ${row.p99Ms.toFixed(3)} | ${row.requestsPerSecond} | ${ratioWithSpread(row.medianRatio, row.medianRatioRounds)} |`,
    );
  }
  lines.push(
    "",
    "Pagination: `listAll` streams; collecting is `list` page after page with each next link's cursor,",
    "keeping every item. Pages are the page requests the server answered in one pass; items/s is the",
    "median of 3 timed passes that alternate between the modes; peak heap growth is from a separate,",
    "untimed pass: the largest `heapUsed` above its value before the pass, each read after a forced full",
    "GC, every 50 pages and after the last (when a collecting caller still holds every item). Each mode",
    "has its own warm-up.",
    "",
    "| pagination | items | pages | items/s | peak heap growth |",
    "| --- | ---: | ---: | ---: | ---: |",
  );
  for (const row of report.pagination) {
    lines.push(
      `| ${row.mode} | ${row.items} | ${row.pages} | ${row.itemsPerSecond} | ${row.peakHeapGrowthMiB} MiB |`,
    );
  }
  const token = report.token;
  lines.push(
    "",
    `Token under contention: ${token.concurrentCalls} concurrent first calls made **${token.tokenRequests}** token request(s); first response after ${token.firstResponseMs} ms, all after ${token.allResponsesMs} ms (token endpoint delayed ${token.tokenDelayMs} ms).`,
  );
  if (report.pipeline) {
    const pipeline = report.pipeline;
    lines.push(
      "",
      "| pipeline (`turbo run build`) | seconds | ÷ cold |",
      "| --- | ---: | ---: |",
      `| cold (empty cache) | ${pipeline.coldSeconds} | 1.00 |`,
      `| warm (nothing changed; ${pipeline.warmCached}) | ${pipeline.warmSeconds} | ${(pipeline.warmSeconds / pipeline.coldSeconds).toFixed(2)} |`,
      `| after a one-line spec edit | ${pipeline.specEditSeconds} | ${(pipeline.specEditSeconds / pipeline.coldSeconds).toFixed(2)} |`,
    );
  }
  lines.push(
    "",
    "| bundle (esbuild, minified, ESM) | minified | min + gzip |",
    "| --- | ---: | ---: |",
  );
  for (const row of report.size) {
    lines.push(`| ${row.entry} | ${kib(row.minifiedBytes)} | ${kib(row.gzippedBytes)} |`);
  }
  const { startup, throughput } = report.mock;
  lines.push(
    "",
    "The mock, from fresh processes (median of the runs, interleaved after one warm-up round) and",
    "under load (GET one tenant, the bare server answering the same bytes, median of 3 rounds):",
    "",
    "| mock start-up: a fresh process that… | runs | median ms | ÷ bare node:http |",
    "| --- | ---: | ---: | ---: |",
  );
  for (const row of startup) {
    lines.push(`| ${row.contender} | ${row.runs} | ${row.medianMs} | ${ratio(row.ratio)} |`);
  }
  lines.push(
    "",
    "| GET one tenant | concurrency | requests | req/s | ÷ bare node:http |",
    "| --- | ---: | ---: | ---: | ---: |",
    `| bare node:http, same bytes | ${throughput.concurrency} | ${throughput.requests} | ${throughput.bareRequestsPerSecond} | 1.00× |`,
    `| stateful mock server | ${throughput.concurrency} | ${throughput.requests} | ${throughput.statefulRequestsPerSecond} | ${ratio(throughput.ratio)} |`,
  );
  lines.push(...renderCliStartup(report.cli.startup));
  return lines.join("\n");
}
