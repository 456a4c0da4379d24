// The streams and environment the CLI works with, passed in so the bin and tests share one path.

import type { FetchLike } from "@qlik-org/client";

/** A stream the CLI writes to, with whether it is a terminal. */
export interface CliOutput {
  /** Writes text; resolves nothing, like `process.stdout.write`. */
  write(text: string): unknown;
  /** True when the stream is a terminal (tables, colour, progress and prompts depend on it). */
  readonly isTTY?: boolean;
}

/** What one run of the CLI reads and writes. */
export interface CliIo {
  /** Results only: what a script reads. */
  readonly stdout: CliOutput;
  /** Errors, notes, progress and prompts. */
  readonly stderr: CliOutput;
  /** Where `--body -`, `--patch -` and `--client-secret-stdin` read from. */
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  /** The environment (credentials, `NO_COLOR`, `XDG_CONFIG_HOME`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * The `fetch` the client sends with; Node's own when left out. Embedders and in-process tests
   * pass another (such as the stateful mock's `org.fetch`) instead of patching the global one.
   */
  readonly fetch?: FetchLike;
}

/** The process's own streams and environment. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}

/** Reads a whole stream as UTF-8 text. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = "";
  stream.setEncoding("utf8");
  for await (const chunk of stream) text += chunk;
  return text;
}
