#!/usr/bin/env node
// Sums every package's vitest JSON report into CI's closing line `tests: N passed, M failed`.
// Usage: node scripts/count-test-results.mjs [exit status of the install and test steps] [packages dir]

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { repoRoot } from "./generate/paths.mjs";

const packagesDir = process.argv[3] ?? join(repoRoot, "packages");

/** Whether the package at `dir` declares a `test` script (bench, for one, does not). */
async function hasTestScript(dir) {
  const raw = await readFile(join(dir, "package.json"), "utf8").catch(() => null);
  return raw !== null && typeof JSON.parse(raw).scripts?.test === "string";
}

let passed = 0;
let failed = 0;
let reports = 0;
for (const name of await readdir(packagesDir)) {
  const reportPath = join(packagesDir, name, "reports", "vitest.json");
  const raw = await readFile(reportPath, "utf8").catch(() => null);
  if (raw === null) {
    // A package that has tests but wrote no report did not run them (its build failed, or turbo
    // stopped it): that is a failure, and the line says which package it was.
    if (await hasTestScript(join(packagesDir, name))) {
      console.error(`no test report from packages/${name}: its tests did not run`);
      failed += 1;
    }
    continue;
  }
  const report = JSON.parse(raw);
  reports += 1;
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  // A test file that failed to load has no failed *tests*; count it so it cannot pass silently.
  failed += (report.testResults ?? []).filter(
    (file) => file.status === "failed" && (file.assertionResults ?? []).length === 0,
  ).length;
}
// A task that failed outside vitest (lint, build, type-check) is one failure too.
const pipelineStatus = Number(process.argv[2] ?? 0);
if ((reports === 0 || pipelineStatus !== 0) && failed === 0) failed = 1;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
