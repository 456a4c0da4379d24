// Test settings for mutation runs (`npm run mutation`): only the tests that run the CLI in this
// process (test/in-process/), where Stryker sees its mutants. Left out: the tests that drive the
// packed, installed `qlik-org` in child processes (and their pack-and-install global setup), which
// no mutant can reach.

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/in-process/**/*.test.ts"],
    testTimeout: 30_000,
  },
});
