#!/usr/bin/env node
// Fails when spec/openapi.yaml breaks callers of the last released spec without a major version bump.
// Usage: node scripts/check-breaking.mjs [--spec spec/openapi.yaml] [--released spec/released/openapi.json]
//                                        [--accepted <folder of --released>/accepted-changes.yaml]
//        node scripts/check-breaking.mjs --write-baseline   (after a release: snapshot the current spec)

import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { defaultSpecEntry, repoRoot } from "./generate/paths.mjs";
import { emptyAcceptedChanges, readAcceptedChanges } from "./release/accepted-changes.mjs";
import { diffSpecs } from "./release/diff-specs.mjs";
import { judgeRelease } from "./release/judge-release.mjs";
import { loadBundledSpec } from "./release/load-spec.mjs";

const defaultReleased = join(repoRoot, "spec", "released", "openapi.json");
const { values } = parseArgs({
  options: {
    spec: { type: "string", default: defaultSpecEntry },
    released: { type: "string", default: defaultReleased },
    accepted: { type: "string" },
    "write-baseline": { type: "boolean", default: false },
  },
});
const specPath = resolve(values.spec);
const releasedPath = resolve(values.released);
// The acceptances belong to one baseline, so by default they live beside it.
const acceptedPath = resolve(
  values.accepted ?? join(dirname(releasedPath), "accepted-changes.yaml"),
);
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
    console.log(
      `wrote ${shown(releasedPath)} (info.version ${current.info.version}) and an empty ${shown(acceptedPath)}`,
    );
  } else {
    const released = await loadBundledSpec(releasedPath);
    const accepted = await readAcceptedChanges(acceptedPath);
    const verdict = judgeRelease(await diffSpecs(released, current), accepted);
    const lines = [
      ...verdict.breaking.map((line) => `  ✖ ${line}`),
      ...verdict.accepted.map((line) => `  ✔ accepted in ${shown(acceptedPath)}: ${line}`),
      ...verdict.unusedAcceptances.map(
        (entry) => `  ! ${shown(acceptedPath)} accepts a change that no longer occurs: ${entry}`,
      ),
    ];
    if (verdict.ok) {
      console.log([`${shown(specPath)}: ${verdict.reason}`, ...lines].join("\n"));
    } else {
      console.error(
        [
          `error: ${shown(specPath)}: ${verdict.reason}.`,
          ...lines,
          "Undo the breaking changes, or raise info.version and release them as a major change " +
            "(a major changeset for the packages), or, if a change cannot break a real caller, " +
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
