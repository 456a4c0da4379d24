#!/usr/bin/env node
// Fails when the committed generated files differ from a fresh generation of the spec.

import { execFileSync } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { parseCliArgs } from "./cli-args.mjs";
import { GenerationError, renderGeneratedFiles } from "./generate/generate.mjs";
import { defaultOutDir, defaultSpecEntry, redoclyConfig, repoRoot } from "./generate/paths.mjs";

/** Reads the staged (committed or `git add`ed) copy; outside git, the working copy. */
async function committedCopy(path) {
  try {
    return execFileSync("git", ["show", `:${relative(repoRoot, path)}`], {
      cwd: repoRoot,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return readFile(path, "utf8").catch(() => null);
  }
}

const usage = `Usage: node scripts/check-generated.mjs [--spec <entry yaml>]
  Fails when the committed files in ${relative(repoRoot, defaultOutDir)} differ from a fresh generation.`;
const { values } = parseCliArgs(usage, { spec: { type: "string", default: defaultSpecEntry } });
let fresh;
try {
  fresh = await renderGeneratedFiles({
    specEntry: resolve(values.spec),
    configPath: redoclyConfig,
  });
} catch (error) {
  // The spec itself is broken: say so the way `npm run generate` does, not with a stack trace.
  console.error(
    `error: cannot check the generated files: ${error instanceof GenerationError ? error.message : (error?.stack ?? error)}`,
  );
  process.exit(1);
}
const stale = [];
for (const [name, content] of fresh) {
  const committed = await committedCopy(join(defaultOutDir, name));
  if (committed === null) stale.push(`${name} (missing)`);
  else if (committed !== content) stale.push(`${name} (differs)`);
}
for (const name of await readdir(defaultOutDir)) {
  if (!fresh.has(name) && !name.startsWith(".")) stale.push(`${name} (no longer generated)`);
}
if (stale.length > 0) {
  console.error(
    `error: committed generated files are stale in ${relative(repoRoot, defaultOutDir)}:\n` +
      stale.map((entry) => `  ${entry}`).join("\n") +
      "\nRun `npm run generate` and commit the result.",
  );
  process.exitCode = 1;
} else {
  console.log(`${fresh.size} generated files match a fresh generation of the spec`);
}
