// Generation either replaces every generated file or, on bad input, none of them.

import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { repoRoot, runScript } from "./support/run-script.js";

const committedOut = join(repoRoot, "packages/generated/src");
let workDir: string;
let specDir: string;
let outDir: string;

beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), "generation-test-"));
  specDir = join(workDir, "spec");
  outDir = join(workDir, "out");
  cpSync(join(repoRoot, "spec"), specDir, { recursive: true });
  cpSync(committedOut, outDir, { recursive: true });
});

afterEach(() => {
  rmSync(workDir, { recursive: true, force: true });
});

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), "utf8")]),
  );
}

function generate() {
  return runScript("scripts/generate/cli.mjs", [
    "--spec",
    join(specDir, "openapi.yaml"),
    "--out",
    outDir,
  ]);
}

/** Finds the first spec file whose text contains `needle`, in a stable order. */
function specFileContaining(needle: string): string {
  const files = readdirSync(specDir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".yaml"))
    .sort();
  const found = files.find((name) => readFileSync(join(specDir, name), "utf8").includes(needle));
  if (!found) throw new Error(`no spec file contains ${needle}`);
  return found;
}

function lineOf(file: string, needle: string): number {
  return (
    readFileSync(join(specDir, file), "utf8")
      .split("\n")
      .findIndex((line) => line.includes(needle)) + 1
  );
}

describe("a failed generation", () => {
  const cases = [
    {
      name: "broken YAML",
      needle: "operationId: listOAuthClients",
      breakIt: (text: string) =>
        text.replace("operationId: listOAuthClients", "operationId: listOAuthClients: nested"),
      reason: /parse|flow|unexpected|missed/i,
    },
    {
      name: "broken YAML in the root file",
      needle: "openapi: 3.1",
      breakIt: (text: string) => text.replace(/^openapi: (.*)$/m, "openapi: $1: nested"),
      reason: /error yaml: /,
    },
    {
      name: "an unknown $ref",
      needle: "schemas/OAuthClientList.yaml",
      breakIt: (text: string) =>
        text.replace("schemas/OAuthClientList.yaml", "schemas/DoesNotExist.yaml"),
      reason: /DoesNotExist\.yaml/,
    },
    {
      name: "an example outside its enum",
      needle: "appType: web",
      breakIt: (text: string) => text.replace("appType: web", "appType: desktop"),
      reason: /example|enum|allowed values/i,
    },
  ];

  it.each(cases)("on $name exits non-zero, names file and line, and writes nothing", (testCase) => {
    const before = snapshot(outDir);
    const file = specFileContaining(testCase.needle);
    const line = lineOf(file, testCase.needle);
    const path = join(specDir, file);
    writeFileSync(path, testCase.breakIt(readFileSync(path, "utf8")));

    const result = generate();

    expect(result.status).toBe(1);
    expect(result.stderr).toContain("generation failed");
    expect(result.stderr).toMatch(testCase.reason);
    // The problem is reported as `<file>:<line>:<col>` so an editor can jump to it.
    const reported = [...result.stderr.matchAll(/([\w./-]+\.yaml):(\d+):\d+/g)];
    const fileName = file.split("/").pop() ?? file;
    expect(reported.map((match) => match[1]?.endsWith(fileName))).toContain(true);
    expect(reported.map((match) => Number(match[2]))).toContain(line);
    // Only the problem: no banner of Redocly's (such as its Node.js support notice).
    expect(result.stderr).not.toMatch(/[╔║╚]/);
    expect(snapshot(outDir)).toEqual(before);
  });

  it("reports a file that does not parse once, however many $refs point to it", () => {
    const before = snapshot(outDir);
    const link = join(specDir, "components/schemas/Link.yaml");
    writeFileSync(link, "type: object\nproperties: [\n  href: {\n");
    const references = readdirSync(specDir, { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".yaml"))
      .map((name) => readFileSync(join(specDir, name), "utf8").split("Link.yaml").length - 1)
      .reduce((sum, count) => sum + count, 0);

    const result = generate();

    expect(result.status).toBe(1);
    const lines = result.stderr.split("\n").filter((line) => line.includes("Link.yaml"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/components\/schemas\/Link\.yaml:\d+:\d+ error /);
    expect(lines[0]).toContain(`${references} $ref(s) to it fail with it`);
    expect(snapshot(outDir)).toEqual(before);
  });

  it("on a component file that nothing uses, names the component and writes nothing", () => {
    const before = snapshot(outDir);
    writeFileSync(
      join(specDir, "components/schemas/Orphan.yaml"),
      "type: object\ndescription: Referenced by no operation.\n",
    );
    const root = join(specDir, "openapi.yaml");
    writeFileSync(
      root,
      readFileSync(root, "utf8").replace(
        /^ {2}schemas:\n/m,
        "  schemas:\n    Orphan:\n      $ref: ./components/schemas/Orphan.yaml\n",
      ),
    );

    const result = generate();

    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no-unused-components: Component: "Orphan" is never used/);
    expect(snapshot(outDir)).toEqual(before);
  });
});

