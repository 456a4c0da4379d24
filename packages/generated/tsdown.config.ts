// Builds the generated sources to ESM and CJS, each with its own declaration files: the main entry
// and `validators`, a subpath of its own so that only its users need Ajv, and `cli-commands`, which
// only the CLI reads.

import { defineConfig } from "tsdown";

export default defineConfig({
  entry: ["src/index.ts", "src/validators.ts", "src/cli-commands.ts"],
  format: ["esm", "cjs"],
  dts: true,
  platform: "neutral",
  target: "es2022",
  clean: true,
});
