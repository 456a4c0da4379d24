// Reads a seed from a JSON file, for `--seed-file` and `startMockServer({ seedFile })`.

import { readFile } from "node:fs/promises";
import { InvalidSeedError } from "./seed.js";
import type { StatefulOrgSeed } from "./types.js";

/** Reads and parses a JSON seed file; its content is checked when the organization is created. */
export async function readSeedFile(path: string): Promise<StatefulOrgSeed> {
  const text = await readFile(path, "utf8");
  try {
    return JSON.parse(text) as StatefulOrgSeed;
  } catch {
    // JSON.parse's message quotes the text around the error, which may be a secret: leave it out.
    throw new InvalidSeedError(`seed file ${path} is not valid JSON`);
  }
}
