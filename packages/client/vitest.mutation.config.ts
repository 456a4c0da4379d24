// Test settings for mutation runs (`npm run mutation`): the unit tests without the ones that
// read files as text or check only types, which tell nothing about a mutant (see stryker.config.mjs).

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [
      // Reads src/ and dist/ as text: Stryker's instrumented source fails it whatever the mutant.
      "test/package.test.ts",
      // Reads README.md and compiles an example: nothing in it runs the mutated code.
      "test/readme.test.ts",
      // Type tests only (`expectTypeOf`): no runtime behaviour for a mutant to change.
      "test/types.test.ts",
    ],
    testTimeout: 60_000,
  },
});
