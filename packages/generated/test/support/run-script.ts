// Runs one of the repository's node scripts and captures what it printed.

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Absolute path of the repository root. */
export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

/** Runs `node <repoRoot>/<script> ...args` synchronously. */
export function runScript(script: string, args: string[]) {
  const result = spawnSync(process.execPath, [`${repoRoot}${script}`, ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
