// What npm users get: complete manifests, only built files, and clean publint and attw reports.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { consumerProject, type PackedPackage } from "./support/consumer-project.js";
import { publicPackages } from "./support/public-packages.js";
import { repoRoot, run } from "./support/repo.js";

// biome-ignore lint/suspicious/noExplicitAny: manifests are arbitrary JSON read from disk.
type Manifest = Record<string, any>;

const consumer = consumerProject();
const packed = (name: string): PackedPackage => {
  const found = consumer.packed.find((p) => p.name === name);
  if (!found) throw new Error(`${name} was not packed`);
  return found;
};
/** The package.json inside the tarball, as installed in the consumer project. */
const packedManifest = (name: string): Manifest =>
  JSON.parse(readFileSync(join(consumer.dir, "node_modules", name, "package.json"), "utf8"));

/** Every condition name used anywhere in an `exports` entry, and every file it points to. */
function walkExports(entry: unknown, conditions = new Set<string>(), targets = new Set<string>()) {
  if (typeof entry === "string") targets.add(entry.replace(/^\.\//, ""));
  else if (entry && typeof entry === "object") {
    for (const [condition, value] of Object.entries(entry)) {
      conditions.add(condition);
      walkExports(value, conditions, targets);
    }
  }
  return { conditions, targets };
}

/** A command-line tool installed at the repository root. */
const bin = (name: string): string => join(repoRoot, "node_modules/.bin", name);

describe.each(publicPackages)("$name", ({ name }) => {
  it("has a manifest with version, license, engines, files and side-effect flag", () => {
    const manifest = packedManifest(name);
    expect(manifest.name).toBe(name);
    expect(manifest.private).toBeUndefined();
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
    expect(manifest.license).toBe("MIT");
    expect(manifest.description).toEqual(expect.any(String));
    expect(manifest.engines?.node).toEqual(expect.any(String));
    expect(manifest.files).toEqual(expect.arrayContaining(["dist"]));
    expect(manifest.sideEffects).toBe(false);
  });

  it("exports types, import and require for its main entry, all inside the tarball", () => {
    const manifest = packedManifest(name);
    const main = walkExports(manifest.exports?.["."]);
    expect([...main.conditions]).toEqual(expect.arrayContaining(["types", "import", "require"]));
    const everything = walkExports(manifest.exports);
    const files = packed(name).files;
    expect([...everything.targets].filter((target) => !files.includes(target))).toEqual([]);
  });

  it("ships every command it declares in bin, runnable by node", () => {
    const manifest = packedManifest(name);
    const bins: Record<string, string> =
      typeof manifest.bin === "string" ? { [name]: manifest.bin } : (manifest.bin ?? {});
    for (const target of Object.values(bins)) {
      const path = target.replace(/^\.\//, "");
      expect(packed(name).files).toContain(path);
      const installed = readFileSync(join(consumer.dir, "node_modules", name, path), "utf8");
      expect(installed.startsWith("#!/usr/bin/env node\n"), path).toBe(true);
    }
  });

  it("ships its README and LICENSE and only built files", () => {
    const files = packed(name).files;
    expect(files).toEqual(expect.arrayContaining(["README.md", "LICENSE", "package.json"]));
    const unexpected = files.filter(
      (file) =>
        !/^(dist\/.+|README\.md|LICENSE|CHANGELOG\.md|package\.json|src\/openapi\.json)$/.test(
          file,
        ),
    );
    expect(unexpected).toEqual([]);
  });

  it("passes publint --strict", async () => {
    const result = await run(bin("publint"), ["run", packed(name).tarball, "--strict"]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain("All good!");
  });

  it("passes attw (@arethetypeswrong/cli) for every entry point and module resolution", async () => {
    const result = await run(bin("attw"), [packed(name).tarball, "--format", "ascii"]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain("No problems found");
  });
});

describe("the published set", () => {
  it("keeps every other workspace private, so neither npm nor Changesets publishes it", () => {
    const publicNames: string[] = publicPackages.map((p) => p.name);
    for (const dir of readdirSync(join(repoRoot, "packages"))) {
      const path = join(repoRoot, "packages", dir, "package.json");
      if (!existsSync(path)) continue;
      const manifest: Manifest = JSON.parse(readFileSync(path, "utf8"));
      if (publicNames.includes(manifest.name)) expect(manifest.private, dir).toBeUndefined();
      else expect(manifest.private, `${dir} must be private`).toBe(true);
    }
    const config = JSON.parse(readFileSync(join(repoRoot, ".changeset/config.json"), "utf8"));
    expect(config.privatePackages).toEqual({ version: false, tag: false });
    expect(config.access).toBe("public");
  });

  it("resolves the packages' own dependencies on each other to the packed versions", () => {
    // A range that misses the packed version would make npm fetch a second copy from the registry.
    for (const { name } of publicPackages) {
      for (const other of publicPackages) {
        const nested = join(consumer.dir, "node_modules", name, "node_modules", other.name);
        expect(existsSync(nested), `${name} got its own copy of ${other.name}`).toBe(false);
      }
    }
  });

  it("keeps the client's runtime dependencies to openapi-fetch and @qlik-org/generated", () => {
    const dependencies = Object.keys(packedManifest("@qlik-org/client").dependencies ?? {});
    expect(dependencies.sort()).toEqual(["@qlik-org/generated", "openapi-fetch"]);
  });
});
