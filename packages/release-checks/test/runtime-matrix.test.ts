// The support table, test by test: each runtime runs the packed packages from a project outside
// the repository, and the README's table and every package's `engines` say what passed here.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumerProject } from "./support/consumer-project.js";
import { publicPackages } from "./support/public-packages.js";
import { repoRoot } from "./support/repo.js";
import {
  type CheckReport,
  copyFixtureScripts,
  type RuntimeRunner,
  startRuntimeRunner,
} from "./support/runtime-runners.js";
import {
  type CheckName,
  expectedRuntimeName,
  installRuntime,
  packageColumns,
  type Runtime,
  runtimes,
} from "./support/runtimes.js";

const consumer = consumerProject();
const spec = JSON.parse(
  readFileSync(join(repoRoot, "packages/generated/src/openapi.json"), "utf8"),
);
const specOperationIds = Object.values(spec.paths).flatMap((item) =>
  Object.values(item as Record<string, { operationId?: string }>)
    .map((operation) => operation.operationId)
    .filter((id): id is string => typeof id === "string"),
);

/** What each check must report, whatever the runtime. */
const expectations: Record<
  CheckName,
  { readonly title: string; verify(report: CheckReport): void }
> = {
  generated: {
    title: "@qlik-org/generated: operation metadata and the bundled spec",
    verify(report) {
      expect(report).toMatchObject({
        tokenPath: "/oauth/token",
        deleteMethod: "DELETE",
        specTitle: spec.info.title,
        specPaths: Object.keys(spec.paths).length,
      });
      expect([...(report.operationIds as string[])].sort()).toEqual([...specOperationIds].sort());
    },
  },
  client: {
    title:
      "@qlik-org/client: token, create, list, listAll, filter, secrets to the 409, delete, a typed 404",
    verify(report) {
      const created = report.created as string[];
      expect(new Set(created).size).toBe(3);
      expect(report).toMatchObject({
        tokenIsString: true,
        secretsReturned: true,
        firstPageSize: 1,
      });
      // listAll pages by 1, so every created client came through links.next.href.
      expect([...(report.listed as string[])].sort()).toEqual([...created].sort());
      expect(report.filtered).toEqual(["matrix-b"]);
      // Created with one secret, so four more fit and the fifth added is refused.
      expect(report).toMatchObject({
        secretsAdded: 4,
        secretRefused: { isConflict: true, status: 409 },
      });
      expect(report.afterDelete).toEqual({ isNotFound: true, name: "NotFoundError", status: 404 });
    },
  },
  "mock-engine": {
    title: "@qlik-org/mock stateful engine: the client flow through org.fetch, with no port",
    verify(report) {
      expectations.client.verify(report);
    },
  },
  "mock-stateful": {
    title: "@qlik-org/mock stateful server: token, create, read back",
    verify(report) {
      expect(report).toMatchObject({
        tokenStatus: 200,
        createStatus: 201,
        readStatus: 200,
        readName: "matrix",
      });
    },
  },
  "mock-prism": {
    title: "@qlik-org/mock Prism server: an example answer and a 400 for a broken request",
    verify(report) {
      expect(report).toMatchObject({ listStatus: 200, listHasData: true, invalidStatus: 400 });
    },
  },
  cli: {
    title: "@qlik-org/cli: qlik-org lists, creates, pages with --all and exits 4 on a 404",
    verify(report) {
      expect(report).toMatchObject({
        listStatus: 0,
        tenants: 3,
        createdName: "matrix-cli",
        listedClients: 1,
        notFoundExit: 4,
      });
    },
  },
};

let scriptsDir = "";
beforeAll(async () => {
  // Installs run side by side; each runtime's own beforeAll then finds its install ready.
  const [dir] = await Promise.all([
    copyFixtureScripts(consumer.dir, "runtimes"),
    ...runtimes.filter((runtime) => runtime.bin).map((runtime) => installRuntime(runtime)),
  ]);
  scriptsDir = dir;
}, 300_000);

describe.each(runtimes)("$label", (runtime: Runtime) => {
  let runner: RuntimeRunner | undefined;
  beforeAll(async () => {
    runner = await startRuntimeRunner(runtime, scriptsDir);
  }, 300_000);
  afterAll(async () => {
    await runner?.close();
  });

  for (const check of runtime.checks) {
    it(expectations[check].title, async () => {
      const report = await (runner as RuntimeRunner).run(check);
      expect(report.runtime).toMatch(expectedRuntimeName(runtime));
      expectations[check].verify(report);
    });
  }
});

describe("what the repository claims", () => {
  it("the README's support table has a ✓ exactly where a runtime passes a check above", () => {
    const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
    const table = /<!-- support-table:start -->([\s\S]*?)<!-- support-table:end -->/.exec(readme);
    expect(table, "README.md has no support-table markers").not.toBeNull();
    const rows = (table?.[1] ?? "")
      .split("\n")
      .filter((line) => line.startsWith("|"))
      .map((line) =>
        line
          .split("|")
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    expect(rows[0]?.slice(1)).toEqual(packageColumns.map((column) => column.heading));
    const claimed = rows.slice(2).map(([label, ...cells]) => ({
      label,
      checks: packageColumns
        .filter((_, index) => cells[index]?.startsWith("✓"))
        .map((column) => column.check),
    }));
    expect(claimed).toEqual(
      runtimes.map((runtime) => ({ label: runtime.label, checks: [...runtime.checks] })),
    );
  });

  it.each(publicPackages)(
    "$name's engines.node lists exactly the Node rows it passes",
    ({ name, dir }) => {
      const manifest = JSON.parse(readFileSync(join(repoRoot, dir, "package.json"), "utf8"));
      const checks = packageColumns
        .filter((column) => column.packageName === name)
        .map((column) => column.check);
      const ranges = runtimes
        .filter((runtime) => runtime.engineRange)
        .filter((runtime) => checks.every((check) => runtime.checks.includes(check)))
        .map((runtime) => runtime.engineRange);
      expect(manifest.engines?.node).toBe(ranges.join(" || "));
    },
  );
});
