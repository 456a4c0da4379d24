// A strict TypeScript consumer of the installed tarballs type-checks, and wrong calls do not.

import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { consumerProject } from "./support/consumer-project.js";
import { repoRoot, run } from "./support/repo.js";

const consumer = consumerProject();
const tsc = join(repoRoot, "node_modules/typescript/bin/tsc");
const resolutions = ["nodenext", "bundler"] as const;
/** Per module resolution: every reported error, grouped by file. */
const errorsByResolution = new Map<string, Map<string, string[]>>();

/** Groups `tsc --pretty false` output (`file(line,col): error TS…: …` plus indented lines) by file. */
function groupErrors(output: string): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  let last: string[] | undefined;
  for (const line of output.split("\n")) {
    const match = /^(.+?)\(\d+,\d+\): (error TS\d+: .*)$/.exec(line);
    if (match?.[1] && match[2]) {
      last = [match[2]];
      byFile.set(match[1], [...(byFile.get(match[1]) ?? []), ...last]);
    } else if (line.startsWith(" ") && last) {
      const list = byFile.get([...byFile.keys()].at(-1) ?? "");
      list?.push(line.trim());
    }
  }
  return byFile;
}

beforeAll(async () => {
  // One compiler run per resolution covers every file; they run side by side.
  await Promise.all(
    resolutions.map(async (resolution) => {
      const result = await run(
        process.execPath,
        [tsc, "-p", `tsconfig.${resolution}.json`, "--pretty", "false"],
        { cwd: consumer.dir },
      );
      errorsByResolution.set(resolution, groupErrors(result.stdout));
    }),
  );
});

const errorsIn = (resolution: string, file: string) =>
  errorsByResolution.get(resolution)?.get(file) ?? [];

describe.each(resolutions)('moduleResolution "%s", strict', (resolution) => {
  it("type-checks a consumer of the client, the generated types, the spec JSON and the mock", () => {
    expect(errorsIn(resolution, "good.ts")).toEqual([]);
  });

  it("rejects a path the spec does not have", () => {
    expect(errorsIn(resolution, "wrong-path.ts")).toEqual([
      expect.stringMatching(
        /^error TS2345: Argument of type '"\/api\/core\/tenant"' is not assignable/,
      ),
    ]);
  });

  it("rejects a request body without a required field", () => {
    const errors = errorsIn(resolution, "missing-body-field.ts");
    expect(errors[0]).toMatch(/^error TS2345: /);
    expect(errors.join("\n")).toMatch(
      /Property 'clientName' is missing in type '\{ appType: "web"; \}'/,
    );
  });

  it("rejects a value outside the spec's enum", () => {
    expect(errorsIn(resolution, "wrong-enum.ts")).toEqual([
      expect.stringMatching(
        /^error TS2322: Type '"desktop"' is not assignable to type '("web"|"native"|"spa"|"anonymous-embed"| \| )+'\.$/,
      ),
    ]);
  });
});
