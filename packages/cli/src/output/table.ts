// Tables for a terminal, drawn by cli-table3 (see the README for why that library).

import { styleText } from "node:util";
import Table from "cli-table3";
import { cellText, columnsOf } from "./cells.js";

// No rule between rows: a list reads like `gh`'s, one line per item.
const chars = { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" };

/**
 * Header text, bold when colour is on. Whether it is on was decided from the CLI's own streams, so
 * styleText must not check the process's stdout again (an embedder's terminal is not that one).
 */
const heading = (text: string, color: boolean) =>
  color ? styleText("bold", text, { validateStream: false }) : text;

/** A list of objects as a table: one row per item, one column per flat field. */
export function listTable(items: readonly unknown[], color: boolean): string {
  if (items.length === 0) return "(none)\n";
  const columns = columnsOf(items);
  const table = new Table({
    head: columns.map((column) => heading(column, color)),
    style: { head: [], border: [] },
    chars,
  });
  for (const item of items) {
    const record = item as Record<string, unknown>;
    table.push(columns.map((column) => cellText(record[column])));
  }
  return `${table.toString()}\n`;
}

/** One object as a two-column table of its fields. */
export function objectTable(value: Record<string, unknown>, color: boolean): string {
  const table = new Table({ style: { head: [], border: [] }, chars, wordWrap: true });
  for (const [key, field] of Object.entries(value)) {
    table.push({ [heading(key, color)]: cellText(field) });
  }
  return `${table.toString()}\n`;
}
