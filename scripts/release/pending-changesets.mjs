// Reads the bumps that the pending changesets (.changeset/*.md) will apply at the next release.

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";

/** Bump types from least to most; `none` is what Changesets writes for "no release". */
export const bumpOrder = ["none", "patch", "minor", "major"];

/** The frontmatter block the way @changesets/parse finds it: between the first two `---` lines. */
const frontmatter = /^\s*---([\s\S]*?)\n\s*---(?:\s*(?:\n|$))/;

/** A frontmatter line whose package name starts with an unquoted `@`. */
const unquotedScope = /^\s*@[^\s:]*\s*:/m;

/**
 * The releases one changeset asks for, e.g. `{ "@qlik-org/client": "minor" }`. Names may be
 * double-quoted, single-quoted or plain, as YAML allows; throws, naming `file`, on anything
 * `changeset version` would reject.
 * @param {string} text the changeset's Markdown
 * @param {string} file shown in errors
 * @returns {Record<string, "none" | "patch" | "minor" | "major">}
 */
export function parseChangeset(text, file) {
  const match = frontmatter.exec(text);
  if (!match) throw new Error(`${file}: a changeset starts with a frontmatter block between ---`);
  // `@` is reserved in YAML, so @changesets/parse (js-yaml) rejects `@scope/name: minor` and
  // `changeset version` would fail; say how to fix it instead of quoting the YAML error.
  const unquoted = unquotedScope.exec(match[1]);
  if (unquoted) {
    const name = unquoted[0].trim().replace(/\s*:$/, "");
    throw new Error(
      `${file}: quote the package name ("${name}": …); YAML, and so Changesets, rejects a plain name that starts with @`,
    );
  }
  let releases;
  try {
    releases = parse(match[1]) ?? {};
  } catch (error) {
    throw new Error(`${file}: the frontmatter is not valid YAML: ${error?.message ?? error}`);
  }
  if (typeof releases !== "object" || Array.isArray(releases)) {
    throw new Error(`${file}: the frontmatter must map package names to patch, minor or major`);
  }
  for (const [name, bump] of Object.entries(releases)) {
    if (!bumpOrder.includes(bump)) {
      throw new Error(`${file}: "${name}" has bump "${bump}"; expected patch, minor or major`);
    }
  }
  return releases;
}

/**
 * The highest bump each package gets over all pending changesets in `dir` (its README.md is no
 * changeset); a missing folder means none.
 * @param {string} dir usually `<repo>/.changeset`
 * @returns {Promise<Map<string, "none" | "patch" | "minor" | "major">>}
 */
export async function readPendingBumps(dir) {
  const files = await readdir(dir).catch((error) => {
    if (error?.code === "ENOENT") return [];
    throw error;
  });
  // The same selection as @changesets/read, so both tools see the same pending changes.
  const changesets = files
    .filter((file) => file.endsWith(".md") && !file.startsWith(".") && !/^README\.md$/i.test(file))
    .sort();
  const highest = new Map();
  for (const file of changesets) {
    const releases = parseChangeset(await readFile(join(dir, file), "utf8"), join(dir, file));
    for (const [name, bump] of Object.entries(releases)) {
      const previous = highest.get(name) ?? "none";
      highest.set(name, bumpOrder.indexOf(bump) > bumpOrder.indexOf(previous) ? bump : previous);
    }
  }
  return highest;
}
