// The README's tables are checked against the code, so they cannot drift.

import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { createApiError, REQUEST_ID_HEADERS } from "../src/error-factory.js";
import { errorClassByStatus, OrgApiError } from "../src/errors.js";
import * as client from "../src/index.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** The fields of an error response, for building errors directly. */
const init = {
  status: 503,
  message: "m",
  code: undefined,
  title: undefined,
  detail: undefined,
  errors: [],
  body: undefined,
  operationId: undefined,
  requestId: undefined,
  retryAfterMs: undefined,
  request: { method: "GET", url: "https://console.qlikcloud.com/x" },
};

/** The rows of the first table under a `## heading`, as arrays of cell texts. */
function tableUnder(heading: string): string[][] {
  const start = readme.indexOf(`\n## ${heading}\n`);
  expect(start, `README has a "## ${heading}" section`).toBeGreaterThan(-1);
  const section = readme.slice(start + 1).split(/\n## /)[0] ?? "";
  const rows = section
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .map((line) =>
      line
        .slice(1, -1)
        .split("|")
        .map((cell) => cell.trim().replace(/`/g, "")),
    );
  return rows.slice(2);
}

describe("README", () => {
  test("the status → class table matches the code, both ways", () => {
    const rows = tableUnder("Errors");
    const documented = new Map(rows.map(([status, name]) => [status ?? "", name ?? ""]));
    for (const [status, ErrorClass] of Object.entries(errorClassByStatus)) {
      expect(documented.get(status), `README row for ${status}`).toBe(ErrorClass.name);
    }
    for (const [status, name] of documented) {
      const exported = (client as Record<string, unknown>)[name];
      expect(exported, `${name} is exported`).toBeTypeOf("function");
      if (status === "any other") {
        expect(exported).toBe(OrgApiError);
        continue;
      }
      if (status.includes(",")) {
        const statuses = status.split(",").map(Number);
        expect(statuses).toEqual([301, 302, 303, 307, 308]);
        for (const redirect of statuses) {
          expect(
            createApiError({ ...init, status: redirect }),
            `code maps ${redirect}`,
          ).toBeInstanceOf(exported as typeof OrgApiError);
        }
        continue;
      }
      expect(errorClassByStatus[Number(status)], `code maps ${status}`).toBe(exported);
    }
    expect(documented.get("any other")).toBe("OrgApiError");
  });

  test("the OrgApiError field list names every field an error shows", () => {
    const paragraph = readme.slice(readme.indexOf("`OrgApiError` fields"));
    const listed = paragraph.slice(0, paragraph.indexOf("\n\n"));
    const error = new OrgApiError(init);
    const shown = Object.keys(error.toJSON()).filter((key) => key !== "name" && key !== "message");
    expect(shown.length).toBeGreaterThan(5);
    for (const field of [...shown, "body"]) {
      expect(listed, `README lists ${field}`).toContain(`\`${field}\``);
    }
    for (const header of REQUEST_ID_HEADERS) {
      expect(listed, `README names the ${header} header`).toContain(`\`${header}\``);
    }
  });

  test("the resource method table lists every operation with its method", () => {
    const rows = tableUnder("Two ways to call");
    const documented = new Set(
      rows.map(([method, operationId]) => `${operationId} ${method?.replace(/^org\.|\(.*$/g, "")}`),
    );
    for (const [operationId, method] of Object.entries(client.resourceMethodByOperationId)) {
      expect(documented.has(`${operationId} ${method}`), `${operationId} → ${method}`).toBe(true);
    }
  });

  test("has the sections a user looks for, in order", () => {
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    const wanted = [
      "Auth",
      "Errors",
      "Retries",
      "Rate limits",
      "Pagination",
      "Timeouts and aborts",
      "Logging",
    ];
    expect(headings.filter((heading) => wanted.includes(heading ?? ""))).toEqual(wanted);
  });

  test("opens with one sentence, the install command and an example of at most 10 lines", () => {
    const blocks = [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)];
    expect(blocks[0]?.[2]).toContain("npm install @qlik-org/client");
    const example = blocks[1]?.[2] ?? "";
    expect(example).toContain("createOrgClient");
    expect(example.trimEnd().split("\n").length).toBeLessThanOrEqual(10);
    // The same code lives in test/readme-example.ts, which the typecheck task compiles.
    const checked = readFileSync(new URL("./readme-example.ts", import.meta.url), "utf8");
    expect(example).toBe(
      checked.slice(checked.indexOf("import ")).replace('"../src/index.js"', '"@qlik-org/client"'),
    );
  });
});
