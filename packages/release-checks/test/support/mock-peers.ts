// What a consumer of the mock's Prism mode installs besides @qlik-org/mock itself.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./repo.js";

/** The optional peer dependencies of @qlik-org/mock (Prism), at the ranges it declares. */
export function mockPeerDependencies(): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join(repoRoot, "packages/mock/package.json"), "utf8"));
  return manifest.peerDependencies ?? {};
}
