// Turns API objects into rows: which columns a list shows, and how a value reads in one cell.

/** Whether a value fits in one cell as it is (text, number, boolean, a list of those). */
function isFlat(value: unknown): boolean {
  if (value === null || ["string", "number", "boolean"].includes(typeof value)) return true;
  return Array.isArray(value) && value.every((item) => item === null || typeof item !== "object");
}

/** The columns of a list: every key with a flat value in the given items, in first-seen order. */
export function columnsOf(items: readonly unknown[]): string[] {
  const columns = new Set<string>();
  for (const item of items) {
    if (typeof item !== "object" || item === null) continue;
    for (const [key, value] of Object.entries(item)) if (isFlat(value)) columns.add(key);
  }
  return [...columns];
}

/** One value as cell text: lists joined with ", ", objects as compact JSON, absent as "". */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value) && value.every((item) => typeof item !== "object")) {
    return value.join(", ");
  }
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** RFC 4180: quote a field that holds a comma, quote or line break, doubling its quotes. */
export function csvField(value: unknown): string {
  const text = Array.isArray(value) ? value.join(";") : cellText(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
