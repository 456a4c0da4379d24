// A one-line count on stderr while `--all` pages, only when stderr is a terminal.

import type { CliOutput } from "../io.js";

/** Counts items on one rewritten line; silent when `stream` is not a terminal. */
export function createProgress(stream: CliOutput, noun: string) {
  let count = 0;
  let shownAt = 0;
  const enabled = stream.isTTY === true;
  return {
    /** Counts one more item, redrawing at most ten times a second. */
    tick(): void {
      count++;
      if (!enabled) return;
      const now = Date.now();
      if (now - shownAt < 100) return;
      shownAt = now;
      stream.write(`\r\x1b[Kfetched ${count} ${noun}…`);
    },
    /** Clears the line. */
    done(): void {
      if (enabled && shownAt !== 0) stream.write("\r\x1b[K");
    },
  };
}
