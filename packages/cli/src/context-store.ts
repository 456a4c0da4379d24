// Named contexts (a base URL and a client's credentials) in a file only the user can read:
// `$XDG_CONFIG_HOME/qlik-org/contexts.json`, folder 0700 and file 0600. Why not the OS keychain:
// docs/decisions/0005-cli-context-store.md.

import { chmod, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { CliError, UsageError } from "./cli-errors.js";
import { exitCodes } from "./exit-codes.js";

/** One saved context. The secret is stored, never printed. */
export interface StoredContext {
  /** The organization's base URL, or undefined for the client's default. */
  readonly baseUrl?: string | undefined;
  /** ID of the organization-level OAuth client. */
  readonly clientId: string;
  /** Its secret. */
  readonly clientSecret: string;
}

/** The whole file. */
export interface ContextFile {
  /** Name of the context used when none is named. */
  current?: string | undefined;
  /** Every context, by name. */
  contexts: Record<string, StoredContext>;
}

/** The folder of the CLI's configuration: `$XDG_CONFIG_HOME/qlik-org` or `~/.config/qlik-org`. */
export function configDir(env: Readonly<Record<string, string | undefined>>): string {
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), ".config");
  return join(base, "qlik-org");
}

/** Where the contexts are kept. */
export function contextsPath(env: Readonly<Record<string, string | undefined>>): string {
  return join(configDir(env), "contexts.json");
}

/** Refuses a context name that could not be a plain word in a shell or a file. */
export function checkContextName(name: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
    throw new UsageError(
      `invalid context name "${name}"`,
      "use letters, digits, '.', '_' and '-', starting with a letter or digit",
    );
  }
  return name;
}

/** Reads the contexts file; an absent file is an empty store. */
export async function readContexts(
  env: Readonly<Record<string, string | undefined>>,
): Promise<ContextFile> {
  const path = contextsPath(env);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { contexts: {} };
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    const parsed = JSON.parse(text) as ContextFile;
    if (typeof parsed !== "object" || parsed === null || typeof parsed.contexts !== "object") {
      throw new Error("expected { current, contexts }");
    }
    return parsed;
  } catch (error) {
    throw new CliError(`${path} is not a valid contexts file: ${(error as Error).message}`, {
      hint: `fix or remove ${path}, then create the contexts again`,
    });
  }
}

/** Writes the contexts file atomically, folder 0700 and file 0600 whatever the umask. */
export async function writeContexts(
  env: Readonly<Record<string, string | undefined>>,
  file: ContextFile,
): Promise<string> {
  const dir = configDir(env);
  const path = contextsPath(env);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // mkdir leaves an existing folder's mode alone, and the umask may have narrowed a new one.
  await chmod(dir, 0o700);
  const staging = `${path}.${process.pid}.tmp`;
  await writeFile(staging, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  await chmod(staging, 0o600);
  await rename(staging, path);
  return path;
}

/** The named context, or the current one when no name is given; undefined when there is none. */
export function pickContext(
  file: ContextFile,
  name: string | undefined,
): { name: string; context: StoredContext } | undefined {
  const chosen = name ?? file.current;
  if (chosen === undefined) return undefined;
  const context = file.contexts[chosen];
  if (!context) {
    throw new CliError(`no context named "${chosen}"`, {
      exitCode: name === undefined ? exitCodes.auth : exitCodes.usage,
      hint: `list them with \`qlik-org context ls\`, or create it with \`qlik-org context create ${chosen} --client-id ID\``,
    });
  }
  return { name: chosen, context };
}
