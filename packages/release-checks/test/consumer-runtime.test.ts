// ESM and CommonJS programs run the installed client against the installed mock server.

import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { consumerProject } from "./support/consumer-project.js";
import { repoRoot, run } from "./support/repo.js";

const consumer = consumerProject();
const spec = JSON.parse(
  readFileSync(join(repoRoot, "packages/generated/src/openapi.json"), "utf8"),
);

describe.each([
  { system: "ESM", file: "esm-consumer.mjs", build: "dist/index.js" },
  { system: "CommonJS", file: "cjs-consumer.cjs", build: "dist/index.cjs" },
])("an $system consumer", ({ file, build }) => {
  it(`loads each package's ${build} from the consumer's node_modules and talks to startMockServer()`, async () => {
    expect(relative(repoRoot, consumer.dir).startsWith("..")).toBe(true);
    const result = await run(process.execPath, [file], { cwd: consumer.dir });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout.trim().split("\n").at(-1) ?? "{}");

    for (const name of ["client", "generated", "mock"]) {
      const resolved: string = report.resolved[name];
      const path = resolved.startsWith("file:") ? fileURLToPath(resolved) : resolved;
      expect(path).toBe(join(consumer.dir, "node_modules/@qlik-org", name, build));
    }
    expect(report.specTitle).toBe(spec.info.title);
    expect(report.tokenPath).toBe("/oauth/token");
    expect(report.tenantIds.length).toBeGreaterThan(0);
    for (const id of report.tenantIds) expect(id).toEqual(expect.stringMatching(/\S/));
    expect(report.createdClientSecret).toBe("string");
    expect(report.pathBasedStatus).toBe(200);
    expect(report.pathBasedCount).toBeGreaterThan(0);
  });
});
