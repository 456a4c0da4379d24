// Test settings; the JSON report feeds the `tests: N passed, M failed` line of CI.

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A real browser on two shared cores: one more attempt before a check counts as failed.
    // CI's count names every test that needed it (docs/decisions/0008-browser-suite-retry.md).
    retry: 1,
  },
});
