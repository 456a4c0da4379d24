// The four tenant operations: list, get, count and filter.

import type { TenantFilterRequest } from "@qlik-org/generated";
import type { HandlerContext, OperationHandler } from "./handler-context.js";
import { jsonResponse, type Problem } from "./http-responses.js";
import { runListQuery } from "./list-query.js";
import { matchesFilter } from "./scim-filter-evaluator.js";
import { comparedValues, type FilterNode, parseFilter } from "./scim-filter-parser.js";
import { tenantFilterAttributes, tenantListing, toTenant } from "./tenants.js";

type FilterCheck = { ok: true; filter: FilterNode } | { ok: false; response: Response };

/**
 * Parses a tenant filter and applies the documented scoping: naming a `subscriptionId` outside the
 * organization is refused with 403; `count` also refuses (400) a filter that names none.
 */
function checkTenantFilter(
  context: HandlerContext,
  expression: string,
  where: Pick<Problem, "parameter" | "pointer">,
  requireSubscription: boolean,
): FilterCheck {
  const parsed = parseFilter(expression, tenantFilterAttributes);
  if (!parsed.ok) {
    return {
      ok: false,
      response: context.fail(400, {
        title: "Invalid filter expression",
        detail: parsed.detail,
        ...where,
      }),
    };
  }
  const subscriptions = comparedValues(parsed.filter, "subscriptionId");
  if (requireSubscription && subscriptions.length === 0) {
    return {
      ok: false,
      response: context.fail(400, {
        title: "Invalid filter expression",
        detail:
          'The filter must name a subscriptionId, as in subscriptionId eq "9876543210987654".',
        ...where,
      }),
    };
  }
  const outside = subscriptions.find((id) => !context.data.subscriptionIds.has(id));
  if (outside !== undefined) {
    return {
      ok: false,
      response: context.fail(403, {
        detail: `The subscription "${outside}" is not part of your organization.`,
      }),
    };
  }
  return { ok: true, filter: parsed.filter };
}

function listResponse(context: HandlerContext, filter: FilterNode | undefined): Response {
  const query = context.input.query;
  const outcome = runListQuery(
    tenantListing(context.data.tenantOrder),
    [...context.data.tenants.values()],
    {
      limit: query.limit as number,
      next: query.next as string | undefined,
      prev: query.prev as string | undefined,
      sort: query.sort as string | undefined,
      ...(filter ? { filter } : {}),
      totalResults: query.totalResults === "true",
    },
    context.url,
  );
  if (!outcome.ok) return context.fail(400, outcome.problem);
  const { data, links, totalResults } = outcome.result;
  return jsonResponse(200, {
    data: data.map((tenant) => toTenant(tenant, context.url.origin)),
    links,
    ...(totalResults !== undefined ? { totalResults } : {}),
  });
}

/** GET /api/core/tenants. */
export const listTenants: OperationHandler = (context) => {
  const expression = context.input.query.filter;
  if (typeof expression !== "string") return listResponse(context, undefined);
  const check = checkTenantFilter(context, expression, { parameter: "filter" }, false);
  return check.ok ? listResponse(context, check.filter) : check.response;
};

/** POST /api/core/tenants/actions/filter: the list with the filter in the body. */
export const filterTenants: OperationHandler = (context) => {
  const { filter } = context.input.body as TenantFilterRequest;
  const check = checkTenantFilter(context, filter, { pointer: "/filter" }, false);
  return check.ok ? listResponse(context, check.filter) : check.response;
};

/** GET /api/core/tenants/{tenantId}. */
export const getTenant: OperationHandler = (context) => {
  const tenant = context.data.tenants.get(context.input.path.tenantId as string);
  if (!tenant) return context.fail(404, { detail: "Tenant not found." });
  return jsonResponse(200, toTenant(tenant, context.url.origin));
};

/** GET /api/core/tenants/actions/count: `{ total }` of the tenants matching a filter that names a subscription. */
export const countTenants: OperationHandler = (context) => {
  const check = checkTenantFilter(
    context,
    context.input.query.filter as string,
    { parameter: "filter" },
    true,
  );
  if (!check.ok) return check.response;
  const { filter } = check;
  const total = [...context.data.tenants.values()].filter((tenant) =>
    matchesFilter(filter, tenant, tenantListing(context.data.tenantOrder).readFilterValue),
  ).length;
  return jsonResponse(200, { total });
};
