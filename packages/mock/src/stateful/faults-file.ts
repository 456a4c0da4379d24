// Reads fault rules from a JSON file, for `qlik-org-mock --faults-file`.

import { type FaultRule, InvalidFaultRuleError } from "./faults.js";
import { readJsonFile } from "./json-file.js";

/** Reads a JSON list of fault rules; the rules are checked when the organization is created. */
export async function readFaultsFile(path: string): Promise<readonly FaultRule[]> {
  return (await readJsonFile(
    path,
    "faults file",
    (message) => new InvalidFaultRuleError(message),
  )) as readonly FaultRule[];
}
