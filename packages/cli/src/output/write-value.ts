// Prints one result (an object such as `get`'s, or a whole page's items) in the chosen format.

import type { OutputFormat } from "../global-options.js";
import type { CliOutput } from "../io.js";
import { columnsOf, csvField } from "./cells.js";

/** Prints a single object (`get`, `count`, `create`). */
export async function writeObject(
  out: CliOutput,
  value: Record<string, unknown>,
  format: OutputFormat,
  color: boolean,
): Promise<void> {
  switch (format) {
    case "json":
      out.write(`${JSON.stringify(value, null, 2)}\n`);
      return;
    case "ndjson":
      out.write(`${JSON.stringify(value)}\n`);
      return;
    case "yaml": {
      const { stringify } = await import("yaml");
      out.write(stringify(value));
      return;
    }
    case "csv": {
      const columns = columnsOf([value]);
      out.write(`${columns.map(csvField).join(",")}\n`);
      out.write(`${columns.map((column) => csvField(value[column])).join(",")}\n`);
      return;
    }
    case "table": {
      const { objectTable } = await import("./table.js");
      out.write(objectTable(value, color));
      return;
    }
  }
}
