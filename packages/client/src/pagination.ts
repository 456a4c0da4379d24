// Walks a cursor-paged list by following `links.next.href` exactly as the server gives it: the
// cursor cannot be computed on the client side, and Qlik's pages show both `next=` and `offset=`
// links (see TenantListLinks in the spec).

import type { Link } from "@qlik-org/generated";

/** The shape every list response shares. */
export interface Page<Item> {
  /** The items of this page. */
  readonly data: readonly Item[];
  /** Cursor links; only `self` and `next` matter here. */
  readonly links?: { readonly self?: Link; readonly next?: Link } | undefined;
}

/** A page and the absolute URL it was requested from. */
export interface FetchedPage<Item> {
  /** The page. */
  readonly page: Page<Item>;
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

/**
 * Yields every item, page by page, holding one page at a time. `fetchPage(undefined)` fetches the
 * first page, `fetchPage(href)` the page at a next link. Stops when a page has no next link or when
 * the next link leads to a page already fetched (a server bug would otherwise loop forever); stops
 * fetching as soon as the consumer breaks out; throws the signal's reason once `signal` aborts.
 */
export async function* paginate<Item>(
  fetchPage: (href: string | undefined) => Promise<FetchedPage<Item>>,
  baseUrl: string,
  signal?: AbortSignal,
): AsyncGenerator<Item, void, undefined> {
  signal?.throwIfAborted();
  const first = await fetchPage(undefined);
  let page = first.page;
  // Resolved URLs, so that a relative link, an absolute one and the first request's URL compare
  // equal: `self` is optional in the spec, so the first page is known only by where it was fetched.
  const seen = new Set<string>([first.url]);
  for (;;) {
    const self = page.links?.self?.href;
    if (self) seen.add(resolveLink(baseUrl, self) ?? self);
    for (const item of page.data ?? []) {
      signal?.throwIfAborted();
      yield item;
    }
    const next = page.links?.next?.href;
    if (!next) return;
    const target = resolveLink(baseUrl, next) ?? next;
    if (seen.has(target)) return;
    seen.add(target);
    signal?.throwIfAborted();
    page = (await fetchPage(next)).page;
  }
}
