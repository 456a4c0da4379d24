// Questions on a terminal, asked with @clack/prompts on stderr so that stdout stays the result.

import { UsageError } from "./cli-errors.js";
import type { CliIo } from "./io.js";

/** Whether the user can be asked: both stdin and stderr are terminals. */
export function canPrompt(io: CliIo): boolean {
  return io.stdin.isTTY === true && io.stderr.isTTY === true;
}

/** Asks for a secret without echoing it. */
export async function promptSecret(io: CliIo, message: string): Promise<string> {
  const { isCancel, password } = await import("@clack/prompts");
  const answer = await password({
    message,
    input: io.stdin as NodeJS.ReadStream,
    output: io.stderr as unknown as NodeJS.WriteStream,
    withGuide: false,
  });
  if (isCancel(answer) || answer === "") throw new UsageError("no secret was entered");
  return answer;
}

/** Asks the user to type `expected`; resolves whether they did. */
export async function confirmByTyping(io: CliIo, message: string, expected: string) {
  const { isCancel, text } = await import("@clack/prompts");
  const answer = await text({
    message,
    input: io.stdin as NodeJS.ReadStream,
    output: io.stderr as unknown as NodeJS.WriteStream,
    withGuide: false,
  });
  return !isCancel(answer) && answer.trim() === expected;
}
