// Test settings; the JSON report feeds the `tests: N passed, M failed` line of CI.

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Packs the CLI and installs it outside the repository, once per run.
    globalSetup: ["test/global-setup.ts"],
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
