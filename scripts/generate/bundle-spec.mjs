// Bundles the multi-file spec into one JSON document whose `$ref`s all point inside it.

import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bannerText } from "./banner.mjs";
import { runRedocly } from "./run-redocly.mjs";

/**
 * Bundles `specEntry` with Redocly and returns the parsed document, marked as generated.
 * @returns {Promise<Record<string, unknown>>}
 */
export async function bundleSpec(specEntry, configPath) {
  const workDir = await mkdtemp(join(tmpdir(), "qlik-org-bundle-"));
  try {
    const outFile = join(workDir, "openapi.json");
    const { code, stdout, stderr } = await runRedocly([
      "bundle",
      specEntry,
      "--config",
      configPath,
      "--ext",
      "json",
      "--output",
      outFile,
    ]);
    if (code !== 0) {
      throw new Error(`redocly bundle failed (exit ${code}):\n${stderr.trim() || stdout.trim()}`);
    }
    const bundled = JSON.parse(await readFile(outFile, "utf8"));
    // JSON has no comments, so the banner travels as a spec extension at the top.
    return { "x-generated": bannerText, ...bundled };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
