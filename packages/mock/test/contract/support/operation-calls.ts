// How the contract tests call each operation: through every resource method that serves it, and
// through the path-based surface. The tables are keyed by operationId and checked against the
// spec at test time, so an operation added to the spec without an entry here fails the suite.

import type { OrgClient } from "@qlik-org/client";
import type { OperationId } from "@qlik-org/generated";
import type { SpecOperation, SpecRequestExample } from "../../support/spec-walk.js";

/** A resource-method call and how its result relates to the response body. */
export interface ResourceCall {
  /** `resource.method`, as in `org.oauthClients.list`. */
  readonly method: string;
  /** Calls the method with the example request. */
  readonly invoke: (
    org: OrgClient,
    request: SpecRequestExample,
    pageSize: number,
  ) => Promise<unknown>;
  /** What the method should resolve to for a 2xx body. */
  readonly expected: (body: unknown, status: number) => unknown;
}

type Query = Record<string, string>;
const asIs = (body: unknown) => body;
const nothing = () => undefined;
const firstPageItems = (body: unknown) => (body as { data: unknown[] }).data;

/** Takes the first `count` items of a listAll iterator and stops, so no further page is asked for. */
async function take<T>(iterable: AsyncIterable<T>, count: number): Promise<T[]> {
  const items: T[] = [];
  if (count === 0) return items;
  for await (const item of iterable) {
    items.push(item);
    if (items.length >= count) break;
  }
  return items;
}

const pathParam = (request: SpecRequestExample, name: string): string => {
  const value = request.pathParams[name];
  if (value === undefined) throw new Error(`the example request has no path parameter ${name}`);
  return value;
};

/** Every resource method of every operation. */
export const resourceCalls: Record<OperationId, readonly ResourceCall[]> = {
  requestToken: [
    {
      method: "auth.getToken",
      invoke: (org) => org.auth.getToken(),
      expected: (body) => (body as { access_token: string }).access_token,
    },
  ],
  listTenants: [
    {
      method: "tenants.list",
      invoke: (org, r) => org.tenants.list(r.query as Query),
      expected: asIs,
    },
    {
      method: "tenants.listAll",
      invoke: (org, r, pageSize) => take(org.tenants.listAll(r.query as Query), pageSize),
      expected: firstPageItems,
    },
  ],
  getTenant: [
    {
      method: "tenants.get",
      invoke: (org, r) => org.tenants.get(pathParam(r, "tenantId")),
      expected: asIs,
    },
  ],
  countTenants: [
    {
      method: "tenants.count",
      invoke: (org, r) => org.tenants.count(r.query.filter as string),
      expected: asIs,
    },
  ],
  filterTenants: [
    {
      method: "tenants.filter",
      invoke: (org, r) =>
        org.tenants.filter(
          r.body as Parameters<OrgClient["tenants"]["filter"]>[0],
          r.query as Query,
        ),
      expected: asIs,
    },
  ],
  listOAuthClients: [
    {
      method: "oauthClients.list",
      invoke: (org, r) => org.oauthClients.list(r.query as Query),
      expected: asIs,
    },
    {
      method: "oauthClients.listAll",
      invoke: (org, r, pageSize) => take(org.oauthClients.listAll(r.query as Query), pageSize),
      expected: firstPageItems,
    },
  ],
  createOAuthClient: [
    {
      method: "oauthClients.create",
      invoke: (org, r) =>
        org.oauthClients.create(r.body as Parameters<OrgClient["oauthClients"]["create"]>[0]),
      expected: asIs,
    },
  ],
  getOAuthClient: [
    {
      method: "oauthClients.get",
      invoke: (org, r) => org.oauthClients.get(pathParam(r, "id")),
      expected: asIs,
    },
  ],
  deleteOAuthClient: [
    {
      method: "oauthClients.delete",
      invoke: (org, r) => org.oauthClients.delete(pathParam(r, "id")),
      expected: nothing,
    },
  ],
  patchOAuthClient: [
    {
      method: "oauthClients.update",
      invoke: (org, r) =>
        org.oauthClients.update(
          pathParam(r, "id"),
          r.body as Parameters<OrgClient["oauthClients"]["update"]>[1],
        ),
      // 202 carries the new secret; 204 has no body and the method resolves to undefined.
      expected: (body, status) => (status === 204 ? undefined : body),
    },
  ],
  createOAuthClientSecret: [
    {
      method: "oauthClients.createSecret",
      invoke: (org, r) => org.oauthClients.createSecret(pathParam(r, "id")),
      expected: asIs,
    },
  ],
  deleteOAuthClientSecret: [
    {
      method: "oauthClients.deleteSecret",
      invoke: (org, r) => org.oauthClients.deleteSecret(pathParam(r, "id"), pathParam(r, "hint")),
      expected: nothing,
    },
  ],
};

type PathBasedCall = (
  path: string,
  init: {
    params: {
      path: Record<string, string>;
      query: Record<string, string>;
      header: Record<string, string>;
    };
    body?: unknown;
  },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** Calls an operation through `org.GET`, `org.POST`, … with the example request. */
export function callPathBased(
  org: OrgClient,
  operation: SpecOperation,
  request: SpecRequestExample,
): ReturnType<PathBasedCall> {
  const method = org[operation.method as "GET"] as unknown as PathBasedCall;
  return method.call(org, operation.path, {
    params: { path: request.pathParams, query: request.query, header: request.headers },
    ...(request.body === undefined ? {} : { body: request.body }),
  });
}
