// Reads a seed from a JSON file, for `--seed-file` and `startMockServer({ seedFile })`.

import { readJsonFile } from "./json-file.js";
import { InvalidSeedError } from "./seed.js";
import type { StatefulOrgSeed } from "./types.js";

/**
 * Reads and parses a JSON seed file (a relative path counts from the working directory); its content
 * is checked when the organization is created.
 */
export async function readSeedFile(path: string): Promise<StatefulOrgSeed> {
  return (await readJsonFile(
    path,
    "seed file",
    (message) => new InvalidSeedError(message),
  )) as StatefulOrgSeed;
}
