// Every operation × every documented status, read from the spec at test time, called through the
// client against the Prism mock. A status or operation the spec gains without a matching entry in
// support/ fails here, and the closing coverage check fails below 100%.

import {
  createOrgClient,
  type OrgClient,
  RateLimitError,
  resourceMethodByOperationId,
} from "@qlik-org/client";
import type { OperationId } from "@qlik-org/generated";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assertMatchesSpec,
  type MockServer,
  parseViolationsHeader,
  startMockServer,
} from "../../src/index.js";
import {
  documentedResponses,
  requestExample,
  type SpecOperation,
  specOperations,
} from "../support/spec-walk.js";
import { expectedErrorClass } from "./support/expected-errors.js";
import { callPathBased, resourceCalls } from "./support/operation-calls.js";
import {
  createRecordingFetch,
  type Exchange,
  type RecordingFetch,
} from "./support/recording-fetch.js";

const operations = specOperations();
const pairs = operations.flatMap((operation) =>
  operation.statuses.map((status) => ({ operationId: operation.operationId, status, operation })),
);
const credentials = requestExample(find("requestToken")).body as {
  client_id: string;
  client_secret: string;
};
const passed = { resource: new Set<string>(), pathBased: new Set<string>() };

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(async () => {
  await mock?.close();
});

function find(operationId: string): SpecOperation {
  const operation = specOperations().find((o) => o.operationId === operationId);
  if (!operation) throw new Error(`${operationId} is not in the spec`);
  return operation;
}

/** A client whose requests to the operation under test carry `Prefer: code=<status>`. */
function clientFor(
  operationId: OperationId,
  status: number,
): { org: OrgClient; recorder: RecordingFetch } {
  const tokenPath = find("requestToken").path;
  const recorder = createRecordingFetch({
    prefer: (url) =>
      (url.pathname === tokenPath) === (operationId === "requestToken")
        ? `code=${status}`
        : undefined,
  });
  const org = createOrgClient({
    baseUrl: mock.url,
    auth: { clientId: credentials.client_id, clientSecret: credentials.client_secret },
    // Error statuses must reach the caller as they are: no retry, no client-side spacing.
    retry: false,
    throttle: false,
    fetch: recorder.fetch,
  });
  return { org, recorder };
}

function routePattern(operation: SpecOperation): RegExp {
  const segments = operation.path
    .split("/")
    .map((s) => (/^\{[^}]+\}$/.test(s) ? "[^/]+" : s.replace(/[.*+?^$()|[\]\\]/g, "\\$&")));
  return new RegExp(`^${segments.join("/")}$`);
}

/** The mock accepted every request of the exchange list, and answered the operation with `status`. */
function expectAcceptedAndAnswered(
  exchanges: Exchange[],
  operation: SpecOperation,
  status: number,
): Exchange {
  const rejected = exchanges
    .map((e) => ({ e, violations: parseViolationsHeader(e.responseHeaders.get("sl-violations")) }))
    .filter(({ violations }) => violations.length > 0)
    .map(
      ({ e, violations }) =>
        `${e.method} ${e.url.pathname}${e.url.search}: ${violations.join("; ")}`,
    );
  expect(rejected, "requests the mock found at odds with the spec").toEqual([]);
  const pattern = routePattern(operation);
  const own = exchanges.filter(
    (e) => e.method === operation.method && pattern.test(e.url.pathname),
  );
  expect(own.length, `requests to ${operation.method} ${operation.path}`).toBeGreaterThan(0);
  expect(own.map((e) => e.status)).toEqual(own.map(() => status));
  return own[own.length - 1] as Exchange;
}

function pageSize(operationId: OperationId): number {
  const example = documentedResponses().find(
    (r) => r.operationId === operationId && r.status === 200,
  )?.example;
  return ((example as { data?: unknown[] } | undefined)?.data ?? []).length;
}

