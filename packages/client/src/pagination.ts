// Walks a cursor-paged list by following its next link exactly as the server gives it: the cursor
// cannot be computed on the client side, and Qlik's pages show both `next=` and `offset=` links
// (see TenantListLinks in the spec). Where a page keeps its items and its next link comes from the
// spec (`x-client-paginate`).

import type { Pagination } from "@qlik-org/generated";

/** A page as the list operation answered it, and the absolute URL it was requested from. */
export interface FetchedPage {
  /** The parsed page. */
  readonly page: unknown;
  /** Where the request went, resolved as `resolveLink` does. */
  readonly url: string;
}

/** A link resolved against the base URL, as the request to it is sent; undefined when it is not a URL. */
export function resolveLink(baseUrl: string, href: string): string | undefined {
  try {
    return new URL(href, `${baseUrl}/`).href;
  } catch {
    return undefined;
  }
}

/** The value at a property path of a page, or undefined. */
function at(page: unknown, path: readonly string[]): unknown {
  let value = page;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The `self` link beside the next link (`links.self.href` beside `links.next.href`). */
function selfLink(page: unknown, nextLink: readonly string[]): unknown {
  return at(page, [...nextLink.slice(0, -2), "self", ...nextLink.slice(-1)]);
}

/**
 * Yields every item, page by page, keeping one page ahead: as soon as page n arrives, page n+1 is
 * requested while the caller consumes page n (never more than one page in flight or held).
 * `fetchPage(undefined, signal)` fetches the first page, `fetchPage(href, signal)` the page at a
 * next link. Stops when a page has no next link or its next link leads to a page already fetched
 * (a server bug would otherwise loop forever). When the consumer stops early, or `signal` aborts,
 * the request in flight is cancelled; an abort throws the signal's reason.
 */
export async function* paginate<Item>(
  fetchPage: (href: string | undefined, signal: AbortSignal) => Promise<FetchedPage>,
  pagination: Pagination,
  baseUrl: string,
  signal: AbortSignal | undefined,
): AsyncGenerator<Item, void, undefined> {
  signal?.throwIfAborted();
  // Cancels the page in flight when the consumer breaks out or the caller aborts.
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort);
  try {
    const first = await fetchPage(undefined, controller.signal);
    let page = first.page;
    // Resolved URLs, so that a relative link, an absolute one and the first request's URL compare
    // equal: `self` is optional in the spec, so the first page is known only by where it was fetched.
    const seen = new Set<string>([first.url]);
    for (;;) {
      const self = selfLink(page, pagination.nextLink);
      if (typeof self === "string") seen.add(resolveLink(baseUrl, self) ?? self);
      const next = at(page, pagination.nextLink);
      let ahead: Promise<FetchedPage> | undefined;
      if (typeof next === "string" && next) {
        const target = resolveLink(baseUrl, next) ?? next;
        if (!seen.has(target)) {
          seen.add(target);
          ahead = fetchPage(next, controller.signal);
          // Its failure is thrown when the caller reaches it, not reported as unhandled before.
          ahead.catch(() => {});
        }
      }
      const items = at(page, [pagination.items]);
      for (const item of Array.isArray(items) ? items : []) {
        signal?.throwIfAborted();
        yield item as Item;
      }
      if (ahead === undefined) return;
      signal?.throwIfAborted();
      page = (await ahead).page;
    }
  } finally {
    signal?.removeEventListener("abort", onAbort);
    controller.abort();
  }
}
