// The build pipeline: cold (empty cache), warm (nothing changed), and after a one-line spec edit.

import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { round } from "./stats.js";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
// A path file whose summary is edited: it feeds the docs, the types and the bundled spec.
const editedSpecFile = join(repoRoot, "spec/paths/api_core_oauth-clients_{id}.yaml");

/** Wall times of `npm run build` in three states, and what turbo reused. */
export interface PipelineResult {
  /** Seconds for a build with an empty turbo cache. */
  readonly coldSeconds: number;
  /** Seconds for a second build with nothing changed. */
  readonly warmSeconds: number;
  /** Seconds for a build after a one-line spec change. */
  readonly specEditSeconds: number;
  /** Turbo's `Cached: x/y` line for the warm build. */
  readonly warmCached: string;
}

const turboArgs = (cacheDir: string) => [
  "turbo",
  "run",
  "build",
  `--cache-dir=${cacheDir}`,
  "--output-logs=none",
];
const buildEnv = { ...process.env, TURBO_TELEMETRY_DISABLED: "1" };

/** The build in progress, so that a signal can stop it before the spec is restored. */
let running: ChildProcess | undefined;

/** One timed `turbo run build`; asynchronous so that SIGINT/SIGTERM handlers run during it. */
async function build(cacheDir: string): Promise<{ seconds: number; cached: string }> {
  const start = performance.now();
  const child = spawn("npx", turboArgs(cacheDir), {
    cwd: repoRoot,
    env: buildEnv,
    stdio: ["ignore", "pipe", "inherit"],
  });
  running = child;
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    output += chunk;
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  running = undefined;
  if (code !== 0) throw new Error(`turbo run build exited with ${code}`);
  const cached = /Cached:\s+(\d+ cached, \d+ total)/.exec(output)?.[1] ?? "unknown";
  return { seconds: round((performance.now() - start) / 1000, 2), cached };
}

/**
 * Runs the three builds in the working tree. The spec edit is always undone, and the generated
 * files rebuilt from the restored spec: after the last build, after a failure, and on
 * SIGINT/SIGTERM (which then ends the process with the signal's usual exit code).
 */
export async function benchPipeline(): Promise<PipelineResult> {
  const cacheDir = mkdtempSync(join(tmpdir(), "turbo-bench-cache-"));
  const original = readFileSync(editedSpecFile, "utf8");
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    writeFileSync(editedSpecFile, original);
    // Rebuild from the restored spec so the generated files match the committed ones again.
    execFileSync("npx", turboArgs(cacheDir), { cwd: repoRoot, env: buildEnv, stdio: "ignore" });
    rmSync(cacheDir, { recursive: true, force: true });
  };
  let interrupted: NodeJS.Signals | undefined;
  const exitCode = (signal: NodeJS.Signals) => 128 + (signal === "SIGINT" ? 2 : 15);
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`bench: ${signal}; restoring ${editedSpecFile} and rebuilding before exiting…`);
    interrupted = signal;
    // Stopping the build makes it throw, and the `finally` below restores; between builds nothing
    // is awaited, so a build is always running when this handler gets to run.
    if (running) running.kill("SIGTERM");
    else {
      restore();
      process.exit(exitCode(signal));
    }
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const cold = await build(cacheDir);
    const warm = await build(cacheDir);
    writeFileSync(
      editedSpecFile,
      original.replace(/summary: (.*)/, "summary: $1 (benchmark edit)"),
    );
    const edited = await build(cacheDir);
    return {
      coldSeconds: cold.seconds,
      warmSeconds: warm.seconds,
      specEditSeconds: edited.seconds,
      warmCached: warm.cached,
    };
  } finally {
    // The handlers stay until the restore is done, so a signal during it does not cut it short.
    restore();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    if (interrupted) process.exit(exitCode(interrupted));
  }
}