describe("the contract tables", () => {
  it("have a resource call for exactly the operations in the spec", () => {
    expect(Object.keys(resourceCalls).sort()).toEqual(operations.map((o) => o.operationId).sort());
  });

  it("call the resource method the client registers for each operation", () => {
    for (const [operationId, method] of Object.entries(resourceMethodByOperationId)) {
      expect(resourceCalls[operationId as OperationId]?.map((c) => c.method)).toContain(method);
    }
  });
});

describe.each(pairs)("$operationId $status", ({ operationId, status, operation }) => {
  const isSuccess = status >= 200 && status < 300;
  const request = requestExample(operation);

  it("through the resource methods", async () => {
    const calls = resourceCalls[operationId];
    expect(
      calls,
      `no resource call for ${operationId} in support/operation-calls.ts`,
    ).toBeDefined();
    const ErrorClass = isSuccess ? undefined : expectedErrorClass(operationId, status);
    if (!isSuccess)
      expect(
        ErrorClass,
        `no error class for ${status} in support/expected-errors.ts`,
      ).toBeDefined();

    for (const call of calls ?? []) {
      const { org, recorder } = clientFor(operationId, status);
      const outcome = await call.invoke(org, request, pageSize(operationId)).then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error }),
      );
      const exchange = expectAcceptedAndAnswered(recorder.exchanges, operation, status);
      assertMatchesSpec(operationId, status, exchange.responseBody);

      if (isSuccess) {
        expect(outcome, `${call.method} threw`).toMatchObject({ ok: true });
        if (outcome.ok) expect(outcome.value).toEqual(call.expected(exchange.responseBody, status));
        continue;
      }
      expect(outcome.ok, `${call.method} resolved instead of throwing`).toBe(false);
      if (outcome.ok || !ErrorClass) continue;
      const first = (exchange.responseBody as { errors: { code: string; title: string }[] })
        .errors[0];
      expect(outcome.error).toBeInstanceOf(ErrorClass);
      expect(outcome.error).toMatchObject({
        status,
        code: first?.code,
        title: first?.title,
        operationId,
      });
      if (outcome.error instanceof RateLimitError) {
        expect(outcome.error.retryAfterMs).toBe(
          Number(exchange.responseHeaders.get("retry-after")) * 1000,
        );
      }
    }
    passed.resource.add(`${operationId} ${status}`);
  });

  it("through the path-based surface", async () => {
    const { org, recorder } = clientFor(operationId, status);
    const { data, error, response } = await callPathBased(org, operation, request);
    const exchange = expectAcceptedAndAnswered(recorder.exchanges, operation, status);
    expect(response.status).toBe(status);
    assertMatchesSpec(operationId, status, exchange.responseBody);
    if (isSuccess) {
      expect(error).toBeUndefined();
      expect(data).toEqual(exchange.responseBody);
    } else {
      expect(data).toBeUndefined();
      expect(error).toEqual(exchange.responseBody);
    }
    passed.pathBased.add(`${operationId} ${status}`);
  });
});

describe("contract coverage", () => {
  it("covers every operation and every documented status, through both surfaces", ({ task }) => {
    const covered = (key: string) => passed.resource.has(key) && passed.pathBased.has(key);
    const pairKeys = pairs.map((p) => `${p.operationId} ${p.status}`);
    const coveredPairs = pairKeys.filter(covered);
    const coveredOperations = operations.filter((o) =>
      o.statuses.every((status) => covered(`${o.operationId} ${status}`)),
    );
    const line =
      `contract coverage: ${coveredOperations.length}/${operations.length} operations, ` +
      `${coveredPairs.length}/${pairKeys.length} operation-status pairs`;
    // support/coverage-reporter.ts prints it once the whole run is over.
    task.meta.contractCoverage = line;
    expect(
      pairKeys.filter((key) => !covered(key)),
      `${line}; pairs without a passing contract test`,
    ).toEqual([]);
    expect(coveredOperations).toHaveLength(operations.length);
  });
});
