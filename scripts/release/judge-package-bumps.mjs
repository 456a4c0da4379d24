// Decides whether every published package ships a breaking spec change as a breaking release.

import { compareSeries, compatibleSeries, nextBreakingVersion } from "./judge-release.mjs";
import { bumpOrder } from "./pending-changesets.mjs";

/**
 * The version `bump` makes of `version`, the way `changeset version` does it (a major bump of
 * 0.x goes to 1.0.0).
 * @param {string} version
 * @param {"none" | "patch" | "minor" | "major"} bump
 */
export function bumpVersion(version, bump) {
  const [major, minor, patch] = version.split(/[.+-]/).map(Number);
  if (bump === "major") return `${major + 1}.0.0`;
  if (bump === "minor") return `${major}.${minor + 1}.0`;
  if (bump === "patch") return `${major}.${minor}.${patch + 1}`;
  return version;
}

/**
 * The smallest bump that leaves the caret range of `version`: `^0.3.0` stops before 0.4.0, so a
 * minor one while 0.x; `^1.2.0` stops before 2.0.0, so a major one from 1.0.
 * @param {string} version
 * @returns {"minor" | "major"}
 */
export function breakingBump(version) {
  return compatibleSeries(version)[0] > 0 ? "major" : "minor";
}

/**
 * A package that ships the break, and how.
 * @typedef {{ name: string, version: string, how: string }} ShippedPackage
 */

/**
 * A package that would reach callers of its caret range with the break: `needs` takes it `to`
 * the next breaking version; `pending` is what the changesets give it now.
 * @typedef {{ name: string, version: string, needs: "minor" | "major", to: string,
 *   pending: "none" | "patch" | "minor" | "major" }} MissingBump
 */

/**
 * Judges each package: shipped when its version already left the compatible series of its
 * released version (`changeset version` ran), or when pending changesets bump it at least by
 * {@link breakingBump}. A package without a released version counts as released as it is now.
 * @param {import("./published-packages.mjs").PublishedPackage[]} packages
 * @param {Record<string, string>} releasedVersions from spec/released/packages.json
 * @param {Map<string, "none" | "patch" | "minor" | "major">} pendingBumps
 * @returns {{ shipped: ShippedPackage[], missing: MissingBump[] }}
 */
export function judgePackageBumps(packages, releasedVersions, pendingBumps) {
  const shipped = [];
  const missing = [];
  for (const { name, version } of packages) {
    const released = releasedVersions[name] ?? version;
    if (compareSeries(compatibleSeries(version), compatibleSeries(released)) > 0) {
      shipped.push({ name, version, how: `already at ${version}, released as ${released}` });
      continue;
    }
    const needs = breakingBump(version);
    const pending = pendingBumps.get(name) ?? "none";
    if (bumpOrder.indexOf(pending) >= bumpOrder.indexOf(needs)) {
      const to = bumpVersion(version, pending);
      shipped.push({ name, version, how: `a pending ${pending} changeset (${version} → ${to})` });
    } else {
      missing.push({ name, version, needs, to: nextBreakingVersion(version), pending });
    }
  }
  return { shipped, missing };
}

/**
 * A changeset's frontmatter that gives each missing package the bump it needs, ready to copy.
 * @param {MissingBump[]} missing
 */
export function changesetFrontmatter(missing) {
  return ["---", ...missing.map((entry) => `"${entry.name}": ${entry.needs}`), "---"].join("\n");
}
