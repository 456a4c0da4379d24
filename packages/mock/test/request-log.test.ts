import { describe, expect, it } from "vitest";
import { formatRequestLogLine, parseViolationsHeader } from "../src/index.js";

describe("formatRequestLogLine", () => {
  it("prints method, path, status and whole milliseconds", () => {
    expect(
      formatRequestLogLine({
        method: "GET",
        path: "/api/core/tenants?limit=5",
        status: 200,
        durationMs: 3.4,
        violations: [],
      }),
    ).toBe("GET /api/core/tenants?limit=5 200 3ms");
  });

  it("adds the violations on the same line", () => {
    expect(
      formatRequestLogLine({
        method: "DELETE",
        path: "/api/core/oauth-clients/x",
        status: 400,
        durationMs: 1,
        violations: ["request.header: missing qlik-confirm-delete", "request.body: bad"],
      }),
    ).toBe(
      "DELETE /api/core/oauth-clients/x 400 1ms (request.header: missing qlik-confirm-delete; request.body: bad)",
    );
  });
});

describe("parseViolationsHeader", () => {
  it("reads Prism's JSON list", () => {
    const header = JSON.stringify([
      {
        location: ["request", "query", "sort"],
        severity: "Error",
        code: "enum",
        message: "bad sort",
      },
    ]);
    expect(parseViolationsHeader(header)).toEqual(["request.query.sort: bad sort"]);
  });

  it("keeps a truncated list as it is", () => {
    expect(parseViolationsHeader("Too many violations! [{")).toEqual(["Too many violations! [{"]);
  });

  it("returns nothing when there is no header", () => {
    expect(parseViolationsHeader(null)).toEqual([]);
  });
});
