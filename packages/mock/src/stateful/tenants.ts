// Tenants as the organization stores them, how they are shown, and how their lists sort and filter.

import type { Tenant } from "@qlik-org/generated";
import { componentShape, type FieldShape, keepDocumented } from "./documented-fields.js";
import type { ListableResource } from "./list-query.js";
import type { FilterAttribute } from "./scim-filter-parser.js";
import { timestampValue } from "./sorting.js";

/** A tenant in the store (its `links` are made per request, from the URL the caller used). */
export type StoredTenant = Omit<Tenant, "links">;

let tenantShape: FieldShape | undefined;

/** The tenant's documented fields only (a copy), without `links`, as `snapshot()` shows it. */
export function toDocumentedTenant(tenant: StoredTenant): StoredTenant {
  tenantShape ??= componentShape("Tenant");
  const { links: _links, ...rest } = keepDocumented(tenantShape, tenant as Tenant);
  return rest;
}

/** The tenant as the tenant operations show it, with an absolute `links.self.href`. */
export function toTenant(tenant: StoredTenant, origin: string): Tenant {
  return {
    ...toDocumentedTenant(tenant),
    links: { self: { href: `${origin}/api/core/tenants/${encodeURIComponent(tenant.id)}` } },
  };
}

/**
 * Filterable attributes and the operators the docs allow for each; `countryCode`, `createdAt` and
 * `updatedAt` have no documented restriction. `originalId` is the tenant's `id` (documented as its
 * original id).
 */
export const tenantFilterAttributes: readonly FilterAttribute[] = [
  { name: "subscriptionId", type: "caseExactString", operators: ["eq"] },
  { name: "regionCode", type: "string", operators: ["eq", "ne"] },
  { name: "countryCode", type: "string", operators: ["eq", "ne", "co", "gt", "ge", "lt", "le"] },
  { name: "name", type: "string", operators: ["eq"] },
  { name: "hostnames", type: "string", operators: ["eq"] },
  { name: "createdAt", type: "dateTime", operators: ["eq", "ne", "co", "gt", "ge", "lt", "le"] },
  { name: "updatedAt", type: "dateTime", operators: ["eq", "ne", "co", "gt", "ge", "lt", "le"] },
  { name: "id", type: "caseExactString", operators: ["eq"] },
  { name: "status", type: "string", operators: ["eq", "ne"] },
  { name: "originalId", type: "caseExactString", operators: ["eq"] },
];

function filterValues(tenant: StoredTenant, attribute: string): readonly string[] | undefined {
  switch (attribute) {
    case "hostnames":
      return tenant.hostnames;
    case "originalId":
      return [tenant.id];
    default: {
      const value = tenant[attribute as keyof StoredTenant];
      return typeof value === "string" ? [value] : undefined;
    }
  }
}

/**
 * How `listTenants` and `filterTenants` sort, filter and page; `seedOrder` ranks tenants for ties.
 * The cursor is a tenant id (documented).
 */
export function tenantListing(
  seedOrder: ReadonlyMap<string, number>,
): ListableResource<StoredTenant> {
  return {
    sortFields: {
      name: (t) => t.name,
      regionCode: (t) => t.regionCode,
      countryCode: (t) => t.countryCode,
      hostnames: (t) => t.hostnames,
      createdAt: (t) => timestampValue(t.createdAt),
      updatedAt: (t) => timestampValue(t.updatedAt),
      status: (t) => t.status,
      subscriptionId: (t) => t.subscriptionId,
    },
    defaultSort: [{ field: "createdAt", descending: false }],
    filterAttributes: tenantFilterAttributes,
    readFilterValue: filterValues,
    sequenceOf: (t) => seedOrder.get(t.id) ?? Number.MAX_SAFE_INTEGER,
    encodeCursor: (t) => t.id,
    decodeCursor: (cursor, tenants) => tenants.find((t) => t.id === cursor),
  };
}
