// scripts/generate/write-files.mjs: the output folder holds either every new file or every old one.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/**
 * `stagedName`: the rename that would move this staged file into the output folder fails.
 * `restoredName`: the rollback's rename that would put this old file back fails.
 */
const failing: { stagedName: string | undefined; restoredName: string | undefined } = vi.hoisted(
  () => ({ stagedName: undefined, restoredName: undefined }),
);

vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      const name = failing.stagedName;
      const fromStaging = /[\\/]\.generate-staging-\d+[\\/][^\\/]+$/.test(from);
      if (name && fromStaging && from.endsWith(name)) {
        throw Object.assign(new Error(`EIO: simulated failure moving ${name}`), { code: "EIO" });
      }
      const restored = failing.restoredName;
      if (restored && /[\\/]\.previous[\\/]/.test(from) && from.endsWith(restored)) {
        throw Object.assign(new Error(`EIO: simulated failure restoring ${restored}`), {
          code: "EIO",
        });
      }
      return actual.rename(from, to);
    },
  };
});

const { writeFilesAtomically } = await import("../../../scripts/generate/write-files.mjs");
const { bannerText } = await import("../../../scripts/generate/banner.mjs");

let workDir: string;
let outDir: string;

beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), "write-files-test-"));
  outDir = join(workDir, "src");
  mkdirSync(outDir);
  failing.stagedName = undefined;
  failing.restoredName = undefined;
});

afterEach(() => {
  rmSync(workDir, { recursive: true, force: true });
});

function contents(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(outDir).map((name) => [name, readFileSync(join(outDir, name), "utf8")]),
  );
}

const generated = (text: string) => `// ${bannerText}\n${text}\n`;

describe("writeFilesAtomically", () => {
  it("writes changed files, leaves unchanged ones, and removes generated files no longer produced", async () => {
    writeFileSync(join(outDir, "a.ts"), generated("a1"));
    writeFileSync(join(outDir, "b.ts"), generated("b1"));
    writeFileSync(join(outDir, "gone.ts"), generated("old"));
    writeFileSync(join(outDir, "hand-written.ts"), "kept\n");

    const changed = await writeFilesAtomically(
      outDir,
      new Map([
        ["a.ts", generated("a1")],
        ["b.ts", generated("b2")],
        ["c.ts", generated("c1")],
      ]),
    );

    expect(changed.sort()).toEqual(["b.ts", "c.ts", "gone.ts"]);
    expect(contents()).toEqual({
      "a.ts": generated("a1"),
      "b.ts": generated("b2"),
      "c.ts": generated("c1"),
      "hand-written.ts": "kept\n",
    });
    expect(readdirSync(workDir)).toEqual(["src"]);
  });

  it("puts every old file back when moving a new one into place fails midway", async () => {
    writeFileSync(join(outDir, "a.ts"), generated("a1"));
    writeFileSync(join(outDir, "b.ts"), generated("b1"));
    const before = contents();
    // a.ts is moved in first, then b.ts fails: a.ts must be the old one again afterwards.
    failing.stagedName = "b.ts";

    await expect(
      writeFilesAtomically(
        outDir,
        new Map([
          ["a.ts", generated("a2")],
          ["b.ts", generated("b2")],
          ["new.ts", generated("n")],
        ]),
      ),
    ).rejects.toThrow(/simulated failure moving b\.ts/);

    expect(contents()).toEqual(before);
    expect(readdirSync(workDir)).toEqual(["src"]);
  });

  it("keeps the old files, and says where, when putting them back fails too", async () => {
    writeFileSync(join(outDir, "a.ts"), generated("a1"));
    writeFileSync(join(outDir, "b.ts"), generated("b1"));
    failing.stagedName = "b.ts";
    failing.restoredName = "a.ts";

    const error: Error = await writeFilesAtomically(
      outDir,
      new Map([
        ["a.ts", generated("a2")],
        ["b.ts", generated("b2")],
      ]),
    ).then(
      () => new Error("expected the write to fail"),
      (caught: unknown) => caught as Error,
    );

    const keptIn = /kept in (\S+)$/.exec(error.message)?.[1] ?? "";
    expect(error.message).toMatch(
      /simulated failure moving b\.ts.*simulated failure restoring a\.ts/,
    );
    expect(readFileSync(join(keptIn, "a.ts"), "utf8")).toBe(generated("a1"));
  });
});
