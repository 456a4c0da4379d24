#!/usr/bin/env node
// Builds build/index.html: the spec rendered by Redocly into one page that needs no network, with
// code samples (curl, @qlik-org/client, qlik-org) on every operation (scripts/code-samples.mjs).

import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleSpec } from "../../../scripts/generate/bundle-spec.mjs";
import { runRedocly } from "../../../scripts/generate/run-redocly.mjs";
import { withCodeSamples } from "./code-samples.mjs";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = join(packageDir, "..", "..");
const outFile = join(packageDir, "build", "index.html");
const draftFile = `${outFile}.draft`;
const specFile = join(packageDir, "build", "openapi-with-samples.json");

// Redoc's sidebar footer loads its "API docs by Redocly" logo from this CDN even with
// --inlineBundle, which breaks the page offline; an inline wordmark keeps the credit.
const cdnLogo = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;
const inlineLogo = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="54" height="14" viewBox="0 0 54 14">' +
    '<text x="0" y="11" font-family="sans-serif" font-size="11" font-weight="600" fill="#5a5a5a">' +
    "Redocly</text></svg>",
)}`;

await mkdir(dirname(outFile), { recursive: true });
const bundled = await bundleSpec(
  join(repoRoot, "spec", "openapi.yaml"),
  join(repoRoot, "redocly.yaml"),
);
await writeFile(specFile, JSON.stringify(withCodeSamples(bundled)));
const { code, stdout, stderr } = await runRedocly([
  "build-docs",
  specFile,
  "--config",
  join(repoRoot, "redocly.yaml"),
  "--inlineBundle",
  "--template",
  join(packageDir, "src", "template.hbs"),
  "--openapi",
  join(packageDir, "src", "redoc-options.json"),
  "--output",
  draftFile,
]);
await rm(specFile, { force: true });
if (code !== 0) {
  await rm(draftFile, { force: true });
  console.error(`redocly build-docs failed (exit ${code}):\n${stderr.trim() || stdout.trim()}`);
  process.exit(1);
}

const html = (await readFile(draftFile, "utf8")).replace(cdnLogo, inlineLogo);
await rm(draftFile, { force: true });
// Whatever else Redocly starts to load from its CDN must fail the build, not the reader's page.
const leftovers = [...new Set(html.match(/https:\/\/cdn\.redoc\.ly\/[^"'`\s)]*/g) ?? [])];
if (leftovers.length > 0) {
  console.error(`the page still loads from Redocly's CDN:\n  ${leftovers.join("\n  ")}`);
  process.exit(1);
}
await writeFile(outFile, html);
console.log(`built ${outFile} (${Math.round(Buffer.byteLength(html) / 1024)} KiB)`);
