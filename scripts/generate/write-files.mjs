// Replaces the output folder's files only after every new file is fully written.

import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { bannerText } from "./banner.mjs";

/**
 * Moves the staged `names` into `outDir`, keeping each replaced file until all are in place: if a
 * rename fails midway, the files already moved are put back, so the folder is never half old and
 * half new.
 */
async function swapIn(outDir, stagingDir, names) {
  const previousDir = join(stagingDir, ".previous");
  await mkdir(previousDir);
  const done = [];
  try {
    for (const name of names) {
      const kept = await rename(join(outDir, name), join(previousDir, name)).then(
        () => true,
        (error) => {
          if (error.code === "ENOENT") return false;
          throw error;
        },
      );
      done.push({ name, kept });
      await rename(join(stagingDir, name), join(outDir, name));
    }
  } catch (error) {
    try {
      for (const { name, kept } of done.reverse()) {
        await rm(join(outDir, name), { force: true });
        if (kept) await rename(join(previousDir, name), join(outDir, name));
      }
    } catch (rollbackError) {
      // The old files are still in previousDir: say where, and keep them (see writeFilesAtomically).
      throw new KeptFilesError(
        `${error.message}; putting the previous files back failed too (${rollbackError.message}): they are kept in ${previousDir}`,
        { cause: error },
      );
    }
    throw error;
  }
}

/** A failed write whose rollback failed as well: the staging folder holds the only old copies. */
export class KeptFilesError extends Error {}

/**
 * Writes `files` (name → content) into `outDir`. All content is staged next to
 * `outDir` first and then renamed into place, so a crash mid-write never leaves a
 * half-written file; files whose content is unchanged are not touched. Generated
 * files no longer produced are removed (only files that carry the banner).
 * @param {string} outDir
 * @param {Map<string, string>} files
 * @returns {Promise<string[]>} names of the files that changed
 */
export async function writeFilesAtomically(outDir, files) {
  await mkdir(outDir, { recursive: true });
  const stagingDir = join(dirname(outDir), `.generate-staging-${process.pid}`);
  await rm(stagingDir, { recursive: true, force: true });
  await mkdir(stagingDir, { recursive: true });
  const changed = [];
  try {
    for (const [name, content] of files) {
      const previous = await readFile(join(outDir, name), "utf8").catch(() => null);
      if (previous === content) continue;
      await writeFile(join(stagingDir, name), content);
      changed.push(name);
    }
    await swapIn(outDir, stagingDir, changed);
    for (const name of await readdir(outDir)) {
      if (files.has(name)) continue;
      const content = await readFile(join(outDir, name), "utf8").catch(() => "");
      if (content.includes(bannerText)) {
        await rm(join(outDir, name));
        changed.push(name);
      }
    }
  } catch (error) {
    if (!(error instanceof KeptFilesError)) await rm(stagingDir, { recursive: true, force: true });
    throw error;
  }
  await rm(stagingDir, { recursive: true, force: true });
  return changed;
}
