// scripts/count-test-results.mjs: CI's closing line counts every package, and never reads green by accident.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runScript } from "./support/repo.js";

let packagesDir: string;

beforeEach(() => {
  packagesDir = mkdtempSync(join(tmpdir(), "count-test-results-"));
});

afterEach(() => {
  rmSync(packagesDir, { recursive: true, force: true });
});

/** Adds a package folder; `report` (a vitest JSON report) is written to reports/vitest.json. */
function addPackage(name: string, options: { testScript: boolean; report?: object }) {
  const dir = join(packagesDir, name);
  mkdirSync(join(dir, "reports"), { recursive: true });
  const scripts = options.testScript ? { test: "vitest run" } : {};
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name, scripts }));
  if (options.report)
    writeFileSync(join(dir, "reports", "vitest.json"), JSON.stringify(options.report));
}

/** A vitest JSON report with `passed` passing tests and `failed` failing ones in one file. */
function report(passed: number, failed: number) {
  const status = failed > 0 ? "failed" : "passed";
  const assertionResults = [
    ...Array.from({ length: passed }, () => ({ status: "passed" })),
    ...Array.from({ length: failed }, () => ({ status: "failed" })),
  ];
  return {
    numPassedTests: passed,
    numFailedTests: failed,
    testResults: [{ status, assertionResults }],
  };
}

/** Runs the counter over the temporary packages folder after a pipeline that exited `status`. */
function count(status = 0) {
  return runScript("scripts/count-test-results.mjs", [String(status), packagesDir]);
}

describe("the CI test count", () => {
  it("sums the reports of every package", async () => {
    addPackage("a", { testScript: true, report: report(3, 0) });
    addPackage("b", { testScript: true, report: report(4, 0) });
    addPackage("bench", { testScript: false });
    const result = await count();
    expect(result.stdout.trim()).toBe("tests: 7 passed, 0 failed");
    expect(result.status).toBe(0);
  });

  it("counts failed tests and fails", async () => {
    addPackage("a", { testScript: true, report: report(3, 2) });
    const result = await count(1);
    expect(result.stdout.trim()).toBe("tests: 3 passed, 2 failed");
    expect(result.status).toBe(1);
  });

  it("counts a package whose tests did not run as a failure and names it", async () => {
    addPackage("a", { testScript: true, report: report(5, 0) });
    addPackage("stopped", { testScript: true });
    // Even when the pipeline's status claims success, a missing report is a failure.
    const result = await count(0);
    expect(result.stdout.trim()).toBe("tests: 5 passed, 1 failed");
    expect(result.stderr).toContain("packages/stopped");
    expect(result.status).toBe(1);
  });

  it("counts a test file that failed to load", async () => {
    addPackage("a", {
      testScript: true,
      report: { numPassedTests: 0, numFailedTests: 0, testResults: [{ status: "failed" }] },
    });
    const result = await count(1);
    expect(result.stdout.trim()).toBe("tests: 0 passed, 1 failed");
  });

  it("reports a failed pipeline with all tests passing as one failure", async () => {
    addPackage("a", { testScript: true, report: report(2, 0) });
    const result = await count(1);
    expect(result.stdout.trim()).toBe("tests: 2 passed, 1 failed");
    expect(result.status).toBe(1);
  });
});
