// The runtimes of the support table, what each is claimed to run, and how to install it.

import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { PublicPackageName } from "./public-packages.js";
import { repoRoot, run } from "./repo.js";

/** A check of the matrix: one package (the mock by mode) exercised in one runtime. */
export type CheckName =
  | "generated"
  | "client"
  | "mock-engine"
  | "mock-stateful"
  | "mock-prism"
  | "cli";

/** The support table's columns, in order: the package and the check behind each. */
export const packageColumns: readonly {
  readonly check: CheckName;
  readonly packageName: PublicPackageName;
  readonly heading: string;
}[] = [
  { check: "generated", packageName: "@qlik-org/generated", heading: "`@qlik-org/generated`" },
  { check: "client", packageName: "@qlik-org/client", heading: "`@qlik-org/client`" },
  {
    check: "mock-engine",
    packageName: "@qlik-org/mock",
    heading: "`@qlik-org/mock` stateful engine (`org.fetch`)",
  },
  {
    check: "mock-stateful",
    packageName: "@qlik-org/mock",
    heading: "`@qlik-org/mock` stateful server",
  },
  { check: "mock-prism", packageName: "@qlik-org/mock", heading: "`@qlik-org/mock` Prism server" },
  { check: "cli", packageName: "@qlik-org/cli", heading: "`@qlik-org/cli` (`qlik-org`)" },
];

/** How the matrix starts a runtime and hands it a check. */
export type RuntimeKind = "process" | "workerd" | "browser";

/** One row of the support table. */
export interface Runtime {
  /** Folder under `test/runtimes/` that pins it, or `toolchain` for the Node the tests run on. */
  readonly id: string;
  /** The row's name in the README's table. */
  readonly label: string;
  readonly kind: RuntimeKind;
  /** The checks it passes: the table's ✓ cells. */
  readonly checks: readonly CheckName[];
  /** For a Node row: the `engines` range it adds to every package it runs all checks of. */
  readonly engineRange?: string;
  /** The executable under `node_modules/.bin` of its install. */
  readonly bin?: string;
  /** Arguments before the script, e.g. `run --allow-all` for Deno. */
  readonly scriptArgs?: readonly string[];
}

const allChecks = packageColumns.map((column) => column.check);
// The CLI is a Node program (a `#!/usr/bin/env node` bin, node:fs for contexts, a terminal).
const serverChecks = allChecks.filter((check) => check !== "cli");
// The mock's servers need node:http (and Prism), which Workers and browsers lack; its engine does not.
const webChecks: readonly CheckName[] = ["generated", "client", "mock-engine"];

/** Every runtime the README claims, in the table's order. */
export const runtimes: readonly Runtime[] = [
  {
    id: "node20",
    label: "Node 20",
    kind: "process",
    checks: allChecks,
    engineRange: "^20.19.0",
    bin: "node",
  },
  {
    id: "node22",
    label: "Node 22",
    kind: "process",
    checks: allChecks,
    engineRange: "^22.12.0",
    bin: "node",
  },
  { id: "toolchain", label: "Node 24", kind: "process", checks: allChecks, engineRange: "^24.0.0" },
  {
    id: "node26",
    label: "Node 26",
    kind: "process",
    checks: allChecks,
    engineRange: "^26.0.0",
    bin: "node",
  },
  {
    id: "deno",
    label: "Deno 2",
    kind: "process",
    checks: serverChecks,
    bin: "deno",
    scriptArgs: ["run", "--allow-all"],
  },
  { id: "bun", label: "Bun 1", kind: "process", checks: serverChecks, bin: "bun" },
  {
    id: "workerd",
    label: "Cloudflare workerd",
    kind: "workerd",
    checks: webChecks,
    bin: "workerd",
  },
  { id: "chromium", label: "Chromium", kind: "browser", checks: webChecks },
];

const runtimesDir = join(repoRoot, "packages/release-checks/test/runtimes");

/** The exact version a runtime's folder pins, or the toolchain Node's for `toolchain`. */
export function pinnedVersion(runtime: Runtime): string {
  if (runtime.id === "toolchain") {
    const root = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));
    return root.devDependencies.node;
  }
  const manifest = JSON.parse(readFileSync(join(runtimesDir, runtime.id, "package.json"), "utf8"));
  const versions = Object.values(manifest.dependencies ?? {}) as string[];
  if (versions.length !== 1) throw new Error(`test/runtimes/${runtime.id} must pin one package`);
  return versions[0] as string;
}

/** What the fixture's `runtimeName()` must report when it runs on this runtime. */
export function expectedRuntimeName(runtime: Runtime): RegExp {
  if (runtime.kind === "browser") return /HeadlessChrome\/\d+/;
  if (runtime.kind === "workerd") return /^workerd$/;
  const name = runtime.bin === "deno" || runtime.bin === "bun" ? `${runtime.bin} ` : "node v";
  return new RegExp(`^${`${name}${pinnedVersion(runtime)}`.replaceAll(".", "\\.")}$`);
}

/**
 * Installs a pinned runtime with `npm ci` from its folder's lockfile into a cache outside the
 * repository (reused while the lockfile is unchanged) and returns its executable's path.
 */
export async function installRuntime(runtime: Runtime): Promise<string> {
  if (runtime.id === "toolchain") return process.execPath;
  if (!runtime.bin) throw new Error(`${runtime.label} has no executable to install`);
  const source = join(runtimesDir, runtime.id);
  const manifest = await readFile(join(source, "package.json"));
  const lockfile = await readFile(join(source, "package-lock.json"));
  const key = createHash("sha256").update(manifest).update(lockfile).digest("hex").slice(0, 16);
  const dir = join(tmpdir(), "qlik-org-runtimes", `${runtime.id}-${key}`);
  const executable = join(dir, "node_modules", ".bin", runtime.bin);
  const marker = join(dir, ".installed");
  if (existsSync(marker)) return executable;

  // Installed beside the cache entry and renamed into place, so two runs at once (two clones, a
  // test run beside CI) never see, or delete, each other's half-installed runtime.
  await mkdir(dirname(dir), { recursive: true });
  const staging = await mkdtemp(`${dir}.staging-`);
  try {
    await writeFile(join(staging, "package.json"), manifest);
    await writeFile(join(staging, "package-lock.json"), lockfile);
    const install = await run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], {
      cwd: staging,
      timeoutMs: 300_000,
    });
    if (install.status !== 0 || !existsSync(join(staging, "node_modules", ".bin", runtime.bin))) {
      throw new Error(`npm ci of ${runtime.label} in ${staging} failed:\n${install.stderr}`);
    }
    await writeFile(join(staging, ".installed"), "");
    try {
      await rename(staging, dir);
    } catch (error) {
      // Another run finished first: use its install. Otherwise the folder is a leftover of an
      // install that died (it has no marker), and ours replaces it.
      if (existsSync(marker)) return executable;
      if ((error as NodeJS.ErrnoException).code !== "ENOTEMPTY") throw error;
      await rm(dir, { recursive: true, force: true });
      await rename(staging, dir);
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return executable;
}
