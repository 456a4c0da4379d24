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

/**
 * Yields every item, page by page, holding one page at a time. Stops when a page has no next link
 * or when the next link was seen before (a server bug would otherwise loop forever); stops fetching
 * as soon as the consumer breaks out; throws the signal's reason once `signal` aborts.
 */
export async function* paginate<Item>(
  firstPage: () => Promise<Page<Item>>,
  nextPage: (href: string) => Promise<Page<Item>>,
  signal?: AbortSignal,
): AsyncGenerator<Item, void, undefined> {
  signal?.throwIfAborted();
  let page = await firstPage();
  const seen = new Set<string>();
  for (;;) {
    const self = page.links?.self?.href;
    if (self) seen.add(self);
    for (const item of page.data ?? []) {
      signal?.throwIfAborted();
      yield item;
    }
    const next = page.links?.next?.href;
    if (!next || seen.has(next)) return;
    seen.add(next);
    signal?.throwIfAborted();
    page = await nextPage(next);
  }
}
