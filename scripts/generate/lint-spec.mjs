// Lints the spec with Redocly and turns its findings into `file:line:col` messages.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { repoRoot } from "./paths.mjs";
import { runRedocly } from "./run-redocly.mjs";

/**
 * Lints `specEntry` with `configPath`; every error *and* warning is a problem,
 * because the spec promises a lint with zero of either.
 * @returns {Promise<string[]>} one readable line per problem; empty when clean
 */
export async function lintSpec(specEntry, configPath) {
  const { code, stdout, stderr } = await runRedocly([
    "lint",
    specEntry,
    "--config",
    configPath,
    "--format=json",
  ]);
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    // Redocly only skips its JSON report when it cannot start at all.
    return [`redocly lint failed (exit ${code}): ${stderr.trim() || stdout.trim()}`];
  }
  return report.problems.map(formatProblem);
}

function formatProblem(problem) {
  const where = problem.location?.[0];
  const file = where?.source?.ref
    ? relative(repoRoot, resolve(process.cwd(), where.source.ref))
    : "spec";
  const position = where?.start ? `:${where.start.line}:${where.start.col}` : "";
  const pointer = where?.pointer ? ` (at ${where.pointer})` : "";
  return `${file}${position} ${problem.severity} ${problem.ruleId}: ${problem.message}${pointer}`;
}

/**
 * Lints the bundled document for what only a bundle shows: in the split spec every
 * component is `$ref`ed from `spec/openapi.yaml`'s components map, which Redocly counts
 * as a use, so `no-unused-components` can only see an unused component here.
 * @param {Record<string, unknown>} bundled
 * @returns {Promise<string[]>}
 */
export async function lintBundle(bundled, configPath) {
  const workDir = await mkdtemp(join(tmpdir(), "qlik-org-bundle-lint-"));
  try {
    const bundleFile = join(workDir, "openapi.bundled.json");
    await writeFile(bundleFile, JSON.stringify(bundled));
    const problems = await lintSpec(bundleFile, configPath);
    return problems.map((problem) =>
      problem.replace(/^\S*openapi\.bundled\.json(:\d+:\d+)?/, "spec/openapi.yaml (bundled)"),
    );
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
