// The versions of the published packages at the last release, kept beside the released spec.

import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * Writes `{ "x-released": …, "packages": { name: version } }` to `path`.
 * @param {string} path usually spec/released/packages.json
 * @param {import("./published-packages.mjs").PublishedPackage[]} packages
 */
export async function writePackagesBaseline(path, packages) {
  const baseline = {
    "x-released":
      "The published packages' versions at the last release, against which scripts/check-breaking.mjs decides whether a breaking spec change ships as a breaking package release; refreshed by `node scripts/check-breaking.mjs --write-baseline`, do not edit by hand.",
    packages: Object.fromEntries(packages.map((entry) => [entry.name, entry.version])),
  };
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(baseline, null, 2)}\n`);
}

/**
 * Reads the released version of each package from `path`; `null` when the file does not exist
 * (baselines written before the packages were tracked).
 * @param {string} path
 * @returns {Promise<Record<string, string> | null>}
 */
export async function readPackagesBaseline(path) {
  const text = await readFile(path, "utf8").catch((error) => {
    if (error?.code === "ENOENT") return null;
    throw error;
  });
  if (text === null) return null;
  const packages = JSON.parse(text)?.packages;
  const valid =
    packages !== null &&
    typeof packages === "object" &&
    !Array.isArray(packages) &&
    Object.values(packages).every((version) => typeof version === "string");
  if (!valid) throw new Error(`${path}: \`packages\` must map package names to versions`);
  return packages;
}
