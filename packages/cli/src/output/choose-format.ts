// Which format and whether to colour: a table on a terminal, JSON in a pipe, or what `-o` says;
// colour only on a terminal, and never with NO_COLOR or --no-color (https://no-color.org).

import type { GlobalOptions, OutputFormat } from "../global-options.js";
import type { CliIo } from "../io.js";

/** The format this run prints in. */
export function chooseFormat(globals: GlobalOptions, io: CliIo): OutputFormat {
  return globals.output ?? (io.stdout.isTTY ? "table" : "json");
}

/** Whether this run may colour what it prints on `stream`. */
export function useColor(globals: GlobalOptions, io: CliIo, stream: "stdout" | "stderr"): boolean {
  if (globals.color === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  return io[stream].isTTY === true;
}
