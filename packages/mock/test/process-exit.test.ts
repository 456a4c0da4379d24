// A script (or a Jest globalSetup) that forgets close() must still end: the library's server does not
// keep the process alive. Runs the built package in a child `node`, as a user's script would.

import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { spawnNode } from "./support/child-node.js";

const entry = fileURLToPath(new URL("../dist/index.js", import.meta.url));

beforeAll(() => {
  if (!existsSync(entry))
    throw new Error(`${entry} is missing: run \`npm run build -w @qlik-org/mock\` first`);
});

/** Runs an ES module script in a child `node`; resolves with its exit code and output. */
async function runScript(source: string) {
  const node = spawnNode(["--input-type=module", "-e", source]);
  // Not a timing assertion: a child that hangs is ended before the test's own timeout, so the
  // failure reads "exit code null" instead of a bare timeout, and no process is left behind.
  const guard = setTimeout(() => node.child.kill("SIGKILL"), 20_000);
  const code = await node.exited;
  clearTimeout(guard);
  return { code, stdout: node.stdout(), stderr: node.stderr() };
}

const forgetfulScript = (options: string, path: string, headers: string) => `
import { startMockServer } from ${JSON.stringify(pathToFileURL(entry).href)};
const mock = await startMockServer(${options});
const response = await fetch(mock.url + ${JSON.stringify(path)}, { headers: ${headers} });
console.log(response.status);
// No mock.close(): the process must end anyway.
`;

describe("a script that never calls close()", () => {
  it.concurrent.each([
    [
      "Prism",
      "{}",
      "/api/core/tenants/actions/count?filter=x",
      '{ authorization: "Bearer x" }',
      "200",
    ],
    ["stateful", "{ stateful: true }", "/api/core/tenants", "{}", "401"],
  ])("exits by itself with code 0 (%s mode)", async (_, options, path, headers, status) => {
    const result = await runScript(forgetfulScript(options, path, headers));
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toBe(status);
    expect(result.code).toBe(0);
  });
});
