// Decides whether the changes since the last release fit the new info.version.

/**
 * The version series in which callers expect no breaking change: the major version, or for
 * 0.x versions the minor one (a caret range `^0.3.0` stops at 0.4.0).
 * @param {string} version
 * @returns {[number, number]}
 */
export function compatibleSeries(version) {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  // Shared by info.version and the package versions, so the message names no field.
  if (!match) throw new Error(`version "${version}" is not a semantic version`);
  const [major, minor] = [Number(match[1]), Number(match[2])];
  return major > 0 ? [major, 0] : [0, minor];
}

/** `[a, b]` compared with `[c, d]`: negative, zero or positive. */
export function compareSeries([a, b], [c, d]) {
  return a - c || b - d;
}

/** The version a breaking change needs, starting from `version`. */
export function nextBreakingVersion(version) {
  const [major, minor] = compatibleSeries(version);
  return major > 0 ? `${major + 1}.0.0` : `0.${minor + 1}.0`;
}

/**
 * Names the operation or component a `redocly diff` change is in, e.g. `GET /api/core/tenants`.
 * @param {string} pointer a JSON pointer such as `#/paths/~1api~1core~1tenants/get/responses/...`
 */
export function locationOf(pointer) {
  const parts = pointer
    .replace(/^#\//, "")
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (parts[0] === "paths" && parts[1]) {
    return parts[2] && /^[a-z]+$/.test(parts[2])
      ? `${parts[2].toUpperCase()} ${parts[1]}`
      : parts[1];
  }
  return parts.slice(0, 3).join(".");
}

/**
 * One breaking change that the team has judged harmless to callers, e.g. a constraint the server
 * always enforced and the spec now states. It matches a change by rule and pointer.
 * @typedef {{ rule: string, at: string, reason: string }} AcceptedChange
 */

const plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;

/**
 * Judges a `redocly diff` JSON report between the released spec and the current one.
 * @param {{ infoVersions: { base: string, revision: string }, changes: any[] }} report
 * @param {AcceptedChange[]} [acceptedChanges] breaking changes that need no major bump
 * @returns {{ ok: boolean, released: string, current: string, breaking: string[],
 *   accepted: string[], unusedAcceptances: string[], reason: string }}
 */
export function judgeRelease(report, acceptedChanges = []) {
  const released = report.infoVersions.base;
  const current = report.infoVersions.revision;
  const found = report.changes
    .filter((change) => change.impact === "major")
    .flatMap((change) =>
      (change.verdicts ?? [])
        .filter((verdict) => verdict.impact === "major")
        .map((verdict) => {
          const at = verdict.location?.pointer ?? change.path;
          const line = `${locationOf(change.path)}: ${verdict.message} (${verdict.ruleId}) at ${at}`;
          return { rule: verdict.ruleId, at, line };
        }),
    );
  const acceptanceOf = (change) =>
    acceptedChanges.find((entry) => entry.rule === change.rule && entry.at === change.at);
  const breaking = found.filter((change) => !acceptanceOf(change)).map((change) => change.line);
  const accepted = found
    .filter((change) => acceptanceOf(change))
    .map((change) => `${change.line}: ${acceptanceOf(change)?.reason}`);
  const unusedAcceptances = acceptedChanges
    .filter(
      (entry) => !found.some((change) => change.rule === entry.rule && change.at === entry.at),
    )
    .map((entry) => `${entry.rule} at ${entry.at}`);
  const verdict = { released, current, breaking, accepted, unusedAcceptances };

  const order = compareSeries(compatibleSeries(current), compatibleSeries(released));
  if (order < 0) {
    return {
      ...verdict,
      ok: false,
      reason: `info.version went back from ${released} to ${current}`,
    };
  }
  if (breaking.length > 0 && order === 0) {
    return {
      ...verdict,
      ok: false,
      reason:
        `${plural(breaking.length, "breaking change")} since the last release (${released}), ` +
        `but info.version is ${current}; a breaking change needs ${nextBreakingVersion(released)}`,
    };
  }
  return {
    ...verdict,
    ok: true,
    reason:
      breaking.length > 0
        ? `${plural(breaking.length, "breaking change")} since ${released}, allowed by the new version ${current}`
        : `no breaking change since the last release (${released})`,
  };
}
