// Builds the Node entry to ESM and CJS with declaration files, the web entry to ESM, and the CLI as
// an ESM executable.

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
    // The web entry (for bundlers that pick the browser and worker conditions, and `/web`) and the
    // MSW adapter (`/msw`): neither imports anything of Node's.
    entry: ["src/web.ts", "src/msw.ts"],
    format: ["esm", "cjs"],
    dts: true,
    platform: "neutral",
    target: "es2022",
    clean: false,
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
