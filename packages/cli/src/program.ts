// The command tree: one command per operation from the generated descriptions, plus the
// hand-written `auth`, `context` and `completion`. Each action imports its code when it runs, so
// `qlik-org --help` loads only commander and the descriptions.

import type { CliCommand, CliFlag } from "@qlik-org/generated/cli-commands";
import { cliCommands } from "@qlik-org/generated/cli-commands";
import { Command, InvalidArgumentError, Option } from "commander";
import { completionShells } from "./completion-shells.js";
import { type GlobalOptions, outputFormats } from "./global-options.js";
import type { CliIo } from "./io.js";
import { VERSION } from "./version.js";

/** Parses a number flag, refusing anything else as a usage error. */
function numberParser(flag: CliFlag) {
  return (value: string) => {
    const parsed = Number(value);
    if (value.trim() === "" || Number.isNaN(parsed)) {
      throw new InvalidArgumentError("expected a number.");
    }
    if (flag.type === "integer" && !Number.isInteger(parsed)) {
      throw new InvalidArgumentError("expected a whole number.");
    }
    return parsed;
  };
}

/** Collects a list flag given repeatedly or comma-separated, checking each value's choices. */
function listParser(flag: CliFlag) {
  return (value: string, previous: string[] | undefined) => {
    const values = value
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    const wrong = flag.choices ? values.filter((part) => !flag.choices?.includes(part)) : [];
    if (wrong.length > 0) {
      throw new InvalidArgumentError(`allowed choices are ${flag.choices?.join(", ")}.`);
    }
    return [...(previous ?? []), ...values];
  };
}

/** The commander option of a generated flag. */
function optionOf(flag: CliFlag): Option {
  const valueName =
    flag.type === "string[]" ? "<values>" : `<${flag.type === "string" ? "value" : "n"}>`;
  const option = new Option(
    flag.type === "boolean" ? `--${flag.name}` : `--${flag.name} ${valueName}`,
    [
      flag.description,
      flag.type === "string[]" ? "(repeat, or separate with commas)" : "",
      flag.type === "string[]" && flag.choices ? `(choices: ${flag.choices.join(", ")})` : "",
      flag.required && flag.in === "body" ? "(required, here or in --body)" : "",
    ]
      .filter(Boolean)
      .join(" "),
  );
  if (flag.type === "integer" || flag.type === "number") option.argParser(numberParser(flag));
  else if (flag.type === "string[]") option.argParser(listParser(flag));
  else if (flag.choices) option.choices(flag.choices);
  if (flag.required && flag.in === "query") option.makeOptionMandatory();
  return option;
}

/** Adds one generated command under its noun. */
function addOperation(parent: Command, spec: CliCommand, run: RunAction) {
  const command = parent.command(spec.verb).summary(spec.summary);
  command.description(spec.description ? `${spec.summary}.\n\n${spec.description}` : spec.summary);
  for (const argument of spec.arguments) {
    command.argument(`<${argument.name}>`, argument.description);
  }
  for (const flag of spec.flags) command.addOption(optionOf(flag));
  if (spec.body?.kind === "object") {
    command.option("--body <file>", "the JSON body: @file.json, - for stdin; flags override it");
  }
  if (spec.body?.kind === "json-patch") {
    command.option("--patch <file>", "JSON Patch steps: @file.json or - for stdin");
    for (const field of spec.body.fields) {
      command.option(`--${field.name} <value>`, `replace ${field.path}`);
    }
  }
  const pagesByCursor = spec.flags.some((flag) => flag.in === "query" && flag.key === "next");
  if (spec.paginate || pagesByCursor) {
    command.option("--all", "follow links.next.href to the last page, printing items as they come");
  }
  command.action((...args: unknown[]) => {
    const positionals = args.slice(0, spec.arguments.length) as string[];
    const options = (args[spec.arguments.length] ?? {}) as Record<string, unknown>;
    return run(async (globals, io) => {
      const { runOperation } = await import("./run-operation.js");
      await runOperation(spec, positionals, options, globals, io);
    }, `${spec.noun} ${spec.verb}`);
  });
}

/** Runs an action's body with the global options and the run's streams. */
export type RunAction = (
  body: (globals: GlobalOptions, io: CliIo) => Promise<void>,
  what: string,
) => Promise<void>;

