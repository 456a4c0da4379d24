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

  it("names each failed test above the closing line, with the head of its message", async () => {
    const file = join(packagesDir, "docs", "test", "page.test.ts");
    const message = `AssertionError: expected 'GET' to contain '/v1/tenants'\n${Array.from(
      { length: 30 },
      (_, line) => `    at frame ${line}`,
    ).join("\n")}`;
    addPackage("docs", {
      testScript: true,
      report: {
        numPassedTests: 1,
        numFailedTests: 1,
        testResults: [
          {
            name: file,
            status: "failed",
            assertionResults: [
              { status: "passed", fullName: "the page opens" },
              {
                status: "failed",
                fullName: "the page shows every path",
                failureMessages: [`\u001b[31m${message}\u001b[39m`],
              },
            ],
          },
        ],
      },
    });
    const result = await count(1);
    expect(result.stdout.trim()).toBe("tests: 1 passed, 1 failed");
    const lines = result.stderr.trim().split("\n");
    expect(lines[0]).toBe(
      `FAILED packages/docs: ${join("test", "page.test.ts")} > the page shows every path`,
    );
    expect(lines[1]).toBe("    AssertionError: expected 'GET' to contain '/v1/tenants'");
    // The head of the stack only: CI's log keeps its end, which must still hold the count.
    expect(lines.length).toBe(1 + 12);
    expect(result.stderr).not.toContain("the page opens");
  });

  it("names a test that passed on its retry, with what failed the first time, and still passes", async () => {
    addPackage("docs", {
      testScript: true,
      report: {
        numPassedTests: 2,
        numFailedTests: 0,
        testResults: [
          {
            name: join(packagesDir, "docs", "page.test.ts"),
            status: "passed",
            assertionResults: [
              { status: "passed", fullName: "steady", failureMessages: [] },
              { status: "passed", fullName: "shaky", failureMessages: ["Error: slow render"] },
            ],
          },
        ],
      },
    });
    const result = await count(0);
    expect(result.stdout.trim()).toBe("tests: 2 passed, 0 failed");
    expect(result.status).toBe(0);
    expect(result.stderr.trim()).toBe(
      "PASSED ON RETRY packages/docs: page.test.ts > shaky\n    Error: slow render",
    );
  });

  it("names a file that failed to load, and stops naming after ten failures", async () => {
    const failures = Array.from({ length: 11 }, (_, index) => ({
      status: "failed",
      fullName: `case ${index}`,
      failureMessages: ["Error: no"],
    }));
    addPackage("a", {
      testScript: true,
      report: {
        numPassedTests: 0,
        numFailedTests: 11,
        testResults: [
          {
            name: join(packagesDir, "a", "broken.test.ts"),
            status: "failed",
            message: "SyntaxError: x",
          },
          {
            name: join(packagesDir, "a", "many.test.ts"),
            status: "failed",
            assertionResults: failures,
          },
        ],
      },
    });
    const result = await count(1);
    expect(result.stdout.trim()).toBe("tests: 0 passed, 12 failed");
    expect(result.stderr).toContain(
      "FAILED packages/a: broken.test.ts > (the file failed to load)\n    SyntaxError: x",
    );
    expect(result.stderr).toContain("> case 8\n");
    expect(result.stderr).not.toContain("> case 9\n");
    expect(result.stderr).toContain("... and 2 more failed tests");
  });

  it("stops naming tests that passed on a retry after ten, and says how many more", async () => {
    const shaky = Array.from({ length: 12 }, (_, index) => ({
      status: "passed",
      fullName: `shaky ${index}`,
      failureMessages: ["Error: slow render"],
    }));
    addPackage("docs", {
      testScript: true,
      report: {
        numPassedTests: 12,
        numFailedTests: 0,
        testResults: [{ name: join(packagesDir, "docs", "page.test.ts"), assertionResults: shaky }],
      },
    });
    const result = await count(0);
    expect(result.stdout.trim()).toBe("tests: 12 passed, 0 failed");
    expect(result.stderr).toContain("> shaky 9\n");
    expect(result.stderr).not.toContain("> shaky 10\n");
    expect(result.stderr).toContain("... and 2 more tests that passed on a retry");
  });

  it("reports a failed pipeline with all tests passing as one failure", async () => {
    addPackage("a", { testScript: true, report: report(2, 0) });
    const result = await count(1);
    expect(result.stdout.trim()).toBe("tests: 2 passed, 1 failed");
    expect(result.status).toBe(1);
  });
});
