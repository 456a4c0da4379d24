// Prism is an optional peer of @qlik-org/mock: a project that installs only the packed tarballs
// gets no Prism, still imports the mock and serves the stateful organization, and is told what to
// install when it starts the Prism mode.

import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumerProject } from "./support/consumer-project.js";
import { prismPeerNames } from "./support/mock-peers.js";
import { run } from "./support/repo.js";

const consumer = consumerProject();
let root = "";
let dir = "";

const statefulScript = `
import { startMockServer } from "@qlik-org/mock";
const server = await startMockServer({ stateful: true });
const response = await fetch(server.url + "/oauth/token", {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ grant_type: "client_credentials", client_id: "mock-client-id", client_secret: "mock-client-secret" }),
});
console.log(JSON.stringify({ status: response.status }));
await server.close();
`;

const prismScript = `
import { startMockServer } from "@qlik-org/mock";
try {
  await startMockServer();
  console.log(JSON.stringify({ started: true }));
} catch (error) {
  console.log(JSON.stringify({ started: false, message: error.message }));
}
`;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "qlik-org-no-prism-"));
  dir = join(root, "consumer");
  await mkdir(dir);
  const dependencies = Object.fromEntries(
    consumer.packed.map((p) => [p.name, `file:${p.tarball}`]),
  );
  await writeFile(
    join(dir, "package.json"),
    JSON.stringify({ name: "no-prism", private: true, type: "module", dependencies }, null, 2),
  );
  await writeFile(join(dir, "stateful.mjs"), statefulScript);
  await writeFile(join(dir, "prism.mjs"), prismScript);
  const install = await run(
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"],
    { cwd: dir, timeoutMs: 300_000 },
  );
  if (install.status !== 0) throw new Error(`npm install failed:\n${install.stderr}`);
}, 300_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe("@qlik-org/mock without Prism installed", () => {
  it("installs none of Prism's packages", () => {
    for (const name of prismPeerNames()) {
      expect(existsSync(join(dir, "node_modules", name)), name).toBe(false);
    }
  });

  it("imports and serves the stateful organization", async () => {
    const result = await run(process.execPath, ["stateful.mjs"], { cwd: dir });
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({ status: 200 });
  });

  it("refuses the Prism mode with the packages to install and the command", async () => {
    const result = await run(process.execPath, ["prism.mjs"], { cwd: dir });
    const report = JSON.parse(result.stdout);
    expect(report.started).toBe(false);
    expect(report.message).toContain("The Prism mode of @qlik-org/mock needs @stoplight/");
    expect(report.message).toContain(`npm install --save-dev ${prismPeerNames().join(" ")}`);
  });
});
