// Prints the items of a list as they arrive, so `--all` streams: JSON as one array written item by
// item, ndjson one line per item, YAML one sequence entry per item, CSV one row per item. A table
// needs every row to size its columns, so it alone collects the items first.

import type { OutputFormat } from "../global-options.js";
import type { CliOutput } from "../io.js";
import { columnsOf, csvField } from "./cells.js";

/** Receives a list's items one at a time and closes the output after the last. */
export interface ListWriter {
  /** Prints (or, for a table, keeps) one item. */
  add(item: unknown): Promise<void>;
  /** Ends the output (the closing `]`, the table). */
  end(): Promise<void>;
}

/** A writer for `format` on `out`. */
export async function createListWriter(
  out: CliOutput,
  format: OutputFormat,
  color: boolean,
): Promise<ListWriter> {
  switch (format) {
    case "json": {
      let count = 0;
      return {
        add: async (item) => {
          const text = JSON.stringify(item, null, 2).replace(/\n/g, "\n  ");
          out.write(`${count++ === 0 ? "[\n  " : ",\n  "}${text}`);
        },
        end: async () => {
          out.write(count === 0 ? "[]\n" : "\n]\n");
        },
      };
    }
    case "ndjson":
      return {
        add: async (item) => {
          out.write(`${JSON.stringify(item)}\n`);
        },
        end: async () => {},
      };
    case "yaml": {
      const { stringify } = await import("yaml");
      let count = 0;
      return {
        add: async (item) => {
          count++;
          out.write(stringify([item]));
        },
        end: async () => {
          if (count === 0) out.write("[]\n");
        },
      };
    }
    case "csv": {
      let columns: string[] | undefined;
      return {
        add: async (item) => {
          if (!columns) {
            // Streaming rules out looking ahead: the first item's fields are the header.
            columns = columnsOf([item]);
            out.write(`${columns.map(csvField).join(",")}\n`);
          }
          const record = item as Record<string, unknown>;
          out.write(`${columns.map((column) => csvField(record[column])).join(",")}\n`);
        },
        end: async () => {},
      };
    }
    case "table": {
      const items: unknown[] = [];
      return {
        add: async (item) => {
          items.push(item);
        },
        end: async () => {
          const { listTable } = await import("./table.js");
          out.write(listTable(items, color));
        },
      };
    }
  }
}
