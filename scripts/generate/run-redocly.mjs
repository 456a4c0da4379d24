// Runs the Redocly CLI that the repository pins, with telemetry and update checks off.

import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const redoclyPackageJson = require.resolve("@redocly/cli/package.json");
const redoclyBin = join(dirname(redoclyPackageJson), require(redoclyPackageJson).bin.redocly);

/**
 * Runs `redocly <args>` and resolves with its exit code and captured output.
 * @param {string[]} args
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
export function runRedocly(args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [redoclyBin, ...args], {
      env: {
        ...process.env,
        REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
        REDOCLY_TELEMETRY: "off",
      },
      stdio: ["ignore", "pipe", "pipe"],
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
    child.on("close", (code) => resolvePromise({ code: code ?? 1, stdout, stderr }));
  });
}
