// How a schema failure reads in a 400 from the stateful mock and in validateResponse: each keyword's
// sentence, and the path it names.

import { describe, expect, test } from "vitest";
import { formatSpecViolation, toSpecViolations } from "../src/format-schema-error.js";

const line = (error: {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}) => toSpecViolations([error]).map(formatSpecViolation);

describe("one sentence per keyword", () => {
  test.each([
    [
      { instancePath: "", keyword: "required", params: { missingProperty: "appType" } },
      "appType is required",
    ],
    [
      {
        instancePath: "/data/0",
        keyword: "additionalProperties",
        params: { additionalProperty: "extra" },
      },
      "data[0].extra is not allowed by the spec",
    ],
    [
      {
        instancePath: "",
        keyword: "unevaluatedProperties",
        params: { unevaluatedProperty: "other" },
      },
      "other is not allowed by the spec",
    ],
    [
      {
        instancePath: "/appType",
        keyword: "enum",
        params: { allowedValues: ["web", "native", 3] },
      },
      "appType must be one of web, native, 3",
    ],
    [
      { instancePath: "/op", keyword: "const", params: { allowedValue: "remove" } },
      "op must be remove",
    ],
    [{ instancePath: "/limit", keyword: "const", params: { allowedValue: 5 } }, "limit must be 5"],
    [
      { instancePath: "/scopes", keyword: "const", params: { allowedValue: ["read"] } },
      'scopes must be ["read"]',
    ],
    [
      { instancePath: "/limit", keyword: "type", params: { type: "integer" } },
      "limit must be an integer",
    ],
    [
      { instancePath: "/name", keyword: "type", params: { type: ["string", "null"] } },
      "name must be a string or null",
    ],
    [
      { instancePath: "/at", keyword: "format", params: { format: "date-time" } },
      "at must be a valid date-time",
    ],
    [
      { instancePath: "/0", keyword: "oneOf", params: {} },
      "[0] must match exactly one of the shapes the spec allows",
    ],
    [
      { instancePath: "/0", keyword: "anyOf", params: {} },
      "[0] must match one of the shapes the spec allows",
    ],
    [
      {
        instancePath: "/name",
        keyword: "maxLength",
        params: {},
        message: "must NOT have more than 3 characters",
      },
      "name must NOT have more than 3 characters",
    ],
    [{ instancePath: "/name", keyword: "pattern", params: {} }, 'name breaks the "pattern" rule'],
  ])("%j → %s", (error, expected) => {
    expect(line(error)).toEqual([expected]);
  });

  test("an `if` failure is left out: the failing `then` keyword says what is wrong", () => {
    expect(line({ instancePath: "", keyword: "if", params: { failingKeyword: "then" } })).toEqual(
      [],
    );
  });
});

describe("the path", () => {
  test.each([
    ["", "body"],
    ["/data/0/appType", "data[0].appType"],
    ["/data/10", "data[10]"],
    ["/0abc", '["0abc"]'],
    ["/a~1b/c~0d", '["a/b"]["c~d"]'],
    ["/connectionConfig/consent-method", 'connectionConfig["consent-method"]'],
    ["/$ref/_x1", "$ref._x1"],
  ])("%s → %s", (instancePath, path) => {
    expect(
      toSpecViolations([{ instancePath, keyword: "required", params: { missingProperty: "x" } }]),
    ).toEqual([{ path: instancePath === "" ? "x" : `${path}.x`, message: "is required" }]);
    expect(
      toSpecViolations([{ instancePath, keyword: "format", params: { format: "uri" } }]),
    ).toEqual([{ path, message: "must be a valid uri" }]);
  });

  test("names another subject when the value is not a body", () => {
    expect(
      toSpecViolations(
        [{ instancePath: "", keyword: "type", params: { type: "integer" } }],
        'query parameter "limit"',
      ),
    ).toEqual([{ path: 'query parameter "limit"', message: "must be an integer" }]);
  });

  test("the same failure reported twice is shown once", () => {
    const error = { instancePath: "/a", keyword: "type", params: { type: "object" } };
    expect(toSpecViolations([error, error, { ...error, instancePath: "/b" }])).toEqual([
      { path: "a", message: "must be an object" },
      { path: "b", message: "must be an object" },
    ]);
  });
});
