import { type OAuthClientList, type OperationId, operationIds } from "@qlik-org/generated";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  assertMatchesSpec,
  SpecMismatchError,
  type SpecResponseBody,
  validateResponse,
} from "../src/index.js";
import { documentedResponses } from "./support/spec-walk.js";

const listItem = {
  appType: "web",
  clientId: "c-1",
  clientName: "ci",
  createdAt: "2025-11-06T14:30:00.123Z",
  connectionConfig: { consentMethod: "required" },
};

function listBody(item: Record<string, unknown>) {
  return { data: [item], links: {} };
}

function messageOf(
  body: unknown,
  operationId: OperationId = "listOAuthClients",
  status = 200,
): string {
  const result = validateResponse(operationId, status, body);
  if (result.valid) throw new Error("expected the body to break the spec");
  return result.message;
}

describe("validateResponse", () => {
  it.each(documentedResponses())(
    "accepts the spec's own example for $operationId $status",
    ({ operationId, status, example }) => {
      expect(validateResponse(operationId, status, example)).toEqual({
        valid: true,
        violations: [],
      });
    },
  );

  it("has an example to check for every operation", () => {
    const covered = new Set(documentedResponses().map((e) => e.operationId));
    expect([...covered].sort()).toEqual([...operationIds].sort());
  });

  it("names the field and the allowed values of an enum", () => {
    const message = messageOf(listBody({ ...listItem, appType: "desktop" }));
    expect(message).toContain("data[0].appType must be one of web, native, spa, anonymous-embed");
  });

  it("names a missing required field by its full path", () => {
    const { clientId: _, ...withoutId } = listItem;
    expect(messageOf(listBody(withoutId))).toContain("data[0].clientId is required");
  });

  it("names a wrong type and a bad date-time", () => {
    const message = messageOf(listBody({ ...listItem, clientName: 7, createdAt: "yesterday" }));
    expect(message).toContain("data[0].clientName must be a string");
    expect(message).toContain("data[0].createdAt must be a valid date-time");
  });

  it("reports every problem, one per line, under a heading naming the operation", () => {
    const message = messageOf({
      data: [
        { ...listItem, appType: "x" },
        { ...listItem, clientId: 1 },
      ],
    });
    expect(message.split("\n")).toEqual([
      "listOAuthClients 200 response does not match the spec:",
      "  - links is required",
      "  - data[0].appType must be one of web, native, spa, anonymous-embed",
      "  - data[1].clientId must be a string",
    ]);
  });

  it("calls the body itself `body`", () => {
    expect(messageOf([], "getTenant", 200)).toContain("body must be an object");
  });

  it("checks error bodies against the error schema of that status", () => {
    const notFound = { code: "TENANTS-404", title: "Not Found", status: "404" };
    expect(validateResponse("getTenant", 404, { errors: [notFound] }).valid).toBe(true);
    const { status: _, ...withoutStatus } = notFound;
    // TenantsError items need `status`; the shared Error items used by OAuth clients do not.
    expect(messageOf({ errors: [withoutStatus] }, "getTenant", 404)).toContain(
      "errors[0].status is required",
    );
    expect(validateResponse("getOAuthClient", 404, { errors: [withoutStatus] }).valid).toBe(true);
  });

  it("treats an undocumented status as a violation", () => {
    expect(messageOf({}, "getTenant", 500)).toContain(
      "status 500 is not documented (documented: 200, 400, 401, 403, 404, 429)",
    );
  });

  it("expects no body where the spec documents none", () => {
    expect(validateResponse("deleteOAuthClient", 204, undefined).valid).toBe(true);
    expect(validateResponse("patchOAuthClient", 204, null).valid).toBe(true);
    expect(messageOf({ done: true }, "patchOAuthClient", 204)).toContain("body must be empty");
  });

  it("never quotes the offending value, so a secret in a bad body stays out of the message", () => {
    const secret = "s3cr3t-value-that-must-not-leak";
    const result = validateResponse("createOAuthClientSecret", 201, {
      clientSecret: secret,
      hint: 42,
      clientId: secret,
      createdAt: secret,
    });
    expect(result.valid).toBe(false);
    expect(JSON.stringify(result)).not.toContain(secret);
  });

  it("says so when the operationId is not in the spec", () => {
    expect(messageOf({}, "noSuchOperation" as "listOAuthClients", 200)).toContain(
      "operationId noSuchOperation is not in the spec",
    );
  });
});

describe("assertMatchesSpec", () => {
  it("returns quietly for a matching body", () => {
    expect(() => assertMatchesSpec("countTenants", 200, { total: 3 })).not.toThrow();
  });

  it("throws a SpecMismatchError carrying the operation, status and violations", () => {
    let caught: unknown;
    try {
      assertMatchesSpec("listOAuthClients", 200, listBody({ ...listItem, appType: "desktop" }));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SpecMismatchError);
    const error = caught as SpecMismatchError;
    expect(error.name).toBe("SpecMismatchError");
    expect(error.operationId).toBe("listOAuthClients");
    expect(error.status).toBe(200);
    expect(error.violations).toEqual([
      { path: "data[0].appType", message: "must be one of web, native, spa, anonymous-embed" },
    ]);
    expect(error.message).toContain(
      "data[0].appType must be one of web, native, spa, anonymous-embed",
    );
  });

  it("narrows the body to the documented type", () => {
    const body: unknown = listBody(listItem);
    assertMatchesSpec("listOAuthClients", 200, body);
    expectTypeOf(body).toEqualTypeOf<OAuthClientList>();
    expect(body.data[0]?.clientId).toBe("c-1");
  });

  it("types bodies per status, with undefined where the spec has none", () => {
    expectTypeOf<SpecResponseBody<"patchOAuthClient", 202>>().toEqualTypeOf<{
      clientSecret: string;
    }>();
    expectTypeOf<SpecResponseBody<"patchOAuthClient", 204>>().toEqualTypeOf<undefined>();
    expectTypeOf<SpecResponseBody<"listOAuthClients", number>>().toEqualTypeOf<unknown>();
    expectTypeOf<SpecResponseBody<"getTenant", 418>>().toBeNever();
  });
});
