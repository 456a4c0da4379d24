// scripts/check-breaking.mjs: a breaking spec change allowed by a new spec major must also leave the
// caret range of every published package (a pending changeset, or a version already bumped).

import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  breakingBump,
  bumpVersion,
  judgePackageBumps,
} from "../../../scripts/release/judge-package-bumps.mjs";
import { parseChangeset, readPendingBumps } from "../../../scripts/release/pending-changesets.mjs";
import {
  breakingBumpOf,
  bumpLines,
  currentVersion,
  nextBreakingOf,
  writeChangesetDir,
} from "./support/changesets.js";
import { type PublicPackageName, publicPackages } from "./support/public-packages.js";
import { type Spec, snapshotReleasedSpec } from "./support/released-baseline.js";
import { runScript } from "./support/repo.js";

const names = publicPackages.map((entry) => entry.name);
let workDir: string;
let releasedPath: string;
let breakingSpecPath: string;
let compatibleSpecPath: string;
let releasedInfoVersion: string;

beforeAll(async () => {
  let released: Spec;
  ({ workDir, releasedPath, released } = await snapshotReleasedSpec("package-bumps-test-"));
  releasedInfoVersion = released.info.version;

  // One breaking change (a removed response field), allowed by the next spec major.
  const breaking: Spec = structuredClone(released);
  const properties = breaking.components.schemas.Tenant.properties;
  delete properties[Object.keys(properties).find((name) => name !== "id") ?? ""];
  breaking.info.version = nextBreakingOf(releasedInfoVersion);
  breakingSpecPath = join(workDir, "breaking.json");
  writeFileSync(breakingSpecPath, JSON.stringify(breaking));

  const compatible: Spec = structuredClone(released);
  compatible.components.schemas.Tenant.properties.nickname = { type: "string" };
  compatibleSpecPath = join(workDir, "compatible.json");
  writeFileSync(compatibleSpecPath, JSON.stringify(compatible));
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

/** Runs the check of `spec` against the baseline with the changesets in `files`. */
function check(
  name: string,
  files: Record<string, string[]>,
  options: { spec?: string; extraArgs?: string[] } = {},
) {
  const changesets = writeChangesetDir(join(workDir, `changesets-${name}`), files);
  return runScript("scripts/check-breaking.mjs", [
    "--released",
    releasedPath,
    "--spec",
    options.spec ?? breakingSpecPath,
    "--changesets",
    changesets,
    ...(options.extraArgs ?? []),
  ]);
}

/** Writes a packages.json baseline with the given versions over today's ones. */
function packagesBaseline(name: string, versions: Partial<Record<PublicPackageName, string>>) {
  const path = join(workDir, `packages-${name}.json`);
  const packages = Object.fromEntries(names.map((n) => [n, versions[n] ?? currentVersion(n)]));
  writeFileSync(path, JSON.stringify({ "x-released": "test", packages }));
  return ["--packages-baseline", path];
}

/** The words the error uses for a package that lacks its breaking bump. */
const needs = (name: PublicPackageName) => {
  const version = currentVersion(name);
  return `${name} ${version} needs a ${breakingBumpOf(version)} changeset (to ${nextBreakingOf(version)}`;
};

/** The first line of stderr: the error with the packages that lack a bump. */
const errorLine = (stderr: string) => stderr.split("\n")[0] ?? "";

describe("--write-baseline", () => {
  it("writes every published package's version beside the released spec", () => {
    const baseline = JSON.parse(readFileSync(join(workDir, "packages.json"), "utf8"));
    expect(baseline["x-released"]).toMatch(/--write-baseline.*do not edit/);
    expect(baseline.packages).toEqual(Object.fromEntries(names.map((n) => [n, currentVersion(n)])));
  });

  it("has been run for the repository: spec/released/packages.json lists every published package", () => {
    const committed = JSON.parse(
      readFileSync(new URL("../../../spec/released/packages.json", import.meta.url), "utf8"),
    );
    expect(Object.keys(committed.packages).sort()).toEqual([...names].sort());
  });
});

describe("a breaking change allowed by a new spec major", () => {
  it("fails without a changeset, naming every package, its bump and the frontmatter to copy", async () => {
    const result = await check("none", {});
    expect(result.status).toBe(1);
    const first = errorLine(result.stderr);
    expect(first).toContain(
      `1 breaking change since ${releasedInfoVersion} (allowed by info.version ${nextBreakingOf(releasedInfoVersion)}), but the packages do not ship it as breaking`,
    );
    for (const name of names) expect(first).toContain(needs(name));
    expect(result.stderr).toMatch(/✖ GET \/api\/core\/tenants: /);
    expect(result.stderr).toContain(["---", ...bumpLines(names).sort(), "---"].join("\n"));
  });

  it("passes with a changeset that gives every package its breaking bump", async () => {
    const result = await check("all", { "spec-major.md": bumpLines(names) });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    for (const name of names) {
      const version = currentVersion(name);
      expect(result.stdout).toContain(
        `✔ ${name} ships it: a pending ${breakingBumpOf(version)} changeset (${version} → ${nextBreakingOf(version)})`,
      );
    }
  });

  it("fails with a patch changeset, saying the pending bump is too small", async () => {
    const result = await check("patch", { "spec-major.md": bumpLines(names, "patch") });
    expect(result.status).toBe(1);
    for (const name of names) {
      expect(errorLine(result.stderr)).toContain(
        `${needs(name)}; pending changesets give it only patch)`,
      );
    }
  });

  it("takes the highest bump over all pending changesets", async () => {
    const result = await check("several", {
      "a-fix.md": bumpLines(names, "patch"),
      "b-break.md": bumpLines(names),
      "c-fix.md": bumpLines(names, "patch"),
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("names only the packages that lack the bump", async () => {
    const [bumped, ...unbumped] = names;
    if (!bumped) throw new Error("no published package");
    const result = await check("some", { "spec-major.md": bumpLines([bumped]) });
    expect(result.status).toBe(1);
    const first = errorLine(result.stderr);
    for (const name of unbumped) expect(first).toContain(needs(name));
    expect(first).not.toContain(bumped);
    expect(result.stderr).toContain(`✔ ${bumped} ships it: a pending`);
    expect(result.stderr).not.toMatch(new RegExp(`^"${bumped}":`, "m"));
  });

  it("counts a package whose version already left its released series (changeset version ran)", async () => {
    const [versioned, ...others] = names;
    if (!versioned) throw new Error("no published package");
    const version = currentVersion(versioned);
    // A release one breaking step behind today's version, e.g. 0.0.9 when the package is at 0.1.0.
    const [major = 0, minor = 0] = version.split(".").map(Number);
    const earlier = major > 0 ? `${major - 1}.9.9` : `0.${minor - 1}.9`;
    const baseline = packagesBaseline("versioned", { [versioned]: earlier });

    const passing = await check(
      "versioned",
      { "others.md": bumpLines(others) },
      { extraArgs: baseline },
    );
    expect(passing.stderr).toBe("");
    expect(passing.status).toBe(0);
    expect(passing.stdout).toContain(
      `✔ ${versioned} ships it: already at ${version}, released as ${earlier}`,
    );

    const failing = await check("versioned-alone", {}, { extraArgs: baseline });
    expect(failing.status).toBe(1);
    expect(errorLine(failing.stderr)).not.toContain(versioned);
  });

  it("reads double-quoted and single-quoted package names", async () => {
    const [first, ...rest] = names;
    const result = await check("quoted", {
      "double.md": [`"${first}": ${breakingBumpOf(currentVersion(first as PublicPackageName))}`],
      "single.md": rest.map((name) => `'${name}': ${breakingBumpOf(currentVersion(name))}`),
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("rejects an unquoted scoped name, which Changesets cannot parse, and says to quote it", async () => {
    const [first] = names;
    const result = await check("unquoted-scope", { "plain.md": [`${first}: major`] });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`plain.md: quote the package name ("${first}": …)`);
  });

  it("still demands changesets when the baseline has no packages.json", async () => {
    const missing = ["--packages-baseline", join(workDir, "no-such-packages.json")];
    const without = await check("no-baseline", {}, { extraArgs: missing });
    expect(without.status).toBe(1);
    expect(without.stderr).toMatch(
      /! no .*no-such-packages\.json .*current version counts as released/,
    );
    for (const name of names) expect(errorLine(without.stderr)).toContain(needs(name));

    const withChangeset = await check(
      "no-baseline-bumped",
      { "spec-major.md": bumpLines(names) },
      { extraArgs: missing },
    );
    expect(withChangeset.stderr).toBe("");
    expect(withChangeset.status).toBe(0);
  });
});

describe("without a breaking change", () => {
  it("needs no changeset", async () => {
    const result = await check("compatible", {}, { spec: compatibleSpecPath });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("no breaking change since the last release");
    expect(result.stdout).not.toContain("ships it");
  });
});

describe("package bump rules", () => {
  it.each([
    ["0.1.0", "minor"],
    ["0.0.3", "minor"],
    ["1.0.0", "major"],
    ["2.4.1", "major"],
  ])("a breaking release of %s needs a %s bump", (version, bump) => {
    expect(breakingBump(version)).toBe(bump);
  });

  it.each([
    ["0.1.0", "patch", "0.1.1"],
    ["0.1.3", "minor", "0.2.0"],
    ["0.1.3", "major", "1.0.0"],
    ["1.2.3", "major", "2.0.0"],
    ["1.2.3", "none", "1.2.3"],
  ] as const)("%s with a %s bump becomes %s", (version, bump, next) => {
    expect(bumpVersion(version, bump)).toBe(next);
  });

  it("accepts a major bump of a 0.x package, and a pending bump only up to what it needs", () => {
    const packages = [
      { name: "a", version: "0.1.0" },
      { name: "b", version: "1.2.0" },
    ];
    const judged = judgePackageBumps(
      packages,
      { a: "0.1.0", b: "1.2.0" },
      new Map([
        ["a", "major"],
        ["b", "minor"],
      ] as const),
    );
    expect(judged.shipped.map((entry) => entry.name)).toEqual(["a"]);
    expect(judged.missing).toEqual([
      { name: "b", version: "1.2.0", needs: "major", to: "2.0.0", pending: "minor" },
    ]);
  });

  it("does not count a version that went back below its released series", () => {
    const judged = judgePackageBumps([{ name: "a", version: "0.1.0" }], { a: "0.2.0" }, new Map());
    expect(judged.missing.map((entry) => entry.name)).toEqual(["a"]);
  });
});

describe("changeset frontmatter", () => {
  it.each([
    ['"@scope/name": minor', "@scope/name"],
    ["'@scope/name': minor", "@scope/name"],
    ["plain-name: minor", "plain-name"],
  ])("reads %s", (line, name) => {
    expect(parseChangeset(`---\n${line}\n---\n\nSummary.\n`, "x.md")).toEqual({ [name]: "minor" });
  });

  it("reads an empty changeset as no release", () => {
    expect(parseChangeset("---\n---\n\nNothing to release.\n", "x.md")).toEqual({});
  });

  it.each([
    ["no frontmatter", "Just a summary.\n", "starts with a frontmatter block"],
    ["an unknown bump", '---\n"a": huge\n---\n', '"a" has bump "huge"'],
    ["a list", "---\n- a\n---\n", "must map package names"],
  ])("rejects %s", (_case, text, message) => {
    expect(() => parseChangeset(text, "x.md")).toThrow(message);
  });

  it("reads nothing from a missing folder", async () => {
    expect(await readPendingBumps(join(workDir, "no-such-folder"))).toEqual(new Map());
  });
});
