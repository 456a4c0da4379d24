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
    // Redocly skips its JSON report when the root file does not parse, or when it cannot start.
    return [describeFailedRun(code, `${stderr}\n${stdout}`)];
  }
  return [...new Set(withoutEchoes(report.problems).map(formatProblem))];
}

/**
 * Redocly reports a file that does not parse (sometimes twice) and again at every `$ref` to it;
 * the repeats say nothing new, so they are folded into the first parse problem as a count.
 */
function withoutEchoes(problems) {
  const fileOf = (problem) => /in "([^"]+)" \(\d+:\d+\)$/.exec(problem.message)?.[1];
  const isParseFailure = (problem) => problem.message.startsWith("Failed to parse");
  /** The first parse problem of each unparsable file. */
  const firstFailure = new Map();
  for (const problem of problems.filter(isParseFailure)) {
    if (!firstFailure.has(fileOf(problem))) firstFailure.set(fileOf(problem), problem);
  }
  const isEcho = (problem) =>
    firstFailure.has(fileOf(problem)) && firstFailure.get(fileOf(problem)) !== problem;
  const kept = problems.filter((problem) => !isEcho(problem));
  return kept.map((problem) => {
    const echoes = problems.filter(
      (other) => isEcho(other) && !isParseFailure(other) && fileOf(other) === fileOf(problem),
    ).length;
    return isParseFailure(problem) && echoes > 0
      ? { ...problem, message: `${problem.message}; ${echoes} $ref(s) to it fail with it` }
      : problem;
  });
}

/**
 * One readable line for a Redocly run without a report: a parse error of the root file becomes
 * `file:line:col error yaml: message`, like every other problem; anything else is Redocly's own
 * text without its framed banners (such as the Node.js support notice), which are not the problem.
 */
function describeFailedRun(code, output) {
  const parse = /- (.+?) in "([^"]+)" \((\d+):(\d+)\)/.exec(output);
  if (parse) {
    const [, message, file, line, col] = parse;
    return `${relative(repoRoot, resolve(process.cwd(), file))}:${line}:${col} error yaml: ${message}`;
  }
  const text = output
    .split("\n")
    .filter((line) => !/^\s*[╔║╚]/.test(line))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return `redocly lint failed (exit ${code}): ${text}`;
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
