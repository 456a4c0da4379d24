// `npm run bench`: runs every benchmark, writes results.json and the README's table.

import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { benchCliStartup, renderCliStartup } from "./bench-cli.js";
import { benchMockStartup, benchMockThroughput } from "./bench-mock.js";
import { benchOverhead } from "./bench-overhead.js";
import { benchPagination } from "./bench-pagination.js";
import { benchPipeline, type PipelineResult } from "./bench-pipeline.js";
import { benchSize } from "./bench-size.js";
import { benchTokenContention } from "./bench-token.js";
import { type BenchReport, renderReport } from "./render-report.js";

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "10000" },
    "skip-pipeline": { type: "boolean", default: false },
    "no-readme": { type: "boolean", default: false },
    // Measures only the CLI's start-up and prints it; writes nothing.
    "cli-startup-only": { type: "boolean", default: false },
  },
});

const resultsFile = fileURLToPath(new URL("../results.json", import.meta.url));
const readmeFile = fileURLToPath(new URL("../../../README.md", import.meta.url));
const startMarker = "<!-- bench:start -->";
const endMarker = "<!-- bench:end -->";

const step = (name: string) => console.error(`bench: ${name}…`);

if (values["cli-startup-only"]) {
  console.log(renderCliStartup(await benchCliStartup(20)).join("\n"));
  process.exit(0);
}

step("per-request overhead");
const overhead = await benchOverhead(Number(values.requests), [1, 32]);
const headline = overhead.find(
  (row) => row.scenario === "get" && row.concurrency === 1 && row.contender === "@qlik-org/client",
);
step("pagination (100,000 clients in 1,000 pages)");
const pagination = await benchPagination(100_000, 100);
step("token under contention");
// Fails the whole run (non-zero exit, nothing written) unless exactly one token was requested.
const token = await benchTokenContention(1000).catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
step("bundle size");
const size = await benchSize();
step("mock start-up and throughput");
const mock = {
  startup: await benchMockStartup(10),
  throughput: await benchMockThroughput(Number(values.requests), 32),
};
step("CLI start-up");
const cli = { startup: await benchCliStartup(20) };
let pipeline: PipelineResult | null = null;
if (!values["skip-pipeline"]) {
  step("pipeline");
  pipeline = await benchPipeline();
}

const report: BenchReport = {
  finishedAt: new Date().toISOString(),
  machine: {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? "unknown",
  },
  overhead,
  headlineRatio: headline?.medianRatio ?? Number.NaN,
  headlineRatioRounds: headline?.medianRatioRounds ?? { min: Number.NaN, max: Number.NaN },
  pagination,
  token,
  pipeline,
  size,
  mock,
  cli,
};

writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
const written = [resultsFile];
const table = renderReport(report);
console.log(table);

if (!values["no-readme"]) {
  const readme = readFileSync(readmeFile, "utf8");
  const start = readme.indexOf(startMarker);
  const end = readme.indexOf(endMarker);
  if (start === -1 || end === -1) {
    console.error(`bench: README has no ${startMarker} … ${endMarker} section; table not written`);
  } else {
    const updated = `${readme.slice(0, start + startMarker.length)}\n${table}\n${readme.slice(end)}`;
    writeFileSync(readmeFile, updated);
    written.push(readmeFile);
  }
}

// The tables are written unpadded; Biome pads them as the lint expects, so a run leaves files
// ready to commit.
const biome = createRequire(import.meta.url).resolve("@biomejs/biome/bin/biome");
execFileSync(process.execPath, [biome, "format", "--write", ...written], {
  stdio: ["ignore", "ignore", "inherit"],
});
