// Where the pipeline reads from and writes to, resolved from the repository root.

import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute path of the repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Entry point of the hand-curated spec that every tool reads. */
export const defaultSpecEntry = join(repoRoot, "spec", "openapi.yaml");

/** Redocly configuration (lint rules) used for every lint of the spec. */
export const redoclyConfig = join(repoRoot, "redocly.yaml");

/** Folder of `@qlik-org/generated` that holds only generated files. */
export const defaultOutDir = join(repoRoot, "packages", "generated", "src");
