// Reads the list of breaking changes that were judged harmless and need no major bump.

import { readFile } from "node:fs/promises";
import { parse } from "yaml";

/**
 * Reads `path` (YAML: `accepted: [{ rule, at, reason }]`); a missing file means none.
 * @param {string} path
 * @returns {Promise<import("./judge-release.mjs").AcceptedChange[]>}
 */
export async function readAcceptedChanges(path) {
  const text = await readFile(path, "utf8").catch((error) => {
    if (error?.code === "ENOENT") return null;
    throw error;
  });
  if (text === null) return [];
  const entries = parse(text)?.accepted ?? [];
  if (!Array.isArray(entries)) throw new Error(`${path}: \`accepted\` must be a list`);
  entries.forEach((entry, index) => {
    for (const field of ["rule", "at", "reason"]) {
      if (typeof entry?.[field] !== "string" || entry[field].trim() === "") {
        throw new Error(`${path}: accepted[${index}] needs a non-empty \`${field}\``);
      }
    }
  });
  return entries;
}

/** The file's content after a release: nothing accepted yet against the new baseline. */
export const emptyAcceptedChanges = `# Breaking changes, as rated by \`redocly diff\`, that need no major version bump because they
# cannot break a real caller (for example a constraint the server always enforced, now written
# down). Each entry names the rule and the pointer that scripts/check-breaking.mjs prints after
# "at", and says why. \`node scripts/check-breaking.mjs --write-baseline\` empties this list.
#
# accepted:
#   - rule: schema-constraint-changed
#     at: "#/components/schemas/TenantFilterRequest/properties/filter/minLength"
#     reason: The server has always answered 400 to an empty filter.
accepted: []
`;
