// A `web` OAuth client that holds a secret, created through the CLI: the tests of secrets, deletes
// and cells all need one.

import { expect } from "vitest";
import type { InProcessOrg } from "./in-process-org.js";
import { runAgainst } from "./run-in-process.js";

/** The command line that creates a web client authenticating with a secret. */
export function createWebClientArgv(name: string): string[] {
  return [
    "oauth-clients",
    "create",
    "--app-type",
    "web",
    "--client-name",
    name,
    "--allowed-auth-methods",
    "client_secret",
  ];
}

/** Creates such a client in `org`; resolves with what the CLI printed (its id and secret). */
export async function createWebClient(org: InProcessOrg, name = "ci") {
  const { code, stdout, stderr } = await runAgainst(org, createWebClientArgv(name));
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout) as { clientId: string; clientSecret: string };
}
