// @ts-nocheck
// `qlik-org completion bash|zsh|fish`: the scripts complete every noun, verb and flag of the
// command tree (generated commands included), and the completion command's own shells.

import { describe, expect, it } from "vitest";
import { runInProcess } from "../support/run-in-process.js";

async function script(shell: string) {
  const run = await runInProcess(["completion", shell]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).toBe("");
  return run.stdout;
}

const globals =
  "--version --base-url --context --output --yes --dry-run --verbose --no-color --help";

describe("bash", () => {
  it("completes nouns, then verbs, then each command's flags and the global ones", async () => {
    const bash = await script("bash");
    const lines = bash.split("\n");
    expect(lines[0]).toBe("# bash completion for qlik-org: source <(qlik-org completion bash)");
    expect(lines[1]).toBe("_qlik_org() {");
    expect(lines).toContain(`  local globals="${globals}"`);
    expect(lines).toContain('    words="tenants oauth-clients auth context completion"');
    expect(lines).toContain('      tenants) words="list get count filter" ;;');
    expect(lines).toContain('      context) words="create use ls show rm" ;;');
    expect(lines).toContain('      completion) words="bash zsh fish" ;;');
    expect(lines).toContain(
      '      "tenants list") words="--filter --limit --next --prev --sort --total-results --all --help" ;;',
    );
    expect(lines).toContain(
      '      "oauth-clients update") words="--patch --client-name --description --help" ;;',
    );
    expect(lines).toContain(
      '      "context create") words="--client-id --base-url --client-secret-stdin --help" ;;',
    );
    expect(lines).toContain('      "completion zsh") words="" ;;');
    expect(lines).toContain('    words="$words $globals"');
    expect(bash.endsWith("\ncomplete -F _qlik_org qlik-org\n")).toBe(true);
  });
});

describe("zsh", () => {
  it("loads bashcompinit and runs the bash function", async () => {
    const [zsh, bash] = [await script("zsh"), await script("bash")];
    expect(zsh).toBe(
      "#compdef qlik-org\n" +
        "# zsh completion for qlik-org: source <(qlik-org completion zsh)\n" +
        "autoload -U +X bashcompinit && bashcompinit\n" +
        bash.slice(bash.indexOf("\n") + 1),
    );
  });
});

describe("fish", () => {
  it("completes global flags, nouns, verbs after their noun, and flags after their verb", async () => {
    const fish = await script("fish");
    const lines = fish.split("\n");
    expect(lines[0]).toBe("# fish completion for qlik-org: qlik-org completion fish | source");
    expect(lines.slice(1, 10)).toEqual(
      globals.split(" ").map((flag) => `complete -c qlik-org -l ${flag.slice(2)}`),
    );
    const nouns = "tenants oauth-clients auth context completion";
    expect(lines).toContain(
      `complete -c qlik-org -f -n "not __fish_seen_subcommand_from ${nouns}" -a oauth-clients`,
    );
    expect(lines).toContain(
      'complete -c qlik-org -f -n "__fish_seen_subcommand_from tenants; and not __fish_seen_subcommand_from list get count filter" -a count',
    );
    expect(lines).toContain(
      'complete -c qlik-org -n "__fish_seen_subcommand_from tenants; and __fish_seen_subcommand_from count" -l filter',
    );
    expect(lines).toContain(
      'complete -c qlik-org -f -n "__fish_seen_subcommand_from completion; and not __fish_seen_subcommand_from bash zsh fish" -a fish',
    );
    expect(fish.endsWith('" -a fish\n')).toBe(true);
  });
});

it("refuses a shell it has no script for", async () => {
  const run = await runInProcess(["completion", "tcsh"]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("Allowed choices are bash, zsh, fish.");
});
