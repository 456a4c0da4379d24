// Test settings for mutation runs (`npm run mutation`): the tests that run the stateful engine and
// the schema-error formatting in this process, through `org.handle`/`org.fetch`, MSW or the client.
// Left out: tests that reach the engine only through node:http, a child process or Prism
// (cors, body-limit, request-validation against both servers, stateful/server, the CLI, the
// contract tests); they are slow, and their in-process twins cover the same rules.

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "test/stateful/**/*.test.ts",
      "test/validate-response.test.ts",
      "test/format-schema-error.test.ts",
      "test/msw.test.ts",
    ],
    exclude: ["test/stateful/server.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
