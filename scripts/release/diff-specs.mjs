// Runs `redocly diff` on two bundled specs and returns its JSON report.

import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runRedocly } from "../generate/run-redocly.mjs";

/** Diff rules only; the repository's redocly.yaml holds lint rules and turns on none of them. */
const diffConfig = fileURLToPath(new URL("redocly-diff.yaml", import.meta.url));

/**
 * Compares `base` with `revision` (both parsed OpenAPI documents) and rates every change by the
 * semver bump it needs. `redocly diff` is experimental in @redocly/cli 2.x; the release-checks tests
 * pin down the verdicts this project relies on.
 * @returns {Promise<{ bump: "major" | "minor" | "patch" | "none", summary: Record<string, number>, changes: any[] }>}
 */
export async function diffSpecs(base, revision) {
  const workDir = await mkdtemp(join(tmpdir(), "qlik-org-spec-diff-"));
  try {
    const basePath = join(workDir, "released.json");
    const revisionPath = join(workDir, "current.json");
    const reportPath = join(workDir, "report.json");
    await writeFile(basePath, JSON.stringify(base));
    await writeFile(revisionPath, JSON.stringify(revision));
    const { code, stdout, stderr } = await runRedocly([
      "diff",
      basePath,
      revisionPath,
      "--config",
      diffConfig,
      "--lint-config",
      "off",
      "--format",
      "json",
      "--fail-on",
      "none",
      "--output",
      reportPath,
    ]);
    const report = await readFile(reportPath, "utf8").catch(() => null);
    if (code !== 0 || report === null) {
      throw new Error(`redocly diff failed (exit ${code}):\n${stderr.trim() || stdout.trim()}`);
    }
    return JSON.parse(report);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
