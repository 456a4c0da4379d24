// `qlik-org --help` start-up against `node -e 0` on the same Node, side by side in one run: the
// issue's budget is 3× (the CLI loads each command's code only when that command runs).

import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { benchStartups, type StartupRow } from "./process-startup.js";

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

/** Runs every contender `runs` times, interleaved after one warm-up round. */
export function benchCliStartup(runs: number): Promise<StartupRow[]> {
  return benchStartups(contenders, runs);
}

/** The start-up rows as Markdown. */
export function renderCliStartup(rows: readonly StartupRow[]): string[] {
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
