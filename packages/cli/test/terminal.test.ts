// On a real terminal (tmux): delete asks for the id to be typed, and context create asks for the
// secret without showing it.

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { freshConfigHome } from "./support/config-home.js";
import { type MockOrg, startMockOrg } from "./support/mock-org.js";
import { envFor, runCli } from "./support/run-cli.js";
import { seededCredential } from "./support/seed.js";
import { hasTmux, startTerminal, type Terminal } from "./support/tmux.js";

let mock: MockOrg;
let env: NodeJS.ProcessEnv;
const terminals: Terminal[] = [];

beforeAll(async () => {
  mock = await startMockOrg({ seed: { credentials: [{ ...seededCredential }] } });
  env = envFor(mock.url);
});
afterAll(async () => {
  for (const terminal of terminals) terminal.close();
  await mock.close();
});

async function createClient(name: string): Promise<string> {
  const result = await runCli(
    ["oauth-clients", "create", "--app-type", "web", "--client-name", name],
    { env },
  );
  return JSON.parse(result.stdout).clientId;
}

function qlikOrg(args: string[], runEnv: NodeJS.ProcessEnv): Terminal {
  const terminal = startTerminal([process.execPath, inject("cliBin"), ...args], runEnv);
  terminals.push(terminal);
  return terminal;
}

// CI installs tmux (.ci/apt-packages), so there a missing tmux fails instead of skipping.
describe.skipIf(!hasTmux && !process.env.CI)("on a terminal", () => {
  it("prints a table by default, and a count of fetched items is not left on the screen", async () => {
    await createClient("shown-in-a-table");
    const terminal = qlikOrg(["oauth-clients", "list", "--all"], env);
    expect(await terminal.exitCode()).toBe(0);
    const screen = terminal.screen();
    expect(screen).toMatch(/│ clientId\s+│ appType\s+│ clientName/);
    expect(screen).toContain("shown-in-a-table");
  });

  it("colours the table's header on a terminal, and never with NO_COLOR or --no-color", async () => {
    const bold = "\x1b[1m";
    const coloured = qlikOrg(["oauth-clients", "list"], { ...env, TERM: "xterm-256color" });
    expect(await coloured.exitCode()).toBe(0);
    expect(coloured.screen(true)).toContain(bold);
    const noColor = qlikOrg(["oauth-clients", "list"], {
      ...env,
      TERM: "xterm-256color",
      NO_COLOR: "1",
    });
    expect(await noColor.exitCode()).toBe(0);
    expect(noColor.screen(true)).not.toContain(bold);
    const flag = qlikOrg(["--no-color", "oauth-clients", "list"], {
      ...env,
      TERM: "xterm-256color",
    });
    expect(await flag.exitCode()).toBe(0);
    expect(flag.screen(true)).not.toContain(bold);
    expect(flag.screen()).toContain("clientId");
  });

  it("delete asks for the id and deletes once it is typed", async () => {
    const id = await createClient("typed");
    const terminal = qlikOrg(["oauth-clients", "delete", id], env);
    await terminal.waitFor(`type ${id} to confirm`);
    expect(mock.org.snapshot().clients.map((c) => c.clientId)).toContain(id);
    terminal.type(id, "Enter");
    expect(await terminal.exitCode()).toBe(0);
    expect(mock.org.snapshot().clients.map((c) => c.clientId)).not.toContain(id);
  });

  it("delete sends nothing when a different id is typed (exit 3)", async () => {
    const id = await createClient("kept");
    const before = mock.requests.length;
    const terminal = qlikOrg(["oauth-clients", "delete", id], env);
    await terminal.waitFor(`type ${id} to confirm`);
    terminal.type("not-the-id", "Enter");
    expect(await terminal.exitCode()).toBe(3);
    expect(mock.requests.length).toBe(before);
    expect(mock.org.snapshot().clients.map((c) => c.clientId)).toContain(id);
  });

  it("context create asks for the secret without echoing it", async () => {
    const configEnv = { ...env, XDG_CONFIG_HOME: freshConfigHome() };
    const terminal = qlikOrg(
      [
        "context",
        "create",
        "typed",
        "--client-id",
        seededCredential.clientId,
        "--base-url",
        mock.url,
      ],
      configEnv,
    );
    await terminal.waitFor("Client secret");
    terminal.type(seededCredential.clientSecret, "Enter");
    expect(await terminal.exitCode()).toBe(0);
    expect(terminal.screen()).not.toContain(seededCredential.clientSecret);
    const shown = await runCli(["--context", "typed", "tenants", "list"], {
      env: { PATH: process.env.PATH, XDG_CONFIG_HOME: configEnv.XDG_CONFIG_HOME },
    });
    expect(shown.status, shown.stderr).toBe(0);
  });
});
