// Completion scripts: bash loads the one `qlik-org completion bash` prints and completes nouns,
// verbs and flags from it; zsh and fish get theirs.

import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { freshConfigHome } from "./support/config-home.js";
import { runCli } from "./support/run-cli.js";

const env = { PATH: process.env.PATH, HOME: process.env.HOME, XDG_CONFIG_HOME: freshConfigHome() };

/** A folder with a `qlik-org` command on PATH, as npm links it for a user. */
const binDir = join(inject("cliProject"), "node_modules", ".bin");

/** Runs bash with the completion loaded the documented way and completes `words`. */
function complete(words: string[]): string[] {
  const line = words.map((word) => `"${word}"`).join(" ");
  const script = `source <(qlik-org completion bash) || exit 9
complete -p qlik-org >/dev/null || exit 8
COMP_WORDS=(${line}); COMP_CWORD=${words.length - 1}
_qlik_org
printf '%s\\n' "\${COMPREPLY[@]}"`;
  const result = spawnSync("bash", ["-c", script], {
    encoding: "utf8",
    env: { ...env, PATH: `${binDir}:${dirname(process.execPath)}:${env.PATH}` },
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.trim().split("\n");
}

describe("completion", () => {
  it("bash: `source <(qlik-org completion bash)` loads and completes nouns, verbs and flags", () => {
    expect(complete(["qlik-org", "oa"])).toEqual(["oauth-clients"]);
    expect(complete(["qlik-org", "tenants", ""])).toEqual(["list", "get", "count", "filter"]);
    expect(complete(["qlik-org", "tenants", "list", "--al"])).toEqual(["--all"]);
    expect(complete(["qlik-org", "oauth-clients", "create", "--app"])).toEqual(["--app-type"]);
    expect(complete(["qlik-org", "completion", ""])).toEqual(["bash", "zsh", "fish"]);
  });

  it.each(["zsh", "fish"])("%s: a script naming every noun", async (shell) => {
    const result = await runCli(["completion", shell], { env });
    expect(result.status).toBe(0);
    for (const noun of ["tenants", "oauth-clients", "auth", "context"])
      expect(result.stdout).toContain(noun);
  });

  it("an unknown shell is a usage error", async () => {
    const result = await runCli(["completion", "tcsh"], { env });
    expect(result.status).toBe(2);
  });
});
