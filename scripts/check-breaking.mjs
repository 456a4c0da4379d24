#!/usr/bin/env node
// Fails when spec/openapi.yaml breaks callers of the last released spec without a major version bump,
// or when a breaking change allowed by a new major would reach the packages' caret ranges (no
// minor changeset while 0.x, no major one from 1.0).
// Usage: node scripts/check-breaking.mjs [--spec spec/openapi.yaml] [--released spec/released/openapi.json]
//                                        [--accepted <folder of --released>/accepted-changes.yaml]
//                                        [--packages-baseline <folder of --released>/packages.json]
//                                        [--changesets .changeset]
//        node scripts/check-breaking.mjs --write-baseline   (after a release: snapshot the current
//                                                            spec and the package versions)

import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { parseCliArgs } from "./cli-args.mjs";
import { defaultSpecEntry, repoRoot } from "./generate/paths.mjs";
import { emptyAcceptedChanges, readAcceptedChanges } from "./release/accepted-changes.mjs";
import { diffSpecs } from "./release/diff-specs.mjs";
import { judgePackageBumps } from "./release/judge-package-bumps.mjs";
import { judgeRelease } from "./release/judge-release.mjs";
import { loadBundledSpec } from "./release/load-spec.mjs";
import {
  missingBumpsError,
  missingBumpsHint,
  packageBumpLines,
} from "./release/package-bumps-report.mjs";
import { readPackagesBaseline, writePackagesBaseline } from "./release/packages-baseline.mjs";
import { readPendingBumps } from "./release/pending-changesets.mjs";
import { readPublishedPackages } from "./release/published-packages.mjs";

const defaultReleased = join(repoRoot, "spec", "released", "openapi.json");
const usage = `Usage: node scripts/check-breaking.mjs [--spec spec/openapi.yaml] [--released spec/released/openapi.json]
         [--accepted <folder of --released>/accepted-changes.yaml]
         [--packages-baseline <folder of --released>/packages.json] [--changesets .changeset]
       node scripts/check-breaking.mjs --write-baseline   (after a release)
  Fails when the spec breaks callers of the released one without a new major (spec and packages).`;
const { values } = parseCliArgs(usage, {
  spec: { type: "string", default: defaultSpecEntry },
  released: { type: "string", default: defaultReleased },
  accepted: { type: "string" },
  "packages-baseline": { type: "string" },
  changesets: { type: "string", default: join(repoRoot, ".changeset") },
  "write-baseline": { type: "boolean", default: false },
});
const specPath = resolve(values.spec);
const releasedPath = resolve(values.released);
// The acceptances belong to one baseline, so by default they live beside it.
const acceptedPath = resolve(
  values.accepted ?? join(dirname(releasedPath), "accepted-changes.yaml"),
);
// The package versions of the same release, likewise.
const packagesPath = resolve(
  values["packages-baseline"] ?? join(dirname(releasedPath), "packages.json"),
);
const changesetsPath = resolve(values.changesets);
const shown = (path) =>
  relative(repoRoot, path).startsWith("..") ? path : relative(repoRoot, path);

try {
  const current = await loadBundledSpec(specPath);
  if (values["write-baseline"]) {
    const snapshot = {
      "x-released": `The spec as released in ${current.info.version}: the baseline of scripts/check-breaking.mjs. Refresh it after each release with \`node scripts/check-breaking.mjs --write-baseline\`; do not edit by hand.`,
      ...current,
    };
    await mkdir(dirname(releasedPath), { recursive: true });
    await writeFile(releasedPath, `${JSON.stringify(snapshot, null, 2)}\n`);
    // Acceptances were judged against the previous release; the new baseline starts clean.
    await writeFile(acceptedPath, emptyAcceptedChanges);
    const packages = await readPublishedPackages(repoRoot);
    await writePackagesBaseline(packagesPath, packages);
    console.log(
      `wrote ${shown(releasedPath)} (info.version ${current.info.version}), ` +
        `${shown(packagesPath)} (${packages.map((entry) => `${entry.name} ${entry.version}`).join(", ")}) ` +
        `and an empty ${shown(acceptedPath)}`,
    );
  } else {
    const released = await loadBundledSpec(releasedPath);
    const accepted = await readAcceptedChanges(acceptedPath);
    const releasedPackages = await readPackagesBaseline(packagesPath);
    const verdict = judgeRelease(await diffSpecs(released, current), accepted);
    const lines = [
      ...verdict.breaking.map((line) => `  ✖ ${line}`),
      ...verdict.accepted.map((line) => `  ✔ accepted in ${shown(acceptedPath)}: ${line}`),
      ...verdict.unusedAcceptances.map(
        (entry) => `  ! ${shown(acceptedPath)} accepts a change that no longer occurs: ${entry}`,
      ),
    ];
    // A new spec major allows the break, but users depend on package versions (`^0.1.0`), not on
    // info.version: the packages must leave those ranges too, or the break arrives as a patch.
    const bumps =
      verdict.ok && verdict.breaking.length > 0
        ? judgePackageBumps(
            await readPublishedPackages(repoRoot),
            releasedPackages ?? {},
            await readPendingBumps(changesetsPath),
          )
        : null;
    if (bumps) {
      lines.push(...packageBumpLines(bumps, releasedPackages ? null : shown(packagesPath)));
    }
    if (bumps && bumps.missing.length > 0) {
      const suggested = join(changesetsPath, `spec-${verdict.current.replace(/\W/g, "-")}.md`);
      console.error(
        [
          missingBumpsError(shown(specPath), verdict, bumps.missing),
          ...lines,
          ...missingBumpsHint(bumps.missing, shown(suggested)),
        ].join("\n"),
      );
      process.exitCode = 1;
    } else if (verdict.ok) {
      console.log([`${shown(specPath)}: ${verdict.reason}`, ...lines].join("\n"));
    } else {
      console.error(
        [
          `error: ${shown(specPath)}: ${verdict.reason}.`,
          ...lines,
          "Undo the breaking changes, or raise info.version to the next major and release them " +
            "with a changeset that bumps every package past its caret range (minor while 0.x, " +
            "major from 1.0), or, if a change cannot break a real caller, " +
            `record it with the reason in ${shown(acceptedPath)} (see README, Releasing).`,
        ].join("\n"),
      );
      process.exitCode = 1;
    }
  }
} catch (error) {
  console.error(`error: the breaking-change check could not run: ${error?.message ?? error}`);
  process.exitCode = 2;
}
