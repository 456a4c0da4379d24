// The README's Vitest globalSetup snippet is the code of test/fixtures/vitest-mock-setup.ts, and that
// code works: it provides a URL the mock answers on, and its teardown frees the port.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { TestProject } from "vitest/node";
import setup from "./fixtures/vitest-mock-setup.js";

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
