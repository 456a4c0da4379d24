// Packs the three public packages once per run and installs the tarballs into a fresh project
// outside the repository (inside it, Node would quietly resolve the root node_modules instead).

import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { TestProject } from "vitest/node";
import type { PackedPackage } from "./support/consumer-project.js";
import { mockPeerDependencies } from "./support/mock-peers.js";
import { publicPackages } from "./support/public-packages.js";
import { installConsumer, repoRoot, run } from "./support/repo.js";

const fixturesDir = join(repoRoot, "packages/release-checks/test/fixtures/consumer");

export default async function setup(project: TestProject) {
  const started = performance.now();
  const root = await mkdtemp(join(tmpdir(), "qlik-org-consumer-"));
  if (!relative(repoRoot, root).startsWith("..")) {
    throw new Error(`the consumer project must live outside the repository, not in ${root}`);
  }
  const cleanup = () => rm(root, { recursive: true, force: true });
  try {
    const tarballDir = join(root, "tarballs");
    await mkdir(tarballDir);
    const pack = await run("npm", [
      "pack",
      ...publicPackages.flatMap(({ dir }) => ["--workspace", dir]),
      "--pack-destination",
      tarballDir,
      "--json",
      "--loglevel=error",
    ]);
    if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
    const packed: PackedPackage[] = JSON.parse(pack.stdout).map(
      (entry: { name: string; version: string; filename: string; files: { path: string }[] }) => ({
        name: entry.name,
        version: entry.version,
        tarball: join(tarballDir, entry.filename),
        files: entry.files.map((file) => file.path),
      }),
    );

    const dir = join(root, "consumer");
    await mkdir(dir);
    await writeFile(
      join(dir, "package.json"),
      JSON.stringify(
        {
          name: "qlik-org-consumer",
          version: "0.0.0",
          private: true,
          type: "module",
          dependencies: {
            ...Object.fromEntries(packed.map((p) => [p.name, `file:${p.tarball}`])),
            // Prism and MSW are optional peers of the mock: a consumer who uses them installs them.
            ...mockPeerDependencies(),
          },
        },
        null,
        2,
      ),
    );
    await installConsumer(dir);
    for (const name of await readdir(fixturesDir)) {
      await cp(join(fixturesDir, name), join(dir, name));
    }

    project.provide("consumer", { dir, packed, setupMs: Math.round(performance.now() - started) });
  } catch (error) {
    await cleanup();
    throw error;
  }
  return cleanup;
}
