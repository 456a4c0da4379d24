// Prints the contract coverage line after every other report, so it is the last thing a run shows.

import type { Reporter, TestModule } from "vitest/node";

declare module "vitest" {
  interface TaskMeta {
    /** `contract coverage: X/Y operations, A/B operation-status pairs`, set by the coverage test. */
    contractCoverage?: string;
  }
}

/** A vitest reporter that repeats the coverage line the contract suite computed. */
export default class ContractCoverageReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) {
        const line = test.meta().contractCoverage;
        if (line) process.stdout.write(`\n${line}\n`);
      }
    }
  }
}
