// `org.tenants`: the four tenant operations, returning data and throwing typed errors.

import {
  type components,
  operationMetadata,
  type operations,
  type Tenant,
  type TenantCount,
  type TenantFilterRequest,
  type TenantList,
} from "@qlik-org/generated";
import { paginate } from "../pagination.js";
import { rejectBadArgument } from "./arguments.js";
import {
  fetchInit,
  fetchPage,
  type RequestOptions,
  type ResourceContext,
  unwrap,
} from "./context.js";

/** Query parameters of `listTenants`. */
export type ListTenantsQuery = NonNullable<operations["listTenants"]["parameters"]["query"]>;

/** Query parameters of `filterTenants` (the filter itself goes in the body). */
export type FilterTenantsQuery = NonNullable<operations["filterTenants"]["parameters"]["query"]>;

/** The SCIM filter of `countTenants`; it must name a `subscriptionId`. */
export type CountTenantsFilter = operations["countTenants"]["parameters"]["query"]["filter"];

/** ID of a tenant. */
export type TenantId = components["parameters"]["TenantId"];

/** The tenant operations. */
export interface TenantsResource {
  /** One page of the organization's tenants (`listTenants`). */
  list(query?: ListTenantsQuery, options?: RequestOptions): Promise<TenantList>;
  /** Every tenant, page by page, following `links.next.href` (`listTenants`). */
  listAll(
    query?: ListTenantsQuery,
    options?: RequestOptions,
  ): AsyncGenerator<Tenant, void, undefined>;
  /** One tenant (`getTenant`). */
  get(tenantId: TenantId, options?: RequestOptions): Promise<Tenant>;
  /** How many tenants match a SCIM filter (`countTenants`). */
  count(filter: CountTenantsFilter, options?: RequestOptions): Promise<TenantCount>;
  /** One page of tenants matching a filter sent in the body (`filterTenants`, tier 2). */
  filter(
    body: TenantFilterRequest,
    query?: FilterTenantsQuery,
    options?: RequestOptions,
  ): Promise<TenantList>;
}

/** Builds `org.tenants`. */
export function createTenantsResource(ctx: ResourceContext): TenantsResource {
  const { client } = ctx;
  const list = operationMetadata.listTenants;
  const one = operationMetadata.getTenant;
  const count = operationMetadata.countTenants;
  const filter = operationMetadata.filterTenants;

  const listPage = (query: ListTenantsQuery | undefined, options?: RequestOptions) =>
    unwrap(
      ctx,
      list.operationId,
      client.GET(list.path, { ...fetchInit(ctx, options), params: { query } }),
    );

  return {
    list: listPage,
    listAll: (query, options) =>
      paginate(
        (href) =>
          fetchPage(ctx, href, (fetch) =>
            unwrap(
              ctx,
              list.operationId,
              client.GET(list.path, { ...fetchInit(ctx, options), params: { query }, fetch }),
            ),
          ),
        ctx.baseUrl,
        options?.signal,
      ),
    get: (tenantId, options) =>
      rejectBadArgument("tenants.get", "tenantId", tenantId) ??
      unwrap(
        ctx,
        one.operationId,
        client.GET(one.path, { ...fetchInit(ctx, options), params: { path: { tenantId } } }),
      ),
    count: (filterExpression, options) =>
      unwrap(
        ctx,
        count.operationId,
        client.GET(count.path, {
          ...fetchInit(ctx, options),
          params: { query: { filter: filterExpression } },
        }),
      ),
    filter: (body, query, options) =>
      unwrap(
        ctx,
        filter.operationId,
        client.POST(filter.path, { ...fetchInit(ctx, options), params: { query }, body }),
      ),
  };
}
