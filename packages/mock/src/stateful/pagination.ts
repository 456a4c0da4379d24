// Cursor pagination: a page of `limit` items after (`next`) or before (`prev`) an anchor item, and the
// absolute `links` that lead to the neighbouring pages.

/** Where a page starts: after the anchor (`next`) or just before it (`prev`). */
export interface PageCursor<T> {
  readonly direction: "next" | "prev";
  readonly anchor: T;
}

/** One page, with the anchors of its neighbours (absent when there is no page in that direction). */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextAnchor?: T;
  readonly prevAnchor?: T;
}

/**
 * Cuts one page out of `sorted` (ordered by the total order `compare`). The anchor need not still
 * exist: the page is found by comparing with it, so deleting items between requests skips nothing.
 */
export function takePage<T>(
  sorted: readonly T[],
  compare: (a: T, b: T) => number,
  limit: number,
  cursor?: PageCursor<T>,
): Page<T> {
  if (limit <= 0) return { items: [] };
  let start = 0;
  let end: number;
  if (cursor?.direction === "prev") {
    const before = sorted.findIndex((item) => compare(item, cursor.anchor) >= 0);
    end = before === -1 ? sorted.length : before;
    start = Math.max(0, end - limit);
  } else {
    if (cursor) {
      const after = sorted.findIndex((item) => compare(item, cursor.anchor) > 0);
      start = after === -1 ? sorted.length : after;
    }
    end = Math.min(sorted.length, start + limit);
  }
  const items = sorted.slice(start, end);
  const first = items[0];
  const last = items[items.length - 1];
  return {
    items,
    ...(first !== undefined && start > 0 ? { prevAnchor: first } : {}),
    ...(last !== undefined && end < sorted.length ? { nextAnchor: last } : {}),
  };
}

/** Absolute `self`, `next` and `prev` links; the neighbours keep every query parameter but the cursor. */
export function pageLinks(
  url: URL,
  cursors: { readonly next?: string; readonly prev?: string },
): { self: { href: string }; next?: { href: string }; prev?: { href: string } } {
  const linkWith = (name: "next" | "prev", cursor: string) => {
    const target = new URL(url.href);
    target.searchParams.delete("next");
    target.searchParams.delete("prev");
    target.searchParams.set(name, cursor);
    return { href: target.href };
  };
  return {
    self: { href: url.href },
    ...(cursors.next !== undefined ? { next: linkWith("next", cursors.next) } : {}),
    ...(cursors.prev !== undefined ? { prev: linkWith("prev", cursors.prev) } : {}),
  };
}
