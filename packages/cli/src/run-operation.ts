// Runs one generated command: builds the request from the flags, asks before a delete, calls the
// client method named by `clientMethod` (so a new operation in the spec needs no code here), and
// prints the result in the chosen format.

import type { OrgClient } from "@qlik-org/client";
import type { CliCommand } from "@qlik-org/generated/cli-commands";
import { CliError, UsageError } from "./cli-errors.js";
import { resolveConnection } from "./connection.js";
import { createCommandClient } from "./create-client.js";
import { printRecordedRequest } from "./dry-run.js";
import { exitCodes } from "./exit-codes.js";
import type { GlobalOptions } from "./global-options.js";
import type { CliIo } from "./io.js";
import { chooseFormat, useColor } from "./output/choose-format.js";
import { createListWriter } from "./output/list-writer.js";
import { createProgress } from "./output/progress.js";
import { writeObject } from "./output/write-value.js";
import { canPrompt, confirmByTyping } from "./prompts.js";
import { buildBody, buildCallArguments, buildQuery } from "./request-input.js";

type AnyMethod = (...args: unknown[]) => unknown;

/** The client method `resource.method` on `org`, or an error naming what is missing. */
function clientMethod(org: OrgClient, name: string): AnyMethod {
  const [resource, method] = name.split(".");
  const target = (org as unknown as Record<string, Record<string, unknown>>)[resource ?? ""];
  const fn = target?.[method ?? ""];
  if (typeof fn !== "function") {
    throw new CliError(
      `this @qlik-org/client has no method ${name}; install a version that matches @qlik-org/cli`,
    );
  }
  return (fn as AnyMethod).bind(target);
}

/** Reads a dotted path (`links.next.href`) of a value. */
function at(value: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);
}

/** Asks before a destructive command; refuses without a terminal unless `--yes`. */
async function confirm(command: CliCommand, positionals: readonly string[], io: CliIo) {
  const target = positionals.at(-1) ?? "";
  const what = `${command.noun} ${command.verb} ${positionals.join(" ")}`.trim();
  if (!canPrompt(io)) {
    throw new CliError(`refusing to run \`${what}\` without confirmation; nothing was sent`, {
      exitCode: exitCodes.cancelled,
      hint: "pass --yes to confirm in a script",
    });
  }
  const confirmed = await confirmByTyping(
    io,
    `${command.summary}: type ${target} to confirm`,
    target,
  );
  if (!confirmed) {
    throw new CliError(`\`${what}\` was not confirmed; nothing was sent`, {
      exitCode: exitCodes.cancelled,
    });
  }
}

/** Prints a one-time secret's note on stderr (the value itself is in the result on stdout). */
function noteSecret(result: unknown, io: CliIo) {
  const secret = (result as { clientSecret?: unknown } | undefined)?.clientSecret;
  if (typeof secret === "string" && secret !== "") {
    io.stderr.write(
      "qlik-org: note: clientSecret is shown only this once and cannot be read again; store it now.\n",
    );
  }
}

/** Runs `command` with its positional arguments and parsed options. */
export async function runOperation(
  command: CliCommand,
  positionals: readonly string[],
  options: Record<string, unknown>,
  globals: GlobalOptions,
  io: CliIo,
): Promise<void> {
  const query = buildQuery(command, options);
  const body = await buildBody(command, options, io);
  const args = buildCallArguments(command, positionals, query, body);
  const all = options.all === true;
  if (command.destructive && !globals.yes && !globals.dryRun) {
    await confirm(command, positionals, io);
  }
  const connection = await resolveConnection(globals, io.env);
  const { org, recorded } = createCommandClient(connection, globals, io);
  const format = chooseFormat(globals, io);
  const color = useColor(globals, io, "stdout");
  const method = clientMethod(org, command.clientMethod);

  try {
    if (!all) {
      const result = await method(...args);
      await printResult(command, result, format, color, io);
      return;
    }
    const writer = await createListWriter(io.stdout, format, color);
    const progress = createProgress(io.stderr, command.noun);
    for await (const item of everyItem(command, org, method, args)) {
      progress.tick();
      await writer.add(item);
    }
    progress.done();
    await writer.end();
  } catch (error) {
    const request = recorded();
    if (request) {
      await printRecordedRequest(io.stdout, request, format);
      return;
    }
    throw error;
  }
}

/**
 * Every item of a list command: through the client's paging method (`x-client-paginate`), or for
 * a command without one (filterTenants is a POST) by calling it again with the `next` cursor of
 * `links.next.href`, which is what that link carries.
 */
async function* everyItem(
  command: CliCommand,
  org: OrgClient,
  method: AnyMethod,
  args: unknown[],
): AsyncGenerator<unknown> {
  if (command.paginate) {
    const resource = command.clientMethod.split(".")[0] ?? "";
    const listAll = clientMethod(org, `${resource}.${command.paginate.method}`);
    yield* listAll(...args) as AsyncIterable<unknown>;
    return;
  }
  const queryIndex = command.call.findIndex((argument) => argument.from === "query");
  if (queryIndex < 0 || !command.flags.some((flag) => flag.in === "query" && flag.key === "next")) {
    throw new UsageError(`${command.noun} ${command.verb} does not page; leave out --all`);
  }
  const callArgs = [...args];
  for (;;) {
    const page = (await method(...callArgs)) as Record<string, unknown>;
    yield* (page.data as unknown[] | undefined) ?? [];
    const next = at(page, "links.next.href");
    if (typeof next !== "string" || next === "") return;
    const cursor = new URL(next, "http://relative.invalid").searchParams.get("next");
    if (!cursor) return;
    callArgs[queryIndex] = { ...(callArgs[queryIndex] as object | undefined), next: cursor };
  }
}

/** Prints a single call's result: a page's items for a list, the object otherwise. */
async function printResult(
  command: CliCommand,
  result: unknown,
  format: ReturnType<typeof chooseFormat>,
  color: boolean,
  io: CliIo,
): Promise<void> {
  if (result === undefined || result === null) {
    if (io.stderr.isTTY) io.stderr.write(`qlik-org: ${command.summary}: done.\n`);
    return;
  }
  const items = (result as { data?: unknown }).data;
  if (Array.isArray(items) && command.flags.some((flag) => flag.key === "next")) {
    const writer = await createListWriter(io.stdout, format, color);
    for (const item of items) await writer.add(item);
    await writer.end();
    const next = at(result, "links.next.href");
    if (typeof next === "string" && io.stderr.isTTY) {
      io.stderr.write("qlik-org: more results: add --all to fetch every page\n");
    }
    return;
  }
  await writeObject(io.stdout, result as Record<string, unknown>, format, color);
  noteSecret(result, io);
}
