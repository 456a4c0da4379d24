// `qlik-org --help` start-up against `node -e 0` on the same Node, side by side in one run: the
// issue's budget is 3× (the CLI loads each command's code only when that command runs).

import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { round } from "./stats.js";

/** The installed `qlik-org` bin (the workspace package, built). */
const cliBin = join(
  dirname(createRequire(import.meta.url).resolve("@qlik-org/cli/package.json")),
  "dist/bin.js",
);

/** Each contender's arguments to `node`. */
const contenders: Readonly<Record<string, readonly string[]>> = {
  "node -e 0": ["-e", "0"],
  "qlik-org --help": [cliBin, "--help"],
  "qlik-org oauth-clients create --help": [cliBin, "oauth-clients", "create", "--help"],
};

/** One contender's median wall time and its ratio to `node -e 0`. */
export interface CliStartupRow {
  readonly contender: string;
  readonly runs: number;
  readonly medianMs: number;
  readonly ratio: number;
}

function time(args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: "ignore" });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(performance.now() - started) : reject(new Error(`exit ${code}`)),
    );
  });
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Runs every contender `runs` times, interleaved after one warm-up round. */
export async function benchCliStartup(runs: number): Promise<CliStartupRow[]> {
  const names = Object.keys(contenders);
  const times = new Map<string, number[]>(names.map((name) => [name, []]));
  for (let run = 0; run < runs + 1; run++) {
    for (const name of names) {
      const ms = await time(contenders[name] ?? []);
      if (run > 0) times.get(name)?.push(ms);
    }
  }
  const bare = median(times.get(names[0] ?? "") ?? []);
  return names.map((contender) => {
    const medianMs = median(times.get(contender) ?? []);
    return { contender, runs, medianMs: round(medianMs, 1), ratio: round(medianMs / bare, 2) };
  });
}

/** The start-up rows as Markdown. */
export function renderCliStartup(rows: readonly CliStartupRow[]): string[] {
  const help = rows.find((row) => row.contender === "qlik-org --help");
  return [
    "",
    `**qlik-org --help ÷ node -e 0 = ${help ? help.ratio.toFixed(2) : "?"}×** (fresh processes, median of ${rows[0]?.runs ?? 0} interleaved runs after a warm-up; target ≤ 3×).`,
    "",
    "| CLI start-up: a fresh process running… | runs | median ms | ÷ node -e 0 |",
    "| --- | ---: | ---: | ---: |",
    ...rows.map(
      (row) => `| ${row.contender} | ${row.runs} | ${row.medianMs} | ${row.ratio.toFixed(2)}× |`,
    ),
  ];
}
