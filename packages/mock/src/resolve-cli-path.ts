// Where a relative path given to the CLI points.

import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";

/**
 * Resolves a path given on the command line against the working directory, as every CLI does.
 * Only when nothing is there does it try `INIT_CWD`: `npm run` starts a workspace's script in the
 * workspace's folder, and npm records where the user typed the command in `INIT_CWD`, so
 * `npm run mock -- --seed-file seed.json` at a repository root still finds `./seed.json` there.
 * A path found in neither place resolves against the working directory (for the error message).
 */
export function resolveCliPath(
  path: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd: string = process.cwd(),
  exists: (path: string) => boolean = existsSync,
): string {
  if (isAbsolute(path)) return resolve(path);
  const fromCwd = resolve(cwd, path);
  if (exists(fromCwd) || !env.INIT_CWD) return fromCwd;
  const fromInitCwd = resolve(env.INIT_CWD, path);
  return exists(fromInitCwd) ? fromInitCwd : fromCwd;
}
