// Lints the spec with Redocly and turns its findings into `file:line:col` messages.

import { relative, resolve } from "node:path";
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
