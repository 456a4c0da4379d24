// Which resource method serves each operation of the spec. `satisfies` makes a missing or unknown
// operationId a type error, and a test checks the methods exist and call their operation.

import type { OperationId } from "@qlik-org/generated";

/** The resource method of every operationId, as `resource.method` on the client. */
export const resourceMethodByOperationId = {
  requestToken: "auth.getToken",
  listTenants: "tenants.list",
  getTenant: "tenants.get",
  countTenants: "tenants.count",
  filterTenants: "tenants.filter",
  listOAuthClients: "oauthClients.list",
  createOAuthClient: "oauthClients.create",
  getOAuthClient: "oauthClients.get",
  deleteOAuthClient: "oauthClients.delete",
  patchOAuthClient: "oauthClients.update",
  createOAuthClientSecret: "oauthClients.createSecret",
  deleteOAuthClientSecret: "oauthClients.deleteSecret",
} as const satisfies Record<OperationId, `${"auth" | "tenants" | "oauthClients"}.${string}`>;
