// Runs the installed `qlik-org` in a child process, and keeps every output of the test file so a
// final test can scan them all for secrets and tokens.

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { run } from "../../../release-checks/test/support/repo.js";

/** What one run printed and how it ended. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Every output of this test file, with the command that printed it. */
export const transcript: { args: readonly string[]; stdout: string; stderr: string }[] = [];

/** The seeded credential of the tests' organizations. */
export const seededCredential = {
  clientId: "cli-test-client",
  clientSecret: "cli-test-seeded-secret-8d1f0c",
} as const;

/** A fresh, empty config folder for XDG_CONFIG_HOME. */
export function freshConfigHome(): string {
  return mkdtempSync(join(tmpdir(), "qlik-org-cli-config-"));
}

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

/** `count` valid tenants in one subscription, for paging tests. */
export function seededTenants(count: number, subscriptionId = "1111222233334444") {
  return Array.from({ length: count }, (_, index) => ({
    id: `tenant${String(index).padStart(26, "0")}`,
    name: `Tenant ${String(index).padStart(3, "0")}`,
    hostnames: [`t${index}.us.qlikcloud.com`],
    regionCode: "us-east-1",
    countryCode: "US",
    status: "active" as const,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    subscriptionId,
  }));
}
