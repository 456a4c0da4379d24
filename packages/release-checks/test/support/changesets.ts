// Pending changesets and package versions for tests of the package side of scripts/check-breaking.mjs.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type PublicPackageName, publicPackages } from "./public-packages.js";
import { repoRoot } from "./repo.js";

/** A bump that a changeset can give a package. */
export type Bump = "patch" | "minor" | "major";

/** The version each published package's package.json holds now. */
export function currentVersion(name: PublicPackageName): string {
  const dir = publicPackages.find((entry) => entry.name === name)?.dir ?? "";
  return JSON.parse(readFileSync(join(repoRoot, dir, "package.json"), "utf8")).version;
}

/**
 * The bump that leaves the caret range of `version`, written out here rather than imported so
 * that the tests do not take the rule from the code under test.
 */
export function breakingBumpOf(version: string): Bump {
  return version.startsWith("0.") ? "minor" : "major";
}

/** The version that bump leads to, e.g. 0.1.3 → 0.2.0 or 1.4.0 → 2.0.0. */
export function nextBreakingOf(version: string): string {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return major > 0 ? `${major + 1}.0.0` : `0.${minor + 1}.0`;
}

/**
 * Writes a `.changeset`-like folder at `dir`: its README.md (which is no changeset) and one
 * Markdown file per entry of `files`, each holding the frontmatter lines given.
 */
export function writeChangesetDir(dir: string, files: Record<string, string[]>): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "README.md"), readFileSync(join(repoRoot, ".changeset/README.md")));
  for (const [file, frontmatter] of Object.entries(files)) {
    writeFileSync(join(dir, file), ["---", ...frontmatter, "---", "", "A change.", ""].join("\n"));
  }
  return dir;
}

/** Frontmatter lines that give every named package `bump`, or the bump it needs to break. */
export function bumpLines(names: readonly PublicPackageName[], bump?: Bump): string[] {
  return names.map((name) => `"${name}": ${bump ?? breakingBumpOf(currentVersion(name))}`);
}
