// Decides whether an item satisfies a parsed SCIM filter.

import type { FilterNode } from "./scim-filter-parser.js";

/** Reads the values of a filterable attribute from an item (several for multi-valued attributes). */
export type FilterValueReader<T> = (
  item: T,
  attributeName: string,
) => readonly string[] | undefined;

function compare(actual: string, expected: string, type: string): number {
  if (type === "dateTime") return Math.sign(Date.parse(actual) - Date.parse(expected));
  const left = type === "string" ? actual.toLowerCase() : actual;
  const right = type === "string" ? expected.toLowerCase() : expected;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Evaluates `filter` for `item`. A multi-valued attribute matches when any of its values does, and an
 * attribute without a value matches only `ne` (RFC 7644 §3.4.2.2).
 */
export function matchesFilter<T>(filter: FilterNode, item: T, read: FilterValueReader<T>): boolean {
  switch (filter.kind) {
    case "and":
      return filter.operands.every((operand) => matchesFilter(operand, item, read));
    case "or":
      return filter.operands.some((operand) => matchesFilter(operand, item, read));
    case "not":
      return !matchesFilter(filter.operand, item, read);
    case "compare": {
      const values = read(item, filter.attribute.name) ?? [];
      const { type } = filter.attribute;
      if (filter.operator === "ne") {
        return !values.some((value) => compare(value, filter.value, type) === 0);
      }
      return values.some((value) => {
        switch (filter.operator) {
          case "eq":
            return compare(value, filter.value, type) === 0;
          case "co":
            return type === "string"
              ? value.toLowerCase().includes(filter.value.toLowerCase())
              : value.includes(filter.value);
          case "gt":
            return compare(value, filter.value, type) > 0;
          case "ge":
            return compare(value, filter.value, type) >= 0;
          case "lt":
            return compare(value, filter.value, type) < 0;
          default:
            return compare(value, filter.value, type) <= 0;
        }
      });
    }
  }
}
