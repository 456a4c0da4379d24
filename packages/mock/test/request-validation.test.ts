// The mock must reject requests that break the spec, so a client that sends them fails its tests.
// Each case pairs a valid request with the same request broken in one way.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type MockServer,
  parseViolationsHeader,
  startMockServer,
  validateResponse,
} from "../src/index.js";

interface Case {
  name: string;
  operationId:
    | "deleteOAuthClient"
    | "listOAuthClients"
    | "patchOAuthClient"
    | "createOAuthClient"
    | "listTenants"
    | "countTenants"
    | "requestToken";
  method: string;
  valid: { path: string; headers?: Record<string, string>; body?: unknown };
  broken: { path: string; headers?: Record<string, string>; body?: unknown };
  /** Words the violation must contain, so the rejection is for the reason the case names. */
  violation: RegExp;
}

const cases: Case[] = [
  {
    name: "DELETE without qlik-confirm-delete",
    operationId: "deleteOAuthClient",
    method: "DELETE",
    valid: { path: "/api/core/oauth-clients/abc", headers: { "qlik-confirm-delete": "abc" } },
    broken: { path: "/api/core/oauth-clients/abc" },
    violation: /qlik-confirm-delete/,
  },
  {
    name: "a sort outside its enum",
    operationId: "listOAuthClients",
    method: "GET",
    valid: { path: "/api/core/oauth-clients?sort=-createdAt" },
    broken: { path: "/api/core/oauth-clients?sort=-secret" },
    violation: /sort .*allowed values/,
  },
  {
    name: "a '+' sort sent unencoded (it arrives as a space)",
    operationId: "listOAuthClients",
    method: "GET",
    valid: { path: "/api/core/oauth-clients?sort=%2BclientName" },
    broken: { path: "/api/core/oauth-clients?sort=+clientName" },
    violation: /sort .*allowed values/,
  },
  {
    name: "a PATCH path outside /clientName and /description",
    operationId: "patchOAuthClient",
    method: "PATCH",
    valid: {
      path: "/api/core/oauth-clients/abc",
      body: [{ op: "replace", path: "/description", value: "x" }],
    },
    broken: {
      path: "/api/core/oauth-clients/abc",
      body: [{ op: "replace", path: "/appType", value: "x" }],
    },
    violation: /path .*\/clientName, \/description/,
  },
  {
    name: "a PATCH replace without value",
    operationId: "patchOAuthClient",
    method: "PATCH",
    valid: { path: "/api/core/oauth-clients/abc", body: [{ op: "remove", path: "/description" }] },
    broken: {
      path: "/api/core/oauth-clients/abc",
      body: [{ op: "replace", path: "/description" }],
    },
    violation: /value/,
  },
  {
    name: "a create body without clientName",
    operationId: "createOAuthClient",
    method: "POST",
    valid: { path: "/api/core/oauth-clients", body: { appType: "web", clientName: "ci" } },
    broken: { path: "/api/core/oauth-clients", body: { appType: "web" } },
    violation: /required property 'clientName'/,
  },
  {
    name: "a create body with an unknown appType",
    operationId: "createOAuthClient",
    method: "POST",
    valid: { path: "/api/core/oauth-clients", body: { appType: "spa", clientName: "ci" } },
    broken: { path: "/api/core/oauth-clients", body: { appType: "desktop", clientName: "ci" } },
    violation: /appType .*allowed values/,
  },
  {
    name: "a tenant sort on a field that cannot be sorted",
    operationId: "listTenants",
    method: "GET",
    valid: { path: "/api/core/tenants?sort=-createdAt,name" },
    broken: { path: "/api/core/tenants?sort=-licenseNumber" },
    violation: /sort .*pattern/,
  },
  {
    name: "a tenant count without its required filter",
    operationId: "countTenants",
    method: "GET",
    valid: { path: "/api/core/tenants/actions/count?filter=x" },
    broken: { path: "/api/core/tenants/actions/count" },
    violation: /filter/,
  },
  {
    name: "a token request without grant_type",
    operationId: "requestToken",
    method: "POST",
    valid: {
      path: "/oauth/token",
      body: { client_id: "a", client_secret: "b", grant_type: "client_credentials" },
    },
    broken: { path: "/oauth/token", body: { client_id: "a", client_secret: "b" } },
    violation: /grant_type/,
  },
];

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(async () => {
  await server?.close();
});

async function send(method: string, request: Case["valid"]): Promise<Response> {
  return fetch(`${server.url}${request.path}`, {
    method,
    headers: {
      authorization: "Bearer test-token",
      ...(request.body === undefined ? {} : { "content-type": "application/json" }),
      ...request.headers,
    },
    ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
  });
}

describe("request validation", () => {
  it.each(cases)("accepts the valid twin of: $name", async ({ method, valid }) => {
    const response = await send(method, valid);
    await response.body?.cancel();
    expect(response.headers.get("sl-violations")).toBeNull();
    expect(response.status).toBeLessThan(300);
  });

  it.each(cases)("rejects $name", async ({ operationId, method, broken, violation }) => {
    const response = await send(method, broken);
    const body = await response.json();
    // Prism answers the spec's own 400 where the operation declares one (all of ours do), else 422.
    expect(response.status).toBe(400);
    expect(validateResponse(operationId, 400, body)).toMatchObject({ valid: true });
    const violations = parseViolationsHeader(response.headers.get("sl-violations"));
    expect(violations.join("\n")).toMatch(violation);
  });
});
