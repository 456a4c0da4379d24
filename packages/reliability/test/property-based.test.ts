// Property-based: what the client sends for spec-valid input is accepted by the contract mock, for
// every operation; and every spec-invalid variant the spec names (a required field or parameter left
// out, a value outside an enum, a parameter outside its type, length or range) is rejected. The
// resource methods (org.oauthClients.*, org.tenants.*, org.auth) send what the mock accepts too.

import { createOrgClient, type OrgClient, resourceMethodByOperationId } from "@qlik-org/client";
import { type OperationId, operationIds, operationMetadata } from "@qlik-org/generated";
import { type MockServer, startMockServer } from "@qlik-org/mock";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type InvalidCase, invalidCasesOf } from "./support/invalid-requests.js";
import {
  bodySchemaOf,
  buildRequest,
  parametersOf,
  type SpecRequest,
  satisfies,
} from "./support/spec-requests.js";

// Seeded and bounded so every run checks the same cases in a few seconds.
const seed = 20_261_123;
const validRuns = 12;
const resourceRuns = 5;

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(async () => {
  await mock?.close();
});

function clientPreferring(status: number) {
  return createOrgClient({
    baseUrl: mock.url,
    auth: { accessToken: "property-token" },
    retry: false,
    throttle: false,
    // Ask Prism for the documented success status; it answers 400/422 instead when the request breaks the spec.
    fetch: (input, init) => {
      const request = new Request(input, init);
      request.headers.set("prefer", `code=${status}`);
      return fetch(request);
    },
  });
}

async function send(operationId: OperationId, request: SpecRequest): Promise<number> {
  const { method, path, successStatuses } = operationMetadata[operationId];
  const org = clientPreferring(successStatuses[0] ?? 200);
  const call = org[method as "GET" | "POST" | "PATCH" | "DELETE"] as (
    path: string,
    init: Record<string, unknown>,
  ) => Promise<{ response: Response }>;
  const { response } = await call(path, {
    params: { path: request.path, query: request.query, header: request.header },
    ...(request.body === undefined ? {} : { body: request.body }),
  });
  return response.status;
}

function isSpecValid(operationId: OperationId, request: SpecRequest): boolean {
  const bodySchema = bodySchemaOf(operationId);
  if (bodySchema && !satisfies(bodySchema, request.body)) return false;
  return parametersOf(operationId).every((parameter) => {
    const value = request[parameter.in][parameter.name];
    return value === undefined ? !parameter.required : satisfies(parameter.schema, value);
  });
}

const requestArbitrary = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 30 }),
  withOptional: fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
});

describe.each(operationIds.map((operationId) => ({ operationId })))(
  "$operationId",
  ({ operationId }) => {
    const success = operationMetadata[operationId].successStatuses[0];

    it("the mock accepts every spec-valid request the client sends", async () => {
      await fc.assert(
        fc.asyncProperty(requestArbitrary, async ({ seed: requestSeed, withOptional }) => {
          const request = buildRequest(operationId, requestSeed, withOptional);
          // json-schema-faker ignores 3.1's if/then; a generated request that breaks it is not "valid".
          fc.pre(isSpecValid(operationId, request));
          expect(await send(operationId, request)).toBe(success);
        }),
        { seed, numRuns: validRuns },
      );
    });
  },
);

/** The first seed's request (all optional parts filled in) that is spec-valid and that `invalid` can break. */
function validRequestFor(operationId: OperationId, invalid: InvalidCase): SpecRequest {
  for (let candidate = seed; candidate < seed + 200; candidate++) {
    const request = buildRequest(operationId, candidate, [true]);
    if (isSpecValid(operationId, request) && invalid.apply(request)) return request;
  }
  throw new Error(`no generated request of ${operationId} can be made "${invalid.name}"`);
}

