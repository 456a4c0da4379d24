// `qlik-org context create | use | ls | show | rm`: named base URLs and credentials.

import { CliError, UsageError } from "./cli-errors.js";
import {
  checkContextName,
  contextsPath,
  pickContext,
  readContexts,
  writeContexts,
} from "./context-store.js";
import type { GlobalOptions } from "./global-options.js";
import { type CliIo, readAll } from "./io.js";
import { chooseFormat, useColor } from "./output/choose-format.js";
import { createListWriter } from "./output/list-writer.js";
import { writeObject } from "./output/write-value.js";
import { canPrompt, promptSecret } from "./prompts.js";

/** Options of `context create`. */
export interface CreateContextOptions {
  readonly clientId: string;
  readonly baseUrl?: string;
  readonly clientSecretStdin?: boolean;
}

/** Saves a context from `--client-id` and a secret read from stdin or a hidden prompt. */
export async function createContext(
  name: string,
  options: CreateContextOptions,
  globals: GlobalOptions,
  io: CliIo,
): Promise<void> {
  checkContextName(name);
  let clientSecret: string;
  if (options.clientSecretStdin) {
    clientSecret = (await readAll(io.stdin)).replace(/\r?\n$/, "");
  } else if (canPrompt(io)) {
    clientSecret = await promptSecret(io, `Client secret of ${options.clientId}`);
  } else {
    throw new UsageError(
      "no client secret: stdin is not a terminal to ask on",
      "pipe it in with --client-secret-stdin",
    );
  }
  if (clientSecret === "") throw new UsageError("the client secret read from stdin is empty");
  const baseUrl = options.baseUrl ?? globals.baseUrl;
  const file = await readContexts(io.env);
  file.contexts[name] = {
    clientId: options.clientId,
    clientSecret,
    ...(baseUrl ? { baseUrl } : {}),
  };
  file.current ??= name;
  const path = await writeContexts(io.env, file);
  io.stderr.write(
    `qlik-org: saved context "${name}" in ${path}${file.current === name ? " (current)" : ""}\n`,
  );
}

/** Makes `name` the current context. */
export async function useContext(name: string, io: CliIo): Promise<void> {
  const file = await readContexts(io.env);
  pickContext(file, checkContextName(name));
  file.current = name;
  await writeContexts(io.env, file);
  io.stderr.write(`qlik-org: current context is now "${name}"\n`);
}

/** The fields of a context that may be shown: never the secret. */
function describe(file: Awaited<ReturnType<typeof readContexts>>, name: string) {
  const context = file.contexts[name];
  return {
    name,
    current: file.current === name,
    baseUrl: context?.baseUrl ?? "",
    clientId: context?.clientId ?? "",
  };
}

/** Lists every context. */
export async function listContexts(globals: GlobalOptions, io: CliIo): Promise<void> {
  const file = await readContexts(io.env);
  const writer = await createListWriter(
    io.stdout,
    chooseFormat(globals, io),
    useColor(globals, io, "stdout"),
  );
  for (const name of Object.keys(file.contexts).sort()) await writer.add(describe(file, name));
  await writer.end();
}

/** Shows the current context, or the one named with `--context`. */
export async function showContext(globals: GlobalOptions, io: CliIo): Promise<void> {
  const file = await readContexts(io.env);
  const picked = pickContext(file, globals.context);
  if (!picked) {
    throw new CliError("no current context", {
      hint: "create one with `qlik-org context create NAME --client-id ID`",
    });
  }
  await writeObject(
    io.stdout,
    { ...describe(file, picked.name), file: contextsPath(io.env) },
    chooseFormat(globals, io),
    useColor(globals, io, "stdout"),
  );
}

/** Deletes a context (and clears "current" when it was). */
export async function removeContext(name: string, io: CliIo): Promise<void> {
  const file = await readContexts(io.env);
  pickContext(file, checkContextName(name));
  delete file.contexts[name];
  if (file.current === name) file.current = undefined;
  await writeContexts(io.env, file);
  io.stderr.write(`qlik-org: removed context "${name}"\n`);
}
