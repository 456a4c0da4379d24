#!/usr/bin/env node
// `npm run generate`: regenerate packages/generated/src from the spec, or leave it untouched.

import { relative, resolve } from "node:path";
import { parseCliArgs } from "../cli-args.mjs";
import { GenerationError, renderGeneratedFiles } from "./generate.mjs";
import { defaultOutDir, defaultSpecEntry, redoclyConfig, repoRoot } from "./paths.mjs";
import { KeptFilesError, writeFilesAtomically } from "./write-files.mjs";

const usage = `Usage: node scripts/generate/cli.mjs [--spec <entry yaml>] [--out <folder>] [--config <redocly.yaml>]
  Lints the spec, then rewrites the generated files in --out, or on any problem leaves them untouched.
  Defaults: --spec ${relative(repoRoot, defaultSpecEntry)}  --out ${relative(repoRoot, defaultOutDir)}  --config ${relative(repoRoot, redoclyConfig)}`;
const { values } = parseCliArgs(usage, {
  spec: { type: "string", default: defaultSpecEntry },
  out: { type: "string", default: defaultOutDir },
  config: { type: "string", default: redoclyConfig },
});
const specEntry = resolve(values.spec);
const outDir = resolve(values.out);
const shown = (path) => relative(repoRoot, path) || ".";

try {
  const files = await renderGeneratedFiles({ specEntry, configPath: resolve(values.config) });
  const changed = await writeFilesAtomically(outDir, files);
  console.log(
    changed.length === 0
      ? `${shown(outDir)} is up to date with ${shown(specEntry)}`
      : `generated ${changed.map((name) => shown(resolve(outDir, name))).join(", ")}`,
  );
} catch (error) {
  const reason = error instanceof GenerationError ? error.message : (error?.stack ?? String(error));
  const state =
    error instanceof KeptFilesError
      ? `${shown(outDir)} may be incomplete; the previous files are kept as the message says`
      : `${shown(outDir)} was left untouched`;
  console.error(`error: generation failed; ${state}.\n${reason}`);
  process.exitCode = 1;
}
