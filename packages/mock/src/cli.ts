#!/usr/bin/env node
// `qlik-org-mock`: serves the mock until interrupted, printing its URL and one line per request.

import { cliUsage, parseCliArgs } from "./parse-cli-args.js";
import { formatRequestLogLine } from "./request-log.js";
import { resolveCliPath } from "./resolve-cli-path.js";
import { readFaultsFile } from "./stateful/faults-file.js";
import type { StatefulOrgSeed } from "./stateful/types.js";

/** How to sign in to the default seed: its credentials are mock values, made to be printed. */
function describeDefaultSeed(seed: StatefulOrgSeed): string {
  const credentials = (seed.credentials ?? [])
    .map((c) => `client_id ${c.clientId} and client_secret ${c.clientSecret}`)
    .join(", or ");
  const tenants = seed.tenants?.length ?? 0;
  const clients = seed.clients?.length ?? 0;
  return `default seed: POST /oauth/token with ${credentials} (${tenants} tenants, ${clients} OAuth clients)`;
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parseCliArgs>;
  try {
    args = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`qlik-org-mock: ${(error as Error).message}\n\n${cliUsage}\n`);
    process.exitCode = 2;
    return;
  }
  if (args.help) {
    process.stdout.write(`${cliUsage}\n`);
    return;
  }

  // Loaded only now: Prism's imports take most of a second, which --help and a typo need not wait for.
  const { startMockServer } = await import("./start-mock-server.js");
  const server = await startMockServer({
    port: args.port,
    host: args.host,
    dynamic: args.dynamic,
    ...(args.seed === undefined ? {} : { seed: args.seed }),
    stateful: args.stateful,
    cors: args.cors,
    ...(args.maxBodyBytes === undefined ? {} : { maxBodyBytes: args.maxBodyBytes }),
    ...(args.seedFile === undefined ? {} : { seedFile: resolveCliPath(args.seedFile) }),
    ...(args.faultsFile === undefined
      ? {}
      : { faults: await readFaultsFile(resolveCliPath(args.faultsFile)) }),
    onRequest: (entry) => process.stdout.write(`${formatRequestLogLine(entry)}\n`),
  });
  // The library lets a process end while its server listens; serving other processes is the point here.
  server.ref();
  process.stdout.write(`qlik-org-mock listening on ${server.url}\n`);
  if (args.stateful && args.seedFile === undefined) {
    const { defaultSeed } = await import("./stateful/seed.js");
    process.stdout.write(`${describeDefaultSeed(defaultSeed)}\n`);
  }

  const stop = (signal: NodeJS.Signals) => {
    process.stdout.write(`qlik-org-mock: ${signal}, closing\n`);
    // A second signal while closing means "now": exit without waiting.
    process.once(signal, () => process.exit(1));
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `qlik-org-mock: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