describe("the spec's x- extensions (spec/EXTENSIONS.md)", () => {
  function edit(file: string, change: (text: string) => string) {
    const path = join(specDir, file);
    writeFileSync(path, change(readFileSync(path, "utf8")));
  }

  it("an operation without x-client-method fails the lint, naming the rule and the file", () => {
    const before = snapshot(outDir);
    edit("paths/api_core_tenants_actions_count.yaml", (text) =>
      text.replace("  x-client-method: tenants.count\n", ""),
    );
    const result = generate();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /api_core_tenants_actions_count\.yaml:\d+:\d+ error rule\/operation-x-client-method: /,
    );
    expect(snapshot(outDir)).toEqual(before);
  });

  it("an x-client-method that is not resource.method fails the lint", () => {
    edit("paths/api_core_tenants_actions_count.yaml", (text) =>
      text.replace("x-client-method: tenants.count", "x-client-method: countTenants"),
    );
    const result = generate();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("rule/operation-x-client-method");
  });

  it("two operations with one x-client-method fail, naming both", () => {
    const before = snapshot(outDir);
    edit("paths/api_core_tenants_actions_count.yaml", (text) =>
      text.replace("x-client-method: tenants.count", "x-client-method: tenants.list"),
    );
    const result = generate();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'GET /api/core/tenants/actions/count (countTenants): x-client-method "tenants.list" already names listTenants',
    );
    expect(snapshot(outDir)).toEqual(before);
  });

  it("an x-mock-default-status the operation does not document fails, listing its 2xx", () => {
    edit("paths/api_core_oauth-clients_{id}.yaml", (text) =>
      text.replace("x-mock-default-status: 204", "x-mock-default-status: 200"),
    );
    const result = generate();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "PATCH /api/core/oauth-clients/{id} (patchOAuthClient): x-mock-default-status 200 is not one of its documented 2xx statuses (202, 204)",
    );
  });

  it("an x-safe-to-retry other than true fails", () => {
    edit("paths/oauth_token.yaml", (text) =>
      text.replace("x-safe-to-retry: true", 'x-safe-to-retry: "yes"'),
    );
    const result = generate();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'POST /oauth/token (requestToken): x-safe-to-retry must be true or left out, not "yes"',
    );
  });

  it("an x-client-paginate whose items are not an array of the 200 body fails, naming the operation", () => {
    const before = snapshot(outDir);
    edit("paths/api_core_tenants.yaml", (text) => text.replace("items: data", "items: links"));
    const result = generate();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'GET /api/core/tenants (listTenants): x-client-paginate.items "links" is not an array in its 200 body',
    );
    expect(snapshot(outDir)).toEqual(before);
  });

  it("an x-client-arguments naming an unknown parameter fails, and so does a path parameter left out", () => {
    edit("paths/api_core_tenants_actions_count.yaml", (text) =>
      text.replace("    - filter", "    - filtre"),
    );
    edit("paths/api_core_tenants_{tenantId}.yaml", (text) =>
      text.replace(
        "x-client-method: tenants.get",
        "x-client-method: tenants.get\n  x-client-arguments: []",
      ),
    );
    const result = generate();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'GET /api/core/tenants/actions/count (countTenants): x-client-arguments names unknown "filtre"',
    );
    expect(result.stderr).toContain(
      'GET /api/core/tenants/{tenantId} (getTenant): path parameter "tenantId" is not a positional argument',
    );
  });

  it("a new operation in the spec gets its metadata, a typed resource method, a request builder, a route and validators, with no code written", async () => {
    const source = readFileSync(join(specDir, "paths/api_core_tenants_actions_count.yaml"), "utf8");
    writeFileSync(
      join(specDir, "paths/api_core_tenants_actions_tally.yaml"),
      source
        .replace("operationId: countTenants", "operationId: tallyTenants")
        .replace("x-client-method: tenants.count", "x-client-method: tenants.tally"),
    );
    edit("openapi.yaml", (text) =>
      text.replace(
        "  /api/core/tenants/actions/filter:",
        "  /api/core/tenants/actions/tally:\n    $ref: paths/api_core_tenants_actions_tally.yaml\n  /api/core/tenants/actions/filter:",
      ),
    );
    const result = generate();
    expect(result.status, result.stderr).toBe(0);

    const operations = await import(join(outDir, "operations.ts"));
    expect(operations.operationIds).toContain("tallyTenants");
    expect(operations.operationMetadata.tallyTenants).toMatchObject({
      method: "GET",
      path: "/api/core/tenants/actions/tally",
      clientMethod: "tenants.tally",
      rateLimit: { tier: 1, requestsPerMinute: 1000 },
    });
    expect(operations.resourceMethodByOperationId.tallyTenants).toBe("tenants.tally");
    const routes = await import(join(outDir, "routes.ts"));
    expect(routes.matchRoute("GET", "/api/core/tenants/actions/tally")).toEqual({
      kind: "operation",
      operationId: "tallyTenants",
      pathParams: {},
    });
    expect(routes.matchRoute("GET", "/api/core/tenants/actions/count")).toMatchObject({
      operationId: "countTenants",
    });
    // The validators import Ajv's run-time helpers, which resolve from the repository's install.
    symlinkSync(join(repoRoot, "node_modules"), join(workDir, "node_modules"));
    const { schemaValidators } = await import(join(outDir, "validators.ts"));
    const answer =
      schemaValidators[
        "#/paths/~1api~1core~1tenants~1actions~1tally/get/responses/200/content/application~1json/schema"
      ];
    expect(answer({ total: 42 })).toBe(true);
    expect(answer({ total: "many" })).toBe(false);

    // The resource method exists and works: it builds its request and hands it to the core.
    const { createResources } = await import(join(outDir, "resources.ts"));
    const sent: { url: string; operationId: string }[] = [];
    const resources = createResources({
      baseUrl: "https://org.example",
      send: async (build: () => { url: string; policy: { operationId: string } }) => {
        const request = build();
        sent.push({ url: request.url, operationId: request.policy.operationId });
        return { total: 7 };
      },
    });
    // Copied from countTenants, it takes its filter positionally too (x-client-arguments).
    await expect(resources.tenants.tally('subscriptionId eq "1"')).resolves.toEqual({
      total: 7,
    });
    expect(sent).toEqual([
      {
        url: "https://org.example/api/core/tenants/actions/tally?filter=subscriptionId%20eq%20%221%22",
        operationId: "tallyTenants",
      },
    ]);
    // And it is typed: a call with the wrong argument does not compile, the right one does.
    writeFileSync(
      join(workDir, "typed-call.ts"),
      [
        `import type { Resources } from "./out/resources.js";`,
        "declare const org: Resources;",
        `export const ok: Promise<{ total?: number }> = org.tenants.tally("x");`,
        "// @ts-expect-error the filter is a string",
        "org.tenants.tally(42);",
        "",
      ].join("\n"),
    );
    const typecheck = runScript("node_modules/typescript/bin/tsc", [
      "--noEmit",
      "--strict",
      "--skipLibCheck",
      "--target",
      "es2022",
      "--module",
      "nodenext",
      "--moduleResolution",
      "nodenext",
      join(workDir, "typed-call.ts"),
    ]);
    expect(typecheck.status, typecheck.stdout + typecheck.stderr).toBe(0);
  });
});

