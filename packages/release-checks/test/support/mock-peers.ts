// What a consumer of the mock's Prism mode or MSW adapter installs besides @qlik-org/mock itself.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./repo.js";

/** The optional peer dependencies of @qlik-org/mock (Prism and MSW), at the ranges it declares. */
export function mockPeerDependencies(): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join(repoRoot, "packages/mock/package.json"), "utf8"));
  return manifest.peerDependencies ?? {};
}

/** The names of the peers the mock's Prism mode needs (its `@stoplight/` ones). */
export function prismPeerNames(): string[] {
  return Object.keys(mockPeerDependencies()).filter((name) => name.startsWith("@stoplight/"));
}
