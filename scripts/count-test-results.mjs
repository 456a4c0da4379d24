#!/usr/bin/env node
// Sums every package's vitest JSON report into CI's closing line `tests: N passed, M failed`, and
// names the failed tests, and those that passed only on a retry, just above it.
// Usage: node scripts/count-test-results.mjs [exit status of the install and test steps] [packages dir]

import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { repoRoot } from "./generate/paths.mjs";

const packagesDir = process.argv[3] ?? join(repoRoot, "packages");

/** Whether the package at `dir` declares a `test` script (bench, for one, does not). */
async function hasTestScript(dir) {
  const raw = await readFile(join(dir, "package.json"), "utf8").catch(() => null);
  return raw !== null && typeof JSON.parse(raw).scripts?.test === "string";
}

/** How many failed tests are named at the end of the log, and how many lines of each message. */
const namedFailuresLimit = 10;
const messageLinesLimit = 12;

/**
 * One test as a few readable lines: `label`, package, file, full name and the head of its message.
 * CI keeps only the end of a long log, where vitest's own account of the failure may be cut off.
 */
function describeTest(label, packageName, file, assertion) {
  const message = (assertion.failureMessages ?? []).join("\n");
  // vitest leaves its terminal colour codes in the messages.
  const plain = stripVTControlCharacters(message);
  const head = plain.split("\n").slice(0, messageLinesLimit);
  const where = `packages/${packageName}: ${relative(join(packagesDir, packageName), file.name ?? "")}`;
  return [
    `${label} ${where} > ${assertion.fullName ?? assertion.title ?? "(unnamed test)"}`,
    ...head,
  ]
    .map((line, index) => (index === 0 ? line : `    ${line}`))
    .join("\n");
}

let passed = 0;
let failed = 0;
let reports = 0;
const failures = [];
/** Tests that passed on a retry: they count as passed, and the log still says they failed once. */
const retried = [];
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
  for (const file of report.testResults ?? []) {
    const assertions = file.assertionResults ?? [];
    if (file.status === "failed" && assertions.length === 0) {
      const reason = {
        fullName: "(the file failed to load)",
        failureMessages: [file.message ?? ""],
      };
      failures.push(describeTest("FAILED", name, file, reason));
    }
    for (const assertion of assertions) {
      if (assertion.status === "failed") {
        failures.push(describeTest("FAILED", name, file, assertion));
      } else if (assertion.status === "passed" && (assertion.failureMessages ?? []).length > 0) {
        retried.push(describeTest("PASSED ON RETRY", name, file, assertion));
      }
    }
  }
}
/** Prints the first `namedFailuresLimit` descriptions, then how many more there were. */
function printNamed(descriptions, kind) {
  for (const description of descriptions.slice(0, namedFailuresLimit)) console.error(description);
  if (descriptions.length > namedFailuresLimit) {
    console.error(`... and ${descriptions.length - namedFailuresLimit} more ${kind}`);
  }
}
printNamed(retried, "tests that passed on a retry");
printNamed(failures, "failed tests");
// A task that failed outside vitest (lint, build, type-check) is one failure too.
const pipelineStatus = Number(process.argv[2] ?? 0);
if ((reports === 0 || pipelineStatus !== 0) && failed === 0) failed = 1;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
