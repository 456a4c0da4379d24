// Test settings; the JSON report feeds the `tests: N passed, M failed` line of CI.

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
    testTimeout: 60_000,
    // Starting Prism in a beforeAll takes seconds, and more on a loaded machine.
    hookTimeout: 60_000,
  },
});
