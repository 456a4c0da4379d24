// Parses `sort` (one or more `+field`/`-field`) and orders items by it, with the id as the final tie-breaker.

/** A value items are ordered by; `undefined` (field not set) sorts after every value. */
export type SortValue = string | number | readonly string[] | undefined;

/** Reads a sortable field from an item. */
export type SortExtractor<T> = (item: T) => SortValue;

/** One ordering step. */
export interface SortKey {
  readonly field: string;
  readonly descending: boolean;
}

/** Outcome of parsing a `sort` value. */
export type SortParse =
  | { readonly ok: true; readonly keys: readonly SortKey[] }
  | { readonly ok: false; readonly detail: string };

/** Parses a comma-separated list of fields, each with an optional `+` (ascending) or `-` (descending). */
export function parseSort(
  sort: string | undefined,
  fields: readonly string[],
  fallback: readonly SortKey[],
): SortParse {
  if (sort === undefined) return { ok: true, keys: fallback };
  const keys: SortKey[] = [];
  for (const part of sort.split(",")) {
    const match = /^([+-]?)(.*)$/.exec(part.trim());
    const field = match?.[2] ?? "";
    if (!fields.includes(field)) {
      return {
        ok: false,
        detail: `Cannot sort by "${field}"; sortable fields are ${fields.join(", ")}.`,
      };
    }
    if (keys.some((key) => key.field === field)) {
      return { ok: false, detail: `The sort field "${field}" is given more than once.` };
    }
    keys.push({ field, descending: match?.[1] === "-" });
  }
  return { ok: true, keys };
}

/** Orders two sort values ascending: text case-insensitively, `undefined` last. */
export function compareSortValues(a: SortValue, b: SortValue): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  if (Array.isArray(a) || Array.isArray(b)) {
    const left = Array.isArray(a) ? a : [String(a)];
    const right = Array.isArray(b) ? b : [String(b)];
    for (let i = 0; i < Math.min(left.length, right.length); i++) {
      const order = compareSortValues(left[i], right[i]);
      if (order !== 0) return order;
    }
    return left.length - right.length;
  }
  if (typeof a === "number" && typeof b === "number") return a - b;
  // Case-insensitive first, as people read names; the exact text then keeps the order total.
  const [left, right] = [String(a), String(b)];
  const [lowerLeft, lowerRight] = [left.toLowerCase(), right.toLowerCase()];
  if (lowerLeft !== lowerRight) return lowerLeft < lowerRight ? -1 : 1;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * A comparator for `keys`. Ties are broken by creation order (`sequenceOf`, unique per item) in the
 * direction of the first key, so reversing every key reverses the whole order, and every order is
 * total (which cursor paging relies on).
 */
export function sortComparator<T>(
  keys: readonly SortKey[],
  extractors: Readonly<Record<string, SortExtractor<T>>>,
  sequenceOf: (item: T) => number,
): (a: T, b: T) => number {
  const steps = keys.map((key) => {
    const extract = extractors[key.field];
    if (!extract) throw new Error(`no extractor for sort field ${key.field}`);
    return { extract, sign: key.descending ? -1 : 1 };
  });
  const tieSign = keys[0]?.descending ? -1 : 1;
  return (a, b) => {
    for (const { extract, sign } of steps) {
      const order = compareSortValues(extract(a), extract(b));
      if (order !== 0) return sign * order;
    }
    return tieSign * (sequenceOf(a) - sequenceOf(b));
  };
}

/** Turns an ISO 8601 timestamp into milliseconds for ordering (undefined stays undefined). */
export function timestampValue(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}
