// Minified + gzipped size of what a browser bundle pulls in for the client vs bare openapi-fetch.

import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** Size of one bundled entry. */
export interface SizeResult {
  /** What was bundled. */
  readonly entry: string;
  /** Minified bytes. */
  readonly minifiedBytes: number;
  /** Minified then gzipped bytes. */
  readonly gzippedBytes: number;
}

const resolveDir = fileURLToPath(new URL("..", import.meta.url));

async function measure(entry: string, contents: string): Promise<SizeResult> {
  const result = await build({
    stdin: { contents, resolveDir, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    entry,
    minifiedBytes: code.byteLength,
    gzippedBytes: gzipSync(code, { level: 9 }).byteLength,
  };
}

/** Measures `createOrgClient` (with openapi-fetch and the metadata it uses) and bare openapi-fetch. */
export async function benchSize(): Promise<SizeResult[]> {
  return [
    await measure("@qlik-org/client", 'export { createOrgClient } from "@qlik-org/client";'),
    await measure("openapi-fetch", 'export { default } from "openapi-fetch";'),
  ];
}
