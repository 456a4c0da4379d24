// Loads a spec for comparison: a YAML entry point is bundled, a JSON file is read as a bundle.

import { readFile } from "node:fs/promises";
import { bundleSpec } from "../generate/bundle-spec.mjs";
import { redoclyConfig } from "../generate/paths.mjs";

/** Top-level markers we add to stored bundles; they say where a file came from, not what the API is. */
const markerKeys = ["x-generated", "x-released"];

/**
 * Returns the spec at `path` as one document with internal `$ref`s only, without our markers.
 * `.json` files are taken as already bundled (the released snapshot, `@qlik-org/generated`'s copy).
 * @param {string} path
 * @returns {Promise<Record<string, any>>}
 */
export async function loadBundledSpec(path) {
  const document = path.endsWith(".json")
    ? JSON.parse(await readFile(path, "utf8"))
    : await bundleSpec(path, redoclyConfig);
  for (const key of markerKeys) delete document[key];
  return document;
}