describe("the generator's command line", () => {
  it("prints its usage for --help and exits 0", () => {
    const result = runScript("scripts/generate/cli.mjs", ["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: node scripts\/generate\/cli\.mjs .*--spec/);
  });

  it("names an unknown option, prints the usage and exits 2, without a stack trace", () => {
    const result = runScript("scripts/generate/cli.mjs", ["--sepc", "spec/openapi.yaml"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("error: Unknown option '--sepc'");
    expect(result.stderr).toContain("Usage:");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("a successful generation", () => {
  it("reproduces the committed files and is a no-op the second time", () => {
    const fresh = join(workDir, "fresh");
    const first = runScript("scripts/generate/cli.mjs", [
      "--spec",
      join(specDir, "openapi.yaml"),
      "--out",
      fresh,
    ]);
    expect(first.status, first.stderr).toBe(0);
    expect(snapshot(fresh)).toEqual(snapshot(committedOut));

    const second = runScript("scripts/generate/cli.mjs", [
      "--spec",
      join(specDir, "openapi.yaml"),
      "--out",
      fresh,
    ]);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("up to date");
  });

  it("puts the do-not-edit banner on every generated file", () => {
    for (const [name, content] of Object.entries(snapshot(committedOut))) {
      expect(content.slice(0, 300), name).toContain("do not edit by hand");
    }
  });

  it("removes a generated file that the spec no longer produces, but keeps foreign files", () => {
    const banner = readFileSync(join(outDir, "index.ts"), "utf8").split("\n")[0];
    writeFileSync(join(outDir, "obsolete.ts"), `${banner}\nexport {};\n`);
    writeFileSync(join(outDir, "notes.txt"), "hand-written, not generated\n");
    const result = generate();
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(outDir).sort()).toEqual(
      [
        "cli-commands.ts",
        "index.ts",
        "notes.txt",
        "openapi.json",
        "operations.ts",
        "requests.ts",
        "resources.ts",
        "routes.ts",
        "schema.ts",
        "validators.ts",
      ].sort(),
    );
  });
});

describe("the generated-files check", () => {
  it("passes on the committed files", () => {
    const result = runScript("scripts/check-generated.mjs", []);
    expect(result.status, result.stderr).toBe(0);
  });

  it("fails and names the stale files when the spec changed without regenerating", () => {
    const file = specFileContaining("operationId: listOAuthClients");
    const path = join(specDir, file);
    writeFileSync(
      path,
      readFileSync(path, "utf8").replace(/summary: (.*)/, "summary: $1 (changed)"),
    );
    const result = runScript("scripts/check-generated.mjs", [
      "--spec",
      join(specDir, "openapi.yaml"),
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("schema.ts (differs)");
    expect(result.stderr).toContain("npm run generate");
  });
});
