// What a command does when its generated description and the client disagree (a mismatched
// install, or a spec edit): the guards in run-operation.ts, driven with edited descriptions, since
// the generated ones always agree with the client.

import { type CliCommand, cliCommands } from "@qlik-org/generated/cli-commands";
import { describe, expect, it } from "vitest";
import { runOperation } from "../../src/run-operation.js";
import { createInProcessOrg } from "../support/in-process-org.js";
import { createCapturedIo, credentialEnv } from "../support/run-in-process.js";
import { seededTenants } from "../support/seed.js";

/** The generated description of `noun verb`. */
function described(noun: string, verb: string): CliCommand {
  const command = cliCommands.find((c) => c.noun === noun && c.verb === verb);
  if (!command) throw new Error(`no command ${noun} ${verb}`);
  return command;
}

/** Runs `command` against a fresh organization of 25 tenants, with the seeded credential. */
async function run(
  command: CliCommand,
  options: Record<string, unknown>,
  positionals: string[] = [],
) {
  const mock = createInProcessOrg({ seed: { tenants: seededTenants(25) } });
  const captured = createCapturedIo({ env: credentialEnv(), fetch: mock.fetch });
  const done = runOperation(command, positionals, options, { output: "ndjson" }, captured.io);
  return { done, stdout: captured.stdout, requests: mock.requests };
}

describe("a client without the method a command names", () => {
  it("fails with what to install, exit 1", async () => {
    const { done } = await run(
      { ...described("tenants", "get"), clientMethod: "tenants.fetchOne" },
      {},
      ["t"],
    );
    await expect(done).rejects.toMatchObject({
      exitCode: 1,
      message:
        "this @qlik-org/client has no method tenants.fetchOne; install a version that matches @qlik-org/cli",
    });
  });
});

describe("--all on a command the description says cannot page", () => {
  it.each<[string, CliCommand]>([
    ["no query argument", { ...described("tenants", "get"), paginate: null }],
    [
      "no next cursor among its flags",
      {
        ...described("tenants", "filter"),
        flags: described("tenants", "filter").flags.filter((f) => f.key !== "next"),
      },
    ],
  ])("%s: a usage error, nothing sent", async (_, command) => {
    const { done, requests } = await run(command, { all: true, filter: "x" }, ["t"]);
    await expect(done).rejects.toMatchObject({
      exitCode: 2,
      message: `tenants ${command.verb} does not page; leave out --all`,
    });
    expect(requests.filter((request) => request.path !== "/oauth/token")).toEqual([]);
  });

  it("a list without a paging method pages by its next cursor instead", async () => {
    const { done, stdout, requests } = await run(
      { ...described("tenants", "list"), paginate: null },
      { all: true, limit: 10 },
    );
    await done;
    expect(stdout().trimEnd().split("\n")).toHaveLength(25);
    expect(requests.filter((request) => request.path.startsWith("/api/core/tenants"))).toHaveLength(
      3,
    );
  });
});
