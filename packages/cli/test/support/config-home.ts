// A throwaway XDG_CONFIG_HOME per run, so no test reads or writes the user's real contexts.

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A fresh, empty config folder for XDG_CONFIG_HOME. */
export function freshConfigHome(): string {
  return mkdtempSync(join(tmpdir(), "qlik-org-cli-config-"));
}
