// The README's snippets, run as written (give or take the test scaffolding), and its tables checked
// against the code.

import { readFileSync } from "node:fs";
import { createOrgClient, NotFoundError } from "@qlik-org/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestProject } from "vitest/node";
import * as everyExport from "../src/index.js";
import {
  assertMatchesSpec,
  createPrismHandler,
  type MockServer,
  SpecMismatchError,
  startMockServer,
} from "../src/index.js";
import setup from "./fixtures/vitest-mock-setup.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(async () => {
  await mock?.close();
});

describe("README examples", () => {
  it("the opening example: list, then assertMatchesSpec", async () => {
    const org = createOrgClient({
      baseUrl: mock.url,
      auth: { clientId: "id", clientSecret: "secret" },
    });
    const page = await org.oauthClients.list({ limit: 10 });
    assertMatchesSpec("listOAuthClients", 200, page);
    expect(page.data).toHaveLength(1);
  });

  it("a per-client fetch that adds Prefer", async () => {
    const org = createOrgClient({
      baseUrl: mock.url,
      auth: { clientId: "id", clientSecret: "secret" },
      retry: false,
      throttle: false,
      fetch: (input, init) => {
        const request = new Request(input, init);
        if (new URL(request.url).pathname !== "/oauth/token")
          request.headers.set("prefer", "code=404");
        return fetch(request);
      },
    });
    await expect(org.oauthClients.get("abc")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("createPrismHandler as the client's fetch, with no port", async () => {
    const handler = await createPrismHandler();
    const org = createOrgClient({
      baseUrl: "http://127.0.0.1",
      auth: { accessToken: "test" },
      fetch: (input, init) => handler.handle(new Request(input, init)),
    });
    const created = await org.oauthClients.create({ appType: "web", clientName: "ci" });
    expect(created.clientSecret).toBe("string");
  });

  it("the SpecMismatchError message", () => {
    const body = {
      data: [
        {
          appType: "desktop",
          clientId: "a",
          clientName: "a",
          createdAt: "2025-01-01T00:00:00Z",
          connectionConfig: { consentMethod: "required" },
        },
        {
          appType: "web",
          clientId: "b",
          clientName: "b",
          createdAt: "soon",
          connectionConfig: { consentMethod: "required" },
        },
      ],
    };
    expect(() => assertMatchesSpec("listOAuthClients", 200, body)).toThrow(SpecMismatchError);
    expect(() => assertMatchesSpec("listOAuthClients", 200, body)).toThrow(
      [
        "listOAuthClients 200 response does not match the spec:",
        "  - links is required",
        "  - data[0].appType must be one of web, native, spa, anonymous-embed",
        "  - data[1].createdAt must be a valid date-time",
      ].join("\n"),
    );
  });

  it("the options table lists exactly the fields of MockServerOptions", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const source = readFileSync(new URL("../src/start-mock-server.ts", import.meta.url), "utf8");
    const block = /interface MockServerOptions \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? "";
    const fields = [...block.matchAll(/^ {2}(\w+)\?:/gm)].map((m) => m[1]);
    // The options tables come before the exports table, whose rows look alike.
    const options = readme.slice(0, readme.indexOf("\n## Exports"));
    const rows = [...options.matchAll(/^\| `(\w+)` +\|/gm)].map((m) => m[1]);
    expect(fields.length).toBeGreaterThan(0);
    expect(rows).toEqual(fields);
  });
});

/** The code without its leading comment lines, imports sorted (Biome orders the fixture's its own way). */
function normalise(code: string): string {
  const lines = code.trim().split("\n");
  while (lines[0]?.startsWith("//") || lines[0] === "") lines.shift();
  const imports = lines.filter((line) => line.startsWith("import ")).sort();
  return [...imports, ...lines.filter((line) => !line.startsWith("import "))].join("\n");
}

describe("the README's Vitest globalSetup", () => {
  it("shows the fixture's code, with the package name as the import", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const snippet = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
      .map((m) => m[1] ?? "")
      .find((code) => code.includes("globalSetup"));
    const fixture = readFileSync(
      new URL("./fixtures/vitest-mock-setup.ts", import.meta.url),
      "utf8",
    );
    expect(snippet).toBeDefined();
    expect(normalise(snippet as string)).toBe(
      normalise(fixture.replace('"../../src/index.js"', '"@qlik-org/mock"')),
    );
  });

  it("provides the URL of a running mock, and its teardown closes it", async () => {
    const provided = new Map<string, unknown>();
    const project = {
      provide: (key: string, value: unknown) => provided.set(key, value),
    } as unknown as TestProject;
    const teardown = await setup(project);
    const url = provided.get("mockUrl") as string;
    try {
      const response = await fetch(`${url}/api/core/tenants/actions/count?filter=x`, {
        headers: { authorization: "Bearer t" },
      });
      expect(await response.json()).toEqual({ total: 42 });
    } finally {
      await teardown();
    }
    await expect(fetch(`${url}/api/core/tenants`)).rejects.toThrow();
  });
});

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

/** Names in the `export { … }` lists of a module, `type` exports included. */
function exportedNames(source: string): string[] {
  return [...source.matchAll(/export (?:type )?\{([^}]*)\}/g)].flatMap((match) =>
    (match[1] ?? "")
      .split(",")
      .map((entry) => entry.trim().replace(/^type\s+/, ""))
      .filter((name) => name !== ""),
  );
}

describe("the README's exports table", () => {
  it("names every export of the package, once, and nothing else", () => {
    const index = read("../src/index.ts");
    const web = read("../src/web.ts");
    const names = [
      ...exportedNames(index),
      ...exportedNames(web),
      ...exportedNames(read("../src/stateful/index.ts")),
    ];
    // The parser above follows `export *` only along index.ts → web.ts → stateful/index.ts.
    expect([...index.matchAll(/export \* from "([^"]+)"/g)].map((m) => m[1])).toEqual(["./web.js"]);
    expect([...web.matchAll(/export \* from "([^"]+)"/g)].map((m) => m[1])).toEqual([
      "./stateful/index.js",
    ]);
    const readme = read("../README.md");
    const section = readme.slice(readme.indexOf("\n## Exports"));
    const rows = [...section.matchAll(/^\| `(\w+)`\s*\|/gm)].map((m) => m[1]);
    expect([...rows].sort()).toEqual([...names].sort());
    expect(new Set(rows).size).toBe(rows.length);
  });

  it("lists every value the package exports at run time", () => {
    const readme = read("../README.md");
    for (const name of Object.keys(everyExport)) expect(readme).toContain(`| \`${name}\``);
  });
});
