// Reads the JSON files the stateful mode takes (a seed, fault rules), with errors that name the
// absolute path and never quote the file's text.

import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

/**
 * Reads and parses the JSON file at `path` (a relative path counts from the working directory).
 * `kind` names it in errors ("seed file"); `invalid` makes the error for text that is not JSON.
 */
export async function readJsonFile(
  path: string,
  kind: string,
  invalid: (message: string) => Error,
): Promise<unknown> {
  // Errors name the absolute path, so a path resolved against an unexpected folder shows which one.
  const absolute = resolve(path);
  let text: string;
  try {
    text = await readFile(absolute, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      code === "ENOENT"
        ? `${kind} not found: ${absolute}`
        : `cannot read ${kind} ${absolute} (${code ?? "unknown error"})`,
      { cause: error },
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text around the error, which may be a secret: leave it out.
    throw invalid(`${kind} ${absolute} is not valid JSON`);
  }
}
