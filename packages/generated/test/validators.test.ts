// The precompiled validators: one for every schema a request or response carries, built at
// generation time, so that validating never compiles a schema or generates code at run time.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import spec from "../src/openapi.json" with { type: "json" };
import { schemaValidators } from "../src/validators.js";

const methods = ["get", "put", "post", "delete", "patch"] as const;
type Media = { schema?: unknown; example?: unknown };
type Holder = { $ref?: string; content?: Record<string, Media> };

/** Every request and response body of the spec that is written inline, with its pointer. */
function inlineBodies(): { pointer: string; media: Media }[] {
  const bodies: { pointer: string; media: Media }[] = [];
  const escapePointer = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");
  const add = (pointer: string, holder: Holder | undefined) => {
    if (!holder || holder.$ref) return;
    for (const [type, media] of Object.entries(holder.content ?? {})) {
      if (media.schema)
        bodies.push({ pointer: `${pointer}/content/${escapePointer(type)}/schema`, media });
    }
  };
  for (const [path, item] of Object.entries(
    spec.paths as Record<string, Record<string, unknown>>,
  )) {
    for (const method of methods) {
      const operation = item[method] as
        | { requestBody?: Holder; responses?: Record<string, Holder> }
        | undefined;
      if (!operation) continue;
      const pointer = `#/paths/${escapePointer(path)}/${method}`;
      add(`${pointer}/requestBody`, operation.requestBody);
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        add(`${pointer}/responses/${status}`, response);
      }
    }
  }
  for (const [name, response] of Object.entries(
    spec.components.responses as Record<string, Holder>,
  )) {
    add(`#/components/responses/${escapePointer(name)}`, response);
  }
  return bodies;
}

describe("schemaValidators", () => {
  it("has a validator for every component schema and every request and response body", () => {
    const expected = [
      ...Object.keys(spec.components.schemas).map((name) => `#/components/schemas/${name}`),
      ...inlineBodies().map((body) => body.pointer),
    ];
    expect(expected.length).toBeGreaterThan(30);
    for (const pointer of expected)
      expect(schemaValidators[pointer], pointer).toBeTypeOf("function");
  });

  it("accepts every example the spec gives for a body", () => {
    const withExamples = inlineBodies().filter((body) => body.media.example !== undefined);
    expect(withExamples.length).toBeGreaterThan(10);
    for (const { pointer, media } of withExamples) {
      const validate = schemaValidators[pointer];
      expect(validate?.(media.example), `${pointer}: ${JSON.stringify(validate?.errors)}`).toBe(
        true,
      );
    }
  });

  it("reports every failure of a broken body, naming the field and the keyword", () => {
    const validate = schemaValidators["#/components/schemas/OAuthClientCreateRequest"];
    expect(validate?.({ appType: "desktop" })).toBe(false);
    const failures = (validate?.errors ?? []).map((error) => [
      error.keyword,
      error.instancePath,
      error.params,
    ]);
    expect(failures).toContainEqual(["required", "", { missingProperty: "clientName" }]);
    expect(failures).toContainEqual(["enum", "/appType", expect.objectContaining({})]);
    // A valid call afterwards clears the errors of the one before.
    expect(validate?.({ appType: "web", clientName: "ci" })).toBe(true);
    expect(validate?.errors).toBeNull();
  });

  it("checks formats the spec names, such as date-time", () => {
    const validate = schemaValidators["#/components/schemas/Tenant"];
    const example = spec.components.examples.Tenant.value;
    expect(validate?.(example)).toBe(true);
    expect(validate?.({ ...example, createdAt: "yesterday" })).toBe(false);
    expect(validate?.errors?.[0]).toMatchObject({ keyword: "format", instancePath: "/createdAt" });
  });

  it("is generated code that neither compiles a schema nor evaluates a string at run time", () => {
    const source = readFileSync(new URL("../src/validators.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/new Function|\beval\(|\.compile\(/);
    expect(source).not.toMatch(/\brequire\(/);
  });
});
