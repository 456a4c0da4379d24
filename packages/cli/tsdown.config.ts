// Builds the programmatic entry and the `qlik-org` bin to ESM, and the entry to CJS too, with
// declarations. Each command's code is a chunk of its own, imported when the command runs, so
// `--help` loads only the parser and the generated command descriptions.

import { defineConfig } from "tsdown";

const common = {
  dts: true,
  platform: "node",
  target: "es2022",
  // `.js` for ESM (the package is `type: module`) and `.cjs` for CommonJS, as in the other packages.
  fixedExtension: false,
} as const;

export default defineConfig([
  { ...common, entry: ["src/index.ts", "src/bin.ts"], format: ["esm"], clean: true },
  // The bin awaits at the top level, which CommonJS cannot; only the entry is built for require.
  { ...common, entry: ["src/index.ts"], format: ["cjs"], clean: false },
]);
