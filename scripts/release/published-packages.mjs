// Lists the workspaces that npm publishes, with the versions their package.json files hold now.

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/** A version as npm understands it; anything else would make the bump rules meaningless. */
const semver = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/**
 * A workspace that npm publishes, at the version its package.json holds now.
 * @typedef {{ name: string, version: string }} PublishedPackage
 */

/**
 * Reads every `packages/<folder>/package.json` under `root` without `"private": true`, sorted by name.
 * @param {string} root the repository root
 * @returns {Promise<PublishedPackage[]>}
 */
export async function readPublishedPackages(root) {
  const folders = await readdir(join(root, "packages"), { withFileTypes: true });
  const found = [];
  for (const folder of folders.filter((entry) => entry.isDirectory())) {
    const path = join(root, "packages", folder.name, "package.json");
    const text = await readFile(path, "utf8").catch((error) => {
      // A folder without a package.json (a leftover build directory) is no workspace.
      if (error?.code === "ENOENT") return null;
      throw error;
    });
    if (text === null) continue;
    const manifest = JSON.parse(text);
    if (manifest.private === true) continue;
    if (typeof manifest.name !== "string" || !semver.test(manifest.version ?? "")) {
      throw new Error(`${path}: a published package needs a name and a semantic version`);
    }
    found.push({ name: manifest.name, version: manifest.version });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}
