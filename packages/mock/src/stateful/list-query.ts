// Runs a list request (filter, sort, cursor, limit, totalResults) over a resource's items.

import type { Problem } from "./http-responses.js";
import { pageLinks, takePage } from "./pagination.js";
import type { FilterValueReader } from "./scim-filter-evaluator.js";
import { matchesFilter } from "./scim-filter-evaluator.js";
import type { FilterAttribute, FilterNode } from "./scim-filter-parser.js";
import { parseSort, type SortExtractor, type SortKey, sortComparator } from "./sorting.js";

/** What a list operation needs to know about the resource it lists. */
export interface ListableResource<T> {
  /** Sortable fields, by their documented names. */
  readonly sortFields: Readonly<Record<string, SortExtractor<T>>>;
  /** Order when the request gives no `sort`. */
  readonly defaultSort: readonly SortKey[];
  /** Filterable attributes and the operators each accepts. */
  readonly filterAttributes: readonly FilterAttribute[];
  /** Values of a filterable attribute. */
  readonly readFilterValue: FilterValueReader<T>;
  /** Unique creation rank of the item (the final tie-breaker of every order). */
  readonly sequenceOf: (item: T) => number;
  /** An opaque cursor that lets `decodeCursor` find the item's place again. */
  readonly encodeCursor: (item: T) => string;
  /** The anchor a cursor stands for, or undefined when the cursor is not one this server issued. */
  readonly decodeCursor: (cursor: string, items: readonly T[]) => T | undefined;
}

/** A list request's validated paging inputs. */
export interface ListRequest {
  readonly limit: number;
  readonly next?: string;
  readonly prev?: string;
  readonly sort?: string;
  readonly filter?: FilterNode;
  readonly totalResults: boolean;
}

/** A page ready to be shaped into the operation's list body. */
export interface ListResult<T> {
  readonly data: readonly T[];
  readonly links: ReturnType<typeof pageLinks>;
  readonly totalResults?: number;
}

/** Filters, sorts and pages `items`; a problem comes back as a 400 to report. */
export function runListQuery<T>(
  resource: ListableResource<T>,
  items: readonly T[],
  request: ListRequest,
  url: URL,
): { ok: true; result: ListResult<T> } | { ok: false; problem: Problem } {
  // `limit` is an upper bound on the page's size. OAuth clients' is any number (the spec gives no
  // bounds, and Prism accepts any): 2.5 holds 2 items, zero or a negative one none. A positive one
  // below 1 holds 1: an empty page with no next link would end a caller's listing silently.
  // Tenants' is already an integer from 0 to 100 by the spec.
  const limit = request.limit > 0 ? Math.max(1, Math.floor(request.limit)) : 0;
  const sort = parseSort(request.sort, Object.keys(resource.sortFields), resource.defaultSort);
  if (!sort.ok) return { ok: false, problem: { detail: sort.detail, parameter: "sort" } };
  const compare = sortComparator(sort.keys, resource.sortFields, resource.sequenceOf);
  const { filter } = request;
  const matching = filter
    ? items.filter((item) => matchesFilter(filter, item, resource.readFilterValue))
    : [...items];
  matching.sort(compare);

  // The spec does not forbid both cursors, and Prism answers such a request: `next` wins.
  const direction =
    request.next !== undefined ? "next" : request.prev !== undefined ? "prev" : null;
  let cursor: { direction: "next" | "prev"; anchor: T } | undefined;
  if (direction) {
    const value = (direction === "next" ? request.next : request.prev) as string;
    const anchor = resource.decodeCursor(value, items);
    if (anchor === undefined) {
      return {
        ok: false,
        problem: {
          detail: `The ${direction} cursor is not one this server issued; follow links.${direction}.href as returned.`,
          parameter: direction,
        },
      };
    }
    cursor = { direction, anchor };
  }
  const page = takePage(matching, compare, limit, cursor);
  const links = pageLinks(url, {
    ...(page.nextAnchor !== undefined ? { next: resource.encodeCursor(page.nextAnchor) } : {}),
    ...(page.prevAnchor !== undefined ? { prev: resource.encodeCursor(page.prevAnchor) } : {}),
  });
  return {
    ok: true,
    result: {
      data: page.items,
      links,
      ...(request.totalResults ? { totalResults: matching.length } : {}),
    },
  };
}
