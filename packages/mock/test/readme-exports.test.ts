// The README's exports table lists exactly what src/index.ts exports, so neither drifts from the other.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as mock from "../src/index.js";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

/** Names in the `export { … }` lists of a module, `type` exports included. */
function exportedNames(source: string): string[] {
  return [...source.matchAll(/export (?:type )?\{([^}]*)\}/g)].flatMap((match) =>
    (match[1] ?? "")
      .split(",")
      .map((entry) => entry.trim().replace(/^type\s+/, ""))
      .filter((name) => name !== ""),
  );
}

describe("the README's exports table", () => {
  it("names every export of the package, once, and nothing else", () => {
    const index = read("../src/index.ts");
    const names = [...exportedNames(index), ...exportedNames(read("../src/stateful/index.ts"))];
    // The parser above reads `export *` only from the one module index.ts re-exports whole.
    expect([...index.matchAll(/export \* from "([^"]+)"/g)].map((m) => m[1])).toEqual([
      "./stateful/index.js",
    ]);
    const readme = read("../README.md");
    const section = readme.slice(readme.indexOf("\n## Exports"));
    const rows = [...section.matchAll(/^\| `(\w+)`\s*\|/gm)].map((m) => m[1]);
    expect([...rows].sort()).toEqual([...names].sort());
    expect(new Set(rows).size).toBe(rows.length);
  });

  it("lists every value the package exports at run time", () => {
    const readme = read("../README.md");
    for (const name of Object.keys(mock)) expect(readme).toContain(`| \`${name}\``);
  });
});