describe.each(operationIds.map((operationId) => ({ operationId })))(
  "$operationId, spec-invalid",
  ({ operationId }) => {
    const cases = invalidCasesOf(operationId);
    if (cases.length === 0) {
      // Only unconstrained path segments: any non-empty segment is valid, so nothing can be broken.
      it("has no input the spec constrains", () => {
        expect(bodySchemaOf(operationId)).toBeUndefined();
        for (const parameter of parametersOf(operationId)) {
          expect(parameter).toMatchObject({ in: "path", schema: { type: "string" } });
          expect(Object.keys(parameter.schema)).toEqual(["type"]);
        }
      });
      return;
    }
    const success = operationMetadata[operationId].successStatuses[0];
    it.each(cases)("the mock rejects a request with $name", async (invalidCase) => {
      const valid = validRequestFor(operationId, invalidCase);
      const invalid = invalidCase.apply(valid) as SpecRequest;
      expect(isSpecValid(operationId, invalid)).toBe(false);
      // The same request unbroken is accepted, so the rejection is this case's doing.
      expect(await send(operationId, valid)).toBe(success);
      expect([400, 422]).toContain(await send(operationId, invalid));
    });
  },
);

/** Calls the resource method of each operation with the parts of a generated request it takes. */
const callResource: Record<
  OperationId,
  (org: OrgClient, request: SpecRequest) => Promise<unknown>
> = {
  requestToken: (org) => org.auth.getToken(),
  listTenants: (org, { query }) => org.tenants.list(query),
  getTenant: (org, { path }) => org.tenants.get(path.tenantId as string),
  countTenants: (org, { query }) => org.tenants.count(query.filter as string),
  filterTenants: (org, { body, query }) => org.tenants.filter(body as never, query),
  listOAuthClients: (org, { query }) => org.oauthClients.list(query),
  createOAuthClient: (org, { body }) => org.oauthClients.create(body as never),
  getOAuthClient: (org, { path }) => org.oauthClients.get(path.id as string),
  deleteOAuthClient: (org, { path }) => org.oauthClients.delete(path.id as string),
  patchOAuthClient: (org, { path, body }) =>
    org.oauthClients.update(path.id as string, body as never),
  createOAuthClientSecret: (org, { path }) => org.oauthClients.createSecret(path.id as string),
  deleteOAuthClientSecret: (org, { path }) =>
    org.oauthClients.deleteSecret(path.id as string, path.hint as string),
};

/** `/api/core/oauth-clients/{id}` as a pattern matching any one segment for `{id}`. */
function pathPattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escaped.replace(/\\\{[^}]+\\\}|\{[^}]+\}/g, "[^/]+")}$`);
}

describe.each(operationIds.map((operationId) => ({ operationId })))(
  "$operationId, through the resource method",
  ({ operationId }) => {
    const { method, path, successStatuses } = operationMetadata[operationId];
    it(`${resourceMethodByOperationId[operationId]} sends what the mock accepts`, async () => {
      let calls = 0;
      await fc.assert(
        fc.asyncProperty(requestArbitrary, async ({ seed: requestSeed, withOptional }) => {
          const request = buildRequest(operationId, requestSeed, withOptional);
          fc.pre(isSpecValid(operationId, request));
          const sent: { method: string; pathname: string; status: number }[] = [];
          const body = request.body as Record<string, string> | undefined;
          // The client refuses empty credentials up front, which the spec does not forbid.
          fc.pre(operationId !== "requestToken" || Boolean(body?.client_id && body.client_secret));
          const org = createOrgClient({
            baseUrl: mock.url,
            // The token operation is reached through credentials; every other one uses a token.
            auth:
              operationId === "requestToken"
                ? { clientId: body?.client_id ?? "", clientSecret: body?.client_secret ?? "" }
                : { accessToken: "property-token" },
            retry: false,
            throttle: false,
            fetch: async (input, init) => {
              const outgoing = new Request(input, init);
              outgoing.headers.set("prefer", `code=${successStatuses[0] ?? 200}`);
              const response = await fetch(outgoing);
              sent.push({
                method: outgoing.method,
                pathname: new URL(outgoing.url).pathname,
                status: response.status,
              });
              return response;
            },
          });
          // A 400/422 from the mock would reject here with the mock's validation message.
          await callResource[operationId](org, request);
          expect(sent).toHaveLength(1);
          expect(sent[0]).toMatchObject({ method, status: successStatuses[0] });
          expect(sent[0]?.pathname).toMatch(pathPattern(path));
          calls++;
        }),
        { seed, numRuns: resourceRuns },
      );
      // fc.pre may skip a run; at least one must have gone through the method.
      expect(calls).toBeGreaterThan(0);
    });
  },
);
