// A throwaway copy of the release baseline, written by check-breaking itself, for one test file.

import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { runScript } from "./repo.js";

// biome-ignore lint/suspicious/noExplicitAny: the tests edit arbitrary parts of an OpenAPI document.
export type Spec = Record<string, any>;

/** Where a snapshot lives and what it holds. */
export interface ReleasedBaseline {
  /** Temporary folder that holds the snapshot; the caller removes it. */
  readonly workDir: string;
  /** The released spec (`--released`), with packages.json and accepted-changes.yaml beside it. */
  readonly releasedPath: string;
  /** The released spec as parsed JSON. */
  readonly released: Spec;
}

/** Snapshots today's spec the way a release does (`--write-baseline`) into a new temp folder. */
export async function snapshotReleasedSpec(prefix: string): Promise<ReleasedBaseline> {
  const workDir = mkdtempSync(join(tmpdir(), prefix));
  const releasedPath = join(workDir, "released.json");
  const written = await runScript("scripts/check-breaking.mjs", [
    "--write-baseline",
    "--released",
    releasedPath,
  ]);
  expect(written.status, written.stderr).toBe(0);
  return { workDir, releasedPath, released: JSON.parse(readFileSync(releasedPath, "utf8")) };
}
