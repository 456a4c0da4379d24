// The package as it ships: dependencies, builds, and a runtime with nothing Node-only.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { VERSION } from "../src/index.js";

const root = new URL("..", import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  version: string;
  dependencies: Record<string, string>;
  peerDependencies?: Record<string, string>;
  exports: Record<string, unknown>;
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe("package", () => {
  test("depends at runtime on openapi-fetch 0.17.0 and @qlik-org/generated only", () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["@qlik-org/generated", "openapi-fetch"]);
    expect(pkg.dependencies["openapi-fetch"]).toBe("0.17.0");
    expect(pkg.peerDependencies).toBeUndefined();
  });

  test("VERSION matches package.json", () => {
    expect(VERSION).toBe(pkg.version);
  });

  test("the runtime source imports nothing Node-only", () => {
    for (const file of sourceFiles(join(root, "src"))) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/from\s+["']node:|require\(|\bprocess\.[a-z]|\bBuffer\./);
      for (const [, specifier] of text.matchAll(/from\s+["']([^"']+)["']/g)) {
        expect(
          specifier?.startsWith(".") ||
            specifier === "openapi-fetch" ||
            specifier === "@qlik-org/generated",
          `${file} imports ${specifier}`,
        ).toBe(true);
      }
    }
  });

  test("ships ESM and CJS builds with declarations, importing only its dependencies", () => {
    for (const file of ["index.js", "index.cjs", "index.d.ts", "index.d.cts"]) {
      expect(existsSync(join(root, "dist", file)), file).toBe(true);
    }
    const esm = readFileSync(join(root, "dist/index.js"), "utf8");
    const cjs = readFileSync(join(root, "dist/index.cjs"), "utf8");
    const imported = [
      ...[...esm.matchAll(/^import .* from "([^"]+)"/gm)].map((m) => m[1]),
      ...[...cjs.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]),
    ];
    expect(new Set(imported)).toEqual(new Set(["@qlik-org/generated", "openapi-fetch"]));
  });

  test.each(["index.d.ts", "index.d.cts"])(
    "%s exports every type its public declarations name",
    (file) => {
      const dts = readFileSync(join(root, "dist", file), "utf8");
      // tsdown writes exports both inline (`export declare class X`) and as lists
      // (`export type { A, B };`); either makes a name importable.
      const inline = [
        ...dts.matchAll(/^export declare (?:interface|type|class|const|function|enum) ([\w$]+)/gm),
      ].map((match) => match[1]);
      const listed = [...dts.matchAll(/^export (?:type )?\{([^}]*)\};?\s*$/gm)].flatMap((match) =>
        (match[1] ?? "").split(",").map((name) =>
          name
            .trim()
            .replace(/^type /, "")
            .split(" as ")
            .pop(),
        ),
      );
      const exported = new Set([...inline, ...listed]);
      expect(exported.has("createOrgClient")).toBe(true);
      // The bundled declarations hold only what the exports reach, so each one is part of a
      // public signature and must be importable.
      const declared = [
        ...dts.matchAll(/^(?:declare )?(?:interface|type|class|const|function|enum) ([\w$]+)/gm),
      ].map((match) => match[1]);
      // The computed key of OrgClientError's util.inspect hook, Symbol.for(...): nobody names it.
      const internal = new Set(["inspectCustom"]);
      expect(declared.filter((name) => !exported.has(name) && !internal.has(name ?? ""))).toEqual(
        [],
      );
    },
  );

  test("the CJS build loads with require() and creates a client", () => {
    const require = createRequire(import.meta.url);
    const cjs = require(join(root, "dist/index.cjs")) as typeof import("../src/index.js");
    const org = cjs.createOrgClient({ auth: { accessToken: "cjs-token-1" } });
    expect(typeof org.GET).toBe("function");
    expect(typeof org.oauthClients.listAll).toBe("function");
    expect(new cjs.NotFoundError({} as never)).toBeInstanceOf(cjs.OrgApiError);
  });

  test("the ESM build loads and creates a client", async () => {
    const esm = (await import(join(root, "dist/index.js"))) as typeof import("../src/index.js");
    expect(typeof esm.createOrgClient({ auth: { accessToken: "esm-token-1" } }).tenants.list).toBe(
      "function",
    );
  });
});
