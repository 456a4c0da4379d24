// Runs the installed `qlik-org` in a child process, and keeps every output of the test file so a
// final test can scan them all for secrets and tokens.

import { inject } from "vitest";
import { run } from "../../../release-checks/test/support/repo.js";
import { freshConfigHome } from "./config-home.js";
import { seededCredential } from "./seed.js";

/** What one run printed and how it ended. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Every output of this test file, with the command that printed it. */
export const transcript: { args: readonly string[]; stdout: string; stderr: string }[] = [];

/** Environment for a run against `baseUrl` with the seeded credential. */
export function envFor(baseUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    XDG_CONFIG_HOME: freshConfigHome(),
    QLIK_ORG_BASE_URL: baseUrl,
    QLIK_ORG_CLIENT_ID: seededCredential.clientId,
    QLIK_ORG_CLIENT_SECRET: seededCredential.clientSecret,
    ...extra,
  };
}

/** Runs `qlik-org args` with `env` (nothing inherited) and `input` on stdin. */
export async function runCli(
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; input?: string },
): Promise<CliRun> {
  const result = await run(process.execPath, [inject("cliBin"), ...args], {
    env: options.env,
    input: options.input ?? "",
    timeoutMs: 60_000,
  });
  transcript.push({ args, stdout: result.stdout, stderr: result.stderr });
  return result;
}
