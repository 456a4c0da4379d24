// Paths of the repository and a runner for its node scripts.

import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Absolute path of the repository root, with a trailing slash. */
export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

/** What a finished child process left behind. */
export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `command args` in `cwd` and resolves when it exits (never rejects on a non-zero exit). */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? repoRoot,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
      timeout: options.timeoutMs ?? 120_000,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs one of the repository's node scripts, e.g. `scripts/check-breaking.mjs`. */
export function runScript(script: string, args: readonly string[]): Promise<RunResult> {
  return run(process.execPath, [`${repoRoot}${script}`, ...args]);
}
