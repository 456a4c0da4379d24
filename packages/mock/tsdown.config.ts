// Builds the library to ESM and CJS with declaration files, and the CLI as an ESM executable.

import { defineConfig } from "tsdown";

export default defineConfig([
  {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    platform: "node",
    target: "node20",
    clean: true,
    fixedExtension: false,
  },
  {
    entry: ["src/cli.ts"],
    format: ["esm"],
    dts: false,
    platform: "node",
    target: "node20",
    clean: false,
    fixedExtension: false,
  },
]);
