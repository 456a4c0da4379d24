// The client as a browser app ships it: ESM, minified and gzipped with its runtime dependencies.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { expect, it } from "vitest";
import { consumerProject } from "./support/consumer-project.js";
import { repoRoot } from "./support/repo.js";

/** Fails above this many gzipped bytes: 12,733 measured with the path surface reading live bodies, plus about 1%. */
const clientGzipBudgetBytes = 12_870;

const consumer = consumerProject();

it("stays within its size budget (esbuild, minified, gzip -9)", async () => {
  // Bundled from the consumer project, so it measures the installed tarballs and their dependencies.
  const result = await build({
    stdin: {
      contents: 'export { createOrgClient } from "@qlik-org/client";\n',
      resolveDir: consumer.dir,
      sourcefile: "size-entry.js",
    },
    absWorkingDir: consumer.dir,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const gzipBytes = gzipSync(code, { level: 9 }).length;
  const inputs = Object.keys(result.metafile.inputs)
    .filter((input) => input !== "size-entry.js")
    .map((input) => input.replace(/^.*node_modules\//, ""))
    .map((input) =>
      input
        .split("/")
        .slice(0, input.startsWith("@") ? 2 : 1)
        .join("/"),
    );
  const measurement = {
    entry: 'export { createOrgClient } from "@qlik-org/client"',
    minifiedBytes: code.length,
    gzipBytes,
    budgetGzipBytes: clientGzipBudgetBytes,
    packages: [...new Set(inputs)].sort(),
  };
  mkdirSync(new URL("../reports", import.meta.url), { recursive: true });
  writeFileSync(
    join(new URL("../reports", import.meta.url).pathname, "client-size.json"),
    `${JSON.stringify(measurement, null, 2)}\n`,
  );
  console.log(
    `@qlik-org/client: ${(code.length / 1024).toFixed(1)} KiB minified, ${(gzipBytes / 1024).toFixed(1)} KiB gzipped (budget ${(clientGzipBudgetBytes / 1024).toFixed(1)} KiB)`,
  );

  // A browser build: nothing Node-only, and nothing beyond the client's own runtime dependencies.
  expect(measurement.packages).toEqual([
    "@qlik-org/client",
    "@qlik-org/generated",
    "openapi-fetch",
  ]);
  expect(gzipBytes).toBeLessThanOrEqual(clientGzipBudgetBytes);
});

it("states the same budget in the root README", () => {
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const size = readme.slice(readme.indexOf("## Size"), readme.indexOf("## Releasing"));
  expect(size).toContain(`**${clientGzipBudgetBytes.toLocaleString("en-US")} bytes**`);
});
