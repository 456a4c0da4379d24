#!/usr/bin/env node
// Reads Stryker's JSON reports (reports/mutation/<package>/mutation.json) and prints one table per
// package and file: killed, survived, timeout, no coverage and the score. Also writes it to
// reports/mutation/summary.md.
// Usage: node scripts/mutation-summary.mjs [reports dir]

import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { repoRoot } from "./generate/paths.mjs";

const reportsDir = process.argv[2] ?? join(repoRoot, "reports", "mutation");

/** Counts the mutants of one file (or of a package, given all its files' mutants) by status. */
function count(mutants) {
  const by = (status) => mutants.filter((mutant) => mutant.status === status).length;
  const row = {
    killed: by("Killed"),
    survived: by("Survived"),
    timeout: by("Timeout"),
    noCoverage: by("NoCoverage"),
    // Compile and runtime errors and ignored mutants are not in the score, as in Stryker's own.
    other: by("CompileError") + by("RuntimeError") + by("Ignored"),
  };
  const detected = row.killed + row.timeout;
  const valid = detected + row.survived + row.noCoverage;
  return { ...row, score: valid === 0 ? "n/a" : `${((100 * detected) / valid).toFixed(1)}%` };
}

const header =
  "| package | file | killed | survived | timeout | no coverage | errors/ignored | score |\n" +
  "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |";
const line = (pkg, file, row) =>
  `| ${pkg} | ${file} | ${row.killed} | ${row.survived} | ${row.timeout} | ${row.noCoverage} | ${row.other} | ${row.score} |`;

const lines = [header];
const packages = (await readdir(reportsDir, { withFileTypes: true }).catch(() => []))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
for (const pkg of packages) {
  const raw = await readFile(join(reportsDir, pkg, "mutation.json"), "utf8").catch(() => null);
  if (raw === null) continue;
  const files = JSON.parse(raw).files;
  const names = Object.keys(files).sort();
  lines.push(line(pkg, "**all**", count(names.flatMap((name) => files[name].mutants))));
  for (const name of names) lines.push(line(pkg, name, count(files[name].mutants)));
}

if (lines.length === 1) {
  console.error(`no mutation report under ${reportsDir}: run \`npm run mutation\` first`);
  process.exit(1);
}
const table = `${lines.join("\n")}\n`;
process.stdout.write(table);
await writeFile(join(reportsDir, "summary.md"), table);
