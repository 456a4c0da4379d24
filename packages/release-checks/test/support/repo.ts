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
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; input?: string } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? repoRoot,
      env: options.env ?? process.env,
      stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
      timeout: options.timeoutMs ?? 120_000,
    });
    child.stdin?.end(options.input);
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr?.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/**
 * Installs what `dir`'s package.json names (packed tarballs) as a user would; throws with npm's
 * output when it fails. `--engine-strict`: a dependency that needs a newer Node than ours must
 * fail here, not for users.
 */
export async function installConsumer(dir: string): Promise<void> {
  const install = await run(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      "--engine-strict",
      "--loglevel=error",
    ],
    { cwd: dir, timeoutMs: 300_000 },
  );
  if (install.status !== 0) {
    throw new Error(`npm install of the packed tarballs in ${dir} failed:\n${install.stderr}`);
  }
}

/** Runs one of the repository's node scripts, e.g. `scripts/check-breaking.mjs`. */
export function runScript(script: string, args: readonly string[]): Promise<RunResult> {
  return run(process.execPath, [`${repoRoot}${script}`, ...args]);
}
