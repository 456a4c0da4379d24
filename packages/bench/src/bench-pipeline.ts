// The build pipeline: cold (empty cache), warm (nothing changed), and after a one-line spec edit.

import { execFileSync } from "node:child_process";
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

function build(cacheDir: string): { seconds: number; cached: string } {
  const start = performance.now();
  const output = execFileSync(
    "npx",
    ["turbo", "run", "build", `--cache-dir=${cacheDir}`, "--output-logs=none"],
    { cwd: repoRoot, encoding: "utf8", env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" } },
  );
  const cached = /Cached:\s+(\d+ cached, \d+ total)/.exec(output)?.[1] ?? "unknown";
  return { seconds: round((performance.now() - start) / 1000, 2), cached };
}

/** Runs the three builds in the working tree; the spec edit is always undone. */
export function benchPipeline(): PipelineResult {
  const cacheDir = mkdtempSync(join(tmpdir(), "turbo-bench-cache-"));
  const original = readFileSync(editedSpecFile, "utf8");
  try {
    const cold = build(cacheDir);
    const warm = build(cacheDir);
    writeFileSync(
      editedSpecFile,
      original.replace(/summary: (.*)/, "summary: $1 (benchmark edit)"),
    );
    const edited = build(cacheDir);
    return {
      coldSeconds: cold.seconds,
      warmSeconds: warm.seconds,
      specEditSeconds: edited.seconds,
      warmCached: warm.cached,
    };
  } finally {
    writeFileSync(editedSpecFile, original);
    // Rebuild from the restored spec so the generated files match the committed ones again.
    build(cacheDir);
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