/** Builds the whole `qlik-org` program; `configure` sets output and exit handling first. */
export function buildProgram(configure: (program: Command) => void, run: RunAction): Command {
  const program = new Command("qlik-org");
  configure(program);
  // Set before the subcommands are added, which copy it: every command's help lists the globals.
  program.configureHelp({ showGlobalOptions: true });
  program
    .description(
      "Manage a Qlik Cloud organization: tenants, OAuth clients and tokens.\nCredentials: QLIK_ORG_CLIENT_ID + QLIK_ORG_CLIENT_SECRET, QLIK_ORG_ACCESS_TOKEN, or a context.",
    )
    .version(VERSION, "--version", "print the version")
    .helpOption("-h, --help", "show help")
    // Not commander's .env(): it reads process.env, and the environment is the one in `io` (see
    // connection.ts, which falls back to QLIK_ORG_BASE_URL there).
    .option("--base-url <url>", "organization URL (env: QLIK_ORG_BASE_URL)")
    .option("--context <name>", "use this saved context")
    .addOption(
      new Option("-o, --output <format>", "table on a terminal, json in a pipe").choices(
        outputFormats,
      ),
    )
    .option("--yes", "confirm destructive commands without asking")
    .option("--dry-run", "print the request instead of sending it (nothing is sent)")
    .option("--verbose", "log what the client does on stderr (credentials redacted)")
    .option("--no-color", "never colour the output (NO_COLOR works too)")
    .showSuggestionAfterError(true);

  const nouns = new Map<string, Command>();
  for (const spec of cliCommands) {
    let noun = nouns.get(spec.noun);
    if (!noun) {
      noun = program.command(spec.noun).description(`${spec.noun} (from the API spec)`);
      nouns.set(spec.noun, noun);
    }
    addOperation(noun, spec, run);
  }

  const auth = program.command("auth").description("access tokens");
  auth
    .command("token")
    .description("print an access token, for piping into other tools")
    .action(() =>
      run(async (globals, io) => {
        const { runAuthToken } = await import("./auth-token.js");
        await runAuthToken(globals, io);
      }, "auth token"),
    );

  const context = program
    .command("context")
    .description("saved base URLs and credentials (~/.config/qlik-org, mode 0600)");
  context
    .command("create")
    .description("save a context; the secret is read from stdin or a hidden prompt")
    .argument("<name>", "a name for the context")
    .requiredOption("--client-id <id>", "ID of the organization's OAuth client")
    .option("--base-url <url>", "organization URL")
    .option("--client-secret-stdin", "read the client secret from stdin")
    .action(
      (
        name: string,
        options: { clientId: string; baseUrl?: string; clientSecretStdin?: boolean },
      ) =>
        run(async (globals, io) => {
          const { createContext } = await import("./context-commands.js");
          await createContext(name, options, globals, io);
        }, "context create"),
    );
  context
    .command("use")
    .description("make a context the current one")
    .argument("<name>", "the context")
    .action((name: string) =>
      run(async (_, io) => {
        const { useContext } = await import("./context-commands.js");
        await useContext(name, io);
      }, "context use"),
    );
  context
    .command("ls")
    .description("list the contexts (never their secrets)")
    .action(() =>
      run(async (globals, io) => {
        const { listContexts } = await import("./context-commands.js");
        await listContexts(globals, io);
      }, "context ls"),
    );
  context
    .command("show")
    .description("show the current context (or --context NAME)")
    .action(() =>
      run(async (globals, io) => {
        const { showContext } = await import("./context-commands.js");
        await showContext(globals, io);
      }, "context show"),
    );
  context
    .command("rm")
    .description("delete a context")
    .argument("<name>", "the context")
    .action((name: string) =>
      run(async (_, io) => {
        const { removeContext } = await import("./context-commands.js");
        await removeContext(name, io);
      }, "context rm"),
    );

  program
    .command("completion")
    .description("print a shell completion script")
    .addArgument(
      new Command().createArgument("<shell>", "bash, zsh or fish").choices(completionShells),
    )
    .action((shell: (typeof completionShells)[number]) =>
      run(async (_, io) => {
        const { completionScript } = await import("./completion.js");
        io.stdout.write(completionScript(program, shell));
      }, "completion"),
    );
  return program;
}
