import { isAbsolute, resolve } from "node:path";

/**
 * Resolves a path given on the command line. `npm run` starts a workspace's script in the
 * workspace's folder, not where the user typed the command; npm records that folder in `INIT_CWD`,
 * so a relative path counts from there, and from the working directory outside npm.
 */
export function resolveCliPath(
  path: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd: string = process.cwd(),
): string {
  if (isAbsolute(path)) return resolve(path);
  return resolve(env.INIT_CWD || cwd, path);
}
