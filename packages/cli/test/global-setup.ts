// Packs the CLI with the packages it depends on and installs the tarballs into a fresh project
// outside the repository, once per run, so every test runs `qlik-org` as users install it.

import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { TestProject } from "vitest/node";
import { installConsumer, repoRoot, run } from "../../release-checks/test/support/repo.js";

const packed = ["packages/generated", "packages/client", "packages/cli"];

export default async function setup(project: TestProject) {
  const root = await mkdtemp(join(tmpdir(), "qlik-org-cli-"));
  if (!relative(repoRoot, root).startsWith("..")) {
    throw new Error(`the CLI must be installed outside the repository, not in ${root}`);
  }
  const cleanup = () => rm(root, { recursive: true, force: true });
  try {
    const tarballs = join(root, "tarballs");
    await mkdir(tarballs);
    const pack = await run("npm", [
      "pack",
      ...packed.flatMap((dir) => ["--workspace", dir]),
      "--pack-destination",
      tarballs,
      "--json",
      "--loglevel=error",
    ]);
    if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
    const entries: { name: string; filename: string }[] = JSON.parse(pack.stdout);
    const dir = join(root, "project");
    await mkdir(dir);
    await writeFile(
      join(dir, "package.json"),
      JSON.stringify({
        name: "qlik-org-cli-user",
        private: true,
        dependencies: Object.fromEntries(
          entries.map((entry) => [entry.name, `file:${join(tarballs, entry.filename)}`]),
        ),
      }),
    );
    await installConsumer(dir);
    project.provide("cliBin", join(dir, "node_modules", "@qlik-org", "cli", "dist", "bin.js"));
    project.provide("cliProject", dir);
  } catch (error) {
    await cleanup();
    throw error;
  }
  return cleanup;
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The installed `qlik-org` bin (the file `node_modules/.bin/qlik-org` links to). */
    cliBin: string;
    /** The project it is installed in, outside the repository. */
    cliProject: string;
  }
}
