// Property-based: what the client sends for spec-valid input is accepted by the contract mock,
// and spec-invalid input is rejected, for every operation.

import { createOrgClient } from "@qlik-org/client";
import { type OperationId, operationIds, operationMetadata } from "@qlik-org/generated";
import { type MockServer, startMockServer } from "@qlik-org/mock";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
const invalidRuns = 8;

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

    const mutations = invalidMutations(operationId);
    // Operations whose only inputs are path segments have no spec-invalid variant to send.
    if (mutations.length === 0) return;
    it("the mock rejects spec-invalid requests", async () => {
      await fc.assert(
        fc.asyncProperty(
          requestArbitrary,
          fc.constantFrom(...mutations),
          async ({ seed: requestSeed, withOptional }, mutation) => {
            const valid = buildRequest(operationId, requestSeed, withOptional);
            fc.pre(isSpecValid(operationId, valid));
            const invalid = mutation.apply(valid);
            expect(isSpecValid(operationId, invalid), mutation.name).toBe(false);
            expect([400, 422], mutation.name).toContain(await send(operationId, invalid));
          },
        ),
        { seed, numRuns: invalidRuns },
      );
    });
  },
);

interface Mutation {
  readonly name: string;
  readonly apply: (request: SpecRequest) => SpecRequest;
}

/** Ways to break a valid request of `operationId`: drop a required field, leave an enum. */
function invalidMutations(operationId: OperationId): Mutation[] {
  const mutations: Mutation[] = [];
  const body = bodySchemaOf(operationId);
  const objectSchema = body?.type === "array" ? body.items : body;
  for (const field of objectSchema?.required ?? []) {
    mutations.push({
      name: `body without required ${field}`,
      apply: (request) => ({
        ...request,
        body: mapBody(request.body, (item) => omit(item, field)),
      }),
    });
  }
  for (const [field, property] of Object.entries<{ enum?: unknown[] }>(
    objectSchema?.properties ?? {},
  )) {
    if (!property.enum) continue;
    mutations.push({
      name: `body ${field} outside its enum`,
      apply: (request) => ({
        ...request,
        body: mapBody(request.body, (item) => ({ ...item, [field]: "not-a-documented-value" })),
      }),
    });
  }
  for (const parameter of parametersOf(operationId)) {
    if (parameter.in === "query" && parameter.schema.enum) {
      mutations.push({
        name: `query ${parameter.name} outside its enum`,
        apply: (request) => ({
          ...request,
          query: { ...request.query, [parameter.name]: "not-a-documented-value" },
        }),
      });
    }
    if (parameter.required && parameter.in !== "path") {
      mutations.push({
        name: `without required ${parameter.in} ${parameter.name}`,
        apply: (request) => ({
          ...request,
          [parameter.in]: omit(request[parameter.in], parameter.name),
        }),
      });
    }
  }
  return mutations;
}

function mapBody(
  body: unknown,
  change: (item: Record<string, unknown>) => Record<string, unknown>,
) {
  if (Array.isArray(body))
    return body.length === 0 ? [change({})] : body.map((item) => change(item));
  return change((body ?? {}) as Record<string, unknown>);
}

function omit<T extends Record<string, unknown>>(value: T, key: string): T {
  const { [key]: _dropped, ...rest } = value;
  return rest as T;
}
