// Words for the package side of the breaking-change check: what ships the break, what is missing.

import { changesetFrontmatter } from "./judge-package-bumps.mjs";

/**
 * One `✔` line per package that ships the break, after a `!` line when there was no packages
 * baseline to compare with.
 * @param {{ shipped: import("./judge-package-bumps.mjs").ShippedPackage[] }} bumps
 * @param {string | null} missingBaseline the packages.json that does not exist, if any
 */
export function packageBumpLines(bumps, missingBaseline) {
  return [
    ...(missingBaseline === null
      ? []
      : [
          `  ! no ${missingBaseline} (a baseline older than it): each package's current version counts as released, so each needs a pending changeset`,
        ]),
    ...bumps.shipped.map((entry) => `  ✔ ${entry.name} ships it: ${entry.how}`),
  ];
}

/**
 * The first line of the error: the spec's breaking changes and, per package, the bump it lacks.
 * @param {string} spec the spec as shown to the user
 * @param {{ breaking: string[], released: string, current: string }} verdict from judgeRelease
 * @param {import("./judge-package-bumps.mjs").MissingBump[]} missing
 */
export function missingBumpsError(spec, verdict, missing) {
  const count = verdict.breaking.length;
  const needed = missing.map(
    (entry) =>
      `${entry.name} ${entry.version} needs a ${entry.needs} changeset (to ${entry.to}` +
      `${entry.pending === "none" ? "" : `; pending changesets give it only ${entry.pending}`})`,
  );
  return (
    `error: ${spec}: ${count} breaking change${count === 1 ? "" : "s"} since ${verdict.released} ` +
    `(allowed by info.version ${verdict.current}), but the packages do not ship it as breaking: ` +
    `${needed.join(", ")}.`
  );
}

/**
 * The hint after the error: why it matters and the changeset frontmatter to copy.
 * @param {import("./judge-package-bumps.mjs").MissingBump[]} missing
 * @param {string} changesetFile a suggested name for the new changeset, as shown to the user
 */
export function missingBumpsHint(missing, changesetFile) {
  return [
    // Users pin package versions, not info.version, so this is the range the break would slip into.
    `Callers with a caret range such as ^${missing[0].version} would get the break as an ordinary ` +
      `update. Add a changeset (\`npm run changeset\`, or a file such as ${changesetFile}) with ` +
      'this frontmatter and a summary of what breaks for callers (README, "Breaking changes to ' +
      'the spec"):',
    changesetFrontmatter(missing),
  ];
}
