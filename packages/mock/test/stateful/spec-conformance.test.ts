// The response checker the other suites lean on must itself catch what breaks the spec.

import { describe, expect, test } from "vitest";
import { specProblems } from "./support/spec-conformance.js";

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
  status,
  headers: new Headers({ "content-type": "application/json", ...headers }),
  text: JSON.stringify(body),
});

describe("specProblems", () => {
  test("accepts a conforming response", () => {
    expect(
      specProblems(
        "GET",
        "/api/core/tenants/abc",
        json(404, { errors: [{ code: "C", title: "T", status: "404" }] }),
      ),
    ).toEqual([]);
    expect(
      specProblems("DELETE", "/api/core/oauth-clients/x", {
        status: 204,
        headers: new Headers(),
        text: "",
      }),
    ).toEqual([]);
  });

  test.each([
    [
      "an undocumented status",
      "GET",
      "/api/core/tenants/abc",
      json(409, { errors: [] }),
      /status 409 is not documented/,
    ],
    [
      "a missing required field",
      "GET",
      "/api/core/oauth-clients/x",
      json(200, { clientId: "x", appType: "web", createdAt: "2026-01-01T00:00:00Z" }),
      /must have required property 'clientName'/,
    ],
    [
      "the wrong error shape for tenants",
      "GET",
      "/api/core/tenants/abc",
      json(404, { errors: [{ code: "C", title: "T" }] }),
      /required property 'status'/,
    ],
    [
      "a bad date-time",
      "GET",
      "/api/core/tenants/abc",
      json(200, {
        id: "a",
        status: "active",
        createdAt: "x",
        updatedAt: "2026-01-01T00:00:00Z",
        hostnames: [],
        regionCode: "r",
        countryCode: "c",
      }),
      /createdAt must match format/,
    ],
    [
      "a 429 without Retry-After",
      "GET",
      "/api/core/tenants",
      json(429, { errors: [] }),
      /required header Retry-After is missing/,
    ],
    [
      "a non-integer Retry-After",
      "GET",
      "/api/core/tenants",
      json(429, { errors: [] }, { "retry-after": "soon" }),
      /header Retry-After data must be integer/,
    ],
    [
      "a body on a 204",
      "DELETE",
      "/api/core/oauth-clients/x",
      { status: 204, headers: new Headers(), text: "{}" },
      /documents no body/,
    ],
    ["a path outside the spec", "GET", "/nowhere", json(200, {}), /not an operation of the spec/],
  ])("flags %s", (_, method, path, response, problem) => {
    const problems = specProblems(method, path, response);
    expect(problems.join("\n")).toMatch(problem);
  });
});
