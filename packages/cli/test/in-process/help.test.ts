// The help text: the root command's description, every global option and command with what it
// does, each command's own help with the spec's words, and `-h`.

import { describe, expect, it } from "vitest";
import { runInProcess } from "../support/run-in-process.js";

/** Help text with its wrapping undone (it wraps at the terminal's width). */
const unwrapped = (text: string) => text.replace(/\s+/g, " ").trim();

async function help(argv: string[]) {
  const run = await runInProcess(argv);
  expect(run).toMatchObject({ code: 0, stderr: "" });
  return unwrapped(run.stdout);
}

const globalOptions = `--version print the version
  --base-url <url> organization URL (env: QLIK_ORG_BASE_URL)
  --context <name> use this saved context
  -o, --output <format> table on a terminal, json in a pipe (choices: "table", "json", "yaml", "ndjson", "csv")
  --yes confirm destructive commands without asking
  --dry-run print the request instead of sending it (nothing is sent)
  --verbose log what the client does on stderr (credentials redacted)
  --no-color never colour the output (NO_COLOR works too)`;

describe("qlik-org --help", () => {
  it("says what the CLI manages, where credentials come from, every option and command", async () => {
    expect(await help(["--help"])).toBe(
      unwrapped(`Usage: qlik-org [options] [command]
        Manage a Qlik Cloud organization: tenants, OAuth clients and tokens.
        Credentials: QLIK_ORG_CLIENT_ID + QLIK_ORG_CLIENT_SECRET, QLIK_ORG_ACCESS_TOKEN, or a context.
        Options: ${globalOptions}
          -h, --help show help
        Commands:
          tenants tenants (from the API spec)
          oauth-clients oauth-clients (from the API spec)
          auth access tokens
          context saved base URLs and credentials (~/.config/qlik-org, mode 0600)
          completion <shell> print a shell completion script
          help [command] display help for command`),
    );
  });

  it("-h is the same", async () => {
    expect(await help(["-h"])).toBe(await help(["--help"]));
  });
});

describe("the hand-written commands", () => {
  it("context: its five verbs, and the global options", async () => {
    expect(await help(["context", "--help"])).toBe(
      unwrapped(`Usage: qlik-org context [options] [command]
        saved base URLs and credentials (~/.config/qlik-org, mode 0600)
        Options: -h, --help show help
        Global Options: ${globalOptions}
        Commands:
          create [options] <name> save a context; the secret is read from stdin or a hidden prompt
          use <name> make a context the current one
          ls list the contexts (never their secrets)
          show show the current context (or --context NAME)
          rm <name> delete a context
          help [command] display help for command`),
    );
  });

  it("context create: its argument and options", async () => {
    const text = await help(["context", "create", "--help"]);
    expect(text).toContain("Arguments: name a name for the context");
    expect(text).toContain(
      "Options: --client-id <id> ID of the organization's OAuth client --base-url <url> organization URL --client-secret-stdin read the client secret from stdin -h, --help show help",
    );
  });

  it("context use and rm name their argument", async () => {
    expect(await help(["context", "use", "--help"])).toContain("Arguments: name the context");
    expect(await help(["context", "rm", "--help"])).toContain("Arguments: name the context");
  });

  it("auth token and completion", async () => {
    expect(await help(["auth", "--help"])).toContain(
      "Commands: token print an access token, for piping into other tools",
    );
    expect(await help(["completion", "--help"])).toContain(
      'Arguments: shell bash, zsh or fish (choices: "bash", "zsh", "fish")',
    );
  });
});

describe("a generated command", () => {
  it("has the spec's summary and description, its flags and the globals", async () => {
    const run = await runInProcess(["oauth-clients", "create", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Usage: qlik-org oauth-clients create \[options\]\n\nCreate an OAuth client\.\n\n\S/,
    );
    const text = unwrapped(run.stdout);
    expect(text).toContain(
      "--client-name <value> Human-readable name of the client application. (required, here or in --body) --description",
    );
    expect(text).toContain(
      "--allowed-auth-methods <values> Ways in which the client may prove its identity. (repeat, or separate with commas) (choices: client_secret, private_key_jwt) --body",
    );
    expect(text).toContain(
      "--redirect-uris <values> Redirect URIs the client may send users back to after sign-in. (repeat, or separate with commas) --allowed-scopes",
    );
    expect(text).toContain(
      "--logo-uri <value> Location of the application's logo image. --client-uri",
    );
    // A one-of flag lists its choices once (commander's), a list flag once (ours).
    expect(text).toContain(
      'it cannot be changed later. (required, here or in --body) (choices: "web", "native", "spa", "anonymous-embed") --logo-uri',
    );
    // No empty part of a description leaves a gap: one space between its parts.
    expect(run.stdout).not.toMatch(/\S {2,}\(/);
    expect(text).toContain(
      "--body <file> the JSON body: @file.json, - for stdin; flags override it",
    );
    expect(text).toContain(`Global Options: ${unwrapped(globalOptions)}`);
  });

  it("paging commands offer --all, a JSON Patch command --patch and a flag per patchable field", async () => {
    const filter = await help(["tenants", "filter", "--help"]);
    expect(filter).toContain(
      "--all follow links.next.href to the last page, printing items as they come",
    );
    expect(filter).toContain("--limit <n> ");
    expect(filter).toContain("--filter <value> ");
    // A required query flag must be given as a flag: there is no --body to give it in.
    const count = await help(["tenants", "count", "--help"]);
    expect(count).toContain("--filter <value> SCIM");
    expect(count).not.toContain("(required, here or in --body)");
    expect(count).not.toContain("--all");
    const oauthList = await help(["oauth-clients", "list", "--help"]);
    expect(oauthList).toMatch(/--total-results [A-Z]/);
    const update = await help(["oauth-clients", "update", "--help"]);
    expect(update).toContain("--patch <file> JSON Patch steps: @file.json or - for stdin");
    expect(update).toContain("--client-name <value> replace /clientName");
    expect(update).not.toContain("--all");
    const get = (await runInProcess(["tenants", "get", "--help"])).stdout;
    expect(get).toMatch(/Arguments:\n +tenantId +\S/);
    expect(get).not.toContain("--all");
    expect(get).not.toContain("--body");
  });
});
