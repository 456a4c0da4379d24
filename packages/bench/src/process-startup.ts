// Start-up of whole processes, side by side: each contender is a `node` command line, timed from
// spawn to exit, interleaved over rounds after one warm-up round, against the first contender.

import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { median, round } from "./stats.js";

/** One contender's median wall time and its ratio to the first contender's. */
export interface StartupRow {
  /** Contender label. */
  readonly contender: string;
  /** Timed runs. */
  readonly runs: number;
  /** Median wall time from spawn to exit, in ms. */
  readonly medianMs: number;
  /** Median ÷ the first contender's median. */
  readonly ratio: number;
}

/** Wall time of `node args` in `cwd`, from spawn to a zero exit; rejects on another exit. */
function timeNode(args: readonly string[], cwd: string | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, stdio: ["ignore", "ignore", "inherit"] });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(performance.now() - started) : reject(new Error(`exit ${code}`)),
    );
  });
}

/**
 * Runs every contender (`node` arguments by label) `runs` times, interleaved after one warm-up
 * round that only warms the file cache, and reports medians and ratios to the first contender.
 */
export async function benchStartups(
  contenders: Readonly<Record<string, readonly string[]>>,
  runs: number,
  cwd?: string,
): Promise<StartupRow[]> {
  const names = Object.keys(contenders);
  const times = new Map<string, number[]>(names.map((name) => [name, []]));
  for (let run = 0; run < runs + 1; run++) {
    for (const name of names) {
      const ms = await timeNode(contenders[name] ?? [], cwd);
      if (run > 0) times.get(name)?.push(ms);
    }
  }
  const first = median(times.get(names[0] ?? "") ?? []);
  return names.map((contender) => {
    const medianMs = median(times.get(contender) ?? []);
    return { contender, runs, medianMs: round(medianMs, 1), ratio: round(medianMs / first, 2) };
  });
}
