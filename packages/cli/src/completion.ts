// `qlik-org completion bash|zsh|fish`: completion scripts made from the command tree itself, so
// a command generated from a new operation completes too.

import type { Command } from "commander";

import { completionShells } from "./completion-shells.js";

/** One of the shells with a completion script. */
export type CompletionShell = (typeof completionShells)[number];

interface Node {
  readonly name: string;
  readonly flags: string[];
  readonly children: Node[];
}

/** The long flags of a command, `--help` included. */
function flagsOf(command: Command): string[] {
  return [...command.options.map((option) => option.long ?? ""), "--help"].filter(Boolean);
}

function treeOf(command: Command): Node {
  return {
    name: command.name(),
    flags: flagsOf(command),
    children: command.commands.map(treeOf),
  };
}

/** A shell word list, safe inside double quotes. */
const words = (list: readonly string[]) => list.join(" ");

function bash(root: Node): string {
  const nouns = root.children;
  const verbCases = nouns
    .map(
      (noun) => `      ${noun.name}) words="${words(noun.children.map((verb) => verb.name))}" ;;`,
    )
    .join("\n");
  const flagCases = nouns
    .flatMap((noun) =>
      noun.children.length === 0
        ? [`      "${noun.name} "*) words="${words(noun.flags)}" ;;`]
        : noun.children.map(
            (verb) => `      "${noun.name} ${verb.name}") words="${words(verb.flags)}" ;;`,
          ),
    )
    .join("\n");
  return `# bash completion for qlik-org: source <(qlik-org completion bash)
_qlik_org() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" words=""
  local globals="${words(root.flags)}"
  if [ "$COMP_CWORD" -eq 1 ]; then
    words="${words(nouns.map((noun) => noun.name))}"
  elif [ "$COMP_CWORD" -eq 2 ] && [[ "$cur" != -* ]]; then
    case "\${COMP_WORDS[1]}" in
${verbCases}
    esac
  else
    case "\${COMP_WORDS[1]} \${COMP_WORDS[2]}" in
${flagCases}
    esac
    words="$words $globals"
  fi
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -F _qlik_org qlik-org
`;
}

function zsh(root: Node): string {
  // zsh runs the bash function through bashcompinit, which ships with zsh.
  return `#compdef qlik-org
# zsh completion for qlik-org: source <(qlik-org completion zsh)
autoload -U +X bashcompinit && bashcompinit
${bash(root).split("\n").slice(1).join("\n")}`;
}

function fish(root: Node): string {
  const lines = ["# fish completion for qlik-org: qlik-org completion fish | source"];
  const nouns = root.children.map((noun) => noun.name);
  for (const flag of root.flags) lines.push(`complete -c qlik-org -l ${flag.slice(2)}`);
  for (const noun of root.children) {
    lines.push(
      `complete -c qlik-org -f -n "not __fish_seen_subcommand_from ${words(nouns)}" -a ${noun.name}`,
    );
    const verbs = noun.children.map((verb) => verb.name);
    for (const verb of noun.children) {
      lines.push(
        `complete -c qlik-org -f -n "__fish_seen_subcommand_from ${noun.name}; and not __fish_seen_subcommand_from ${words(verbs)}" -a ${verb.name}`,
      );
      for (const flag of verb.flags) {
        lines.push(
          `complete -c qlik-org -n "__fish_seen_subcommand_from ${noun.name}; and __fish_seen_subcommand_from ${verb.name}" -l ${flag.slice(2)}`,
        );
      }
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The completion script of `program` for `shell`. */
export function completionScript(program: Command, shell: CompletionShell): string {
  const root = treeOf(program);
  // The completion command completes its shells, not verbs.
  const completion = root.children.find((child) => child.name === "completion");
  if (completion) {
    completion.children.push(
      ...completionShells.map((name) => ({ name, flags: [], children: [] })),
    );
  }
  if (shell === "bash") return bash(root);
  if (shell === "zsh") return zsh(root);
  return fish(root);
}
