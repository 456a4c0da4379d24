// Replaces the output folder's files only after every new file is fully written.

import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { bannerText } from "./banner.mjs";

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
  try {
    const changed = [];
    for (const [name, content] of files) {
      const previous = await readFile(join(outDir, name), "utf8").catch(() => null);
      if (previous === content) continue;
      await writeFile(join(stagingDir, name), content);
      changed.push(name);
    }
    for (const name of changed) {
      await rename(join(stagingDir, name), join(outDir, name));
    }
    for (const name of await readdir(outDir)) {
      if (files.has(name)) continue;
      const content = await readFile(join(outDir, name), "utf8").catch(() => "");
      if (content.includes(bannerText)) {
        await rm(join(outDir, name));
        changed.push(name);
      }
    }
    return changed;
  } finally {
    await rm(stagingDir, { recursive: true, force: true });
  }
}
