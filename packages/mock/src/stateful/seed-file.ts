// Reads a seed from a JSON file, for `--seed-file` and `startMockServer({ seedFile })`.

import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { InvalidSeedError } from "./seed.js";
import type { StatefulOrgSeed } from "./types.js";

/**
 * Reads and parses a JSON seed file (a relative path counts from the working directory); its content
 * is checked when the organization is created.
 */
export async function readSeedFile(path: string): Promise<StatefulOrgSeed> {
  // Errors name the absolute path, so a path resolved against an unexpected folder shows which one.
  const absolute = resolve(path);
  let text: string;
  try {
    text = await readFile(absolute, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      code === "ENOENT"
        ? `seed file not found: ${absolute}`
        : `cannot read seed file ${absolute} (${code ?? "unknown error"})`,
      { cause: error },
    );
  }
  try {
    return JSON.parse(text) as StatefulOrgSeed;
  } catch {
    // JSON.parse's message quotes the text around the error, which may be a secret: leave it out.
    throw new InvalidSeedError(`seed file ${absolute} is not valid JSON`);
  }
}
