// Runs a command in a real terminal: a tmux session on a private socket, typed into with
// send-keys and read with capture-pane.

import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A command running in a terminal of its own. */
export interface Terminal {
  /** Types text (tmux key names allowed, e.g. `Enter`). */
  type(...keys: string[]): void;
  /** What the screen shows now; with `escapes`, its colours as escape sequences too. */
  screen(escapes?: boolean): string;
  /** Waits until the screen shows `text`. */
  waitFor(text: string): Promise<string>;
  /** Waits for the command to end and resolves with its exit code. */
  exitCode(): Promise<number>;
  /** Ends the session's tmux server. */
  close(): void;
}

/** Whether tmux is installed (.ci/apt-packages installs it in CI). */
export const hasTmux = (() => {
  try {
    execFileSync("tmux", ["-V"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

async function poll<T>(read: () => T | undefined, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Starts `argv` with `env` in a fresh 120×30 terminal. */
export function startTerminal(argv: readonly string[], env: NodeJS.ProcessEnv): Terminal {
  const dir = mkdtempSync(join(tmpdir(), "qlik-org-tmux-"));
  const socket = `qlik-org-cli-test-${process.pid}-${Date.now()}`;
  const exitFile = join(dir, "exit");
  const quote = (value: string) => `'${value.replaceAll("'", "'\\''")}'`;
  const exports = Object.entries(env)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `export ${name}=${quote(value as string)}`);
  const script = join(dir, "run.sh");
  writeFileSync(
    script,
    `${exports.join("\n")}\n${argv.map(quote).join(" ")}\necho $? > ${quote(exitFile)}\nsleep 60\n`,
  );
  const tmux = (...args: string[]) =>
    execFileSync("tmux", ["-L", socket, ...args], { encoding: "utf8" });
  tmux("new-session", "-d", "-x", "120", "-y", "30", "bash", "--noprofile", "--norc", script);
  const screen = (escapes = false) => tmux("capture-pane", "-p", ...(escapes ? ["-e"] : []));
  return {
    type: (...keys) => {
      tmux("send-keys", ...keys);
    },
    screen,
    waitFor: (text) =>
      poll(() => {
        const shown = screen(false);
        return shown.includes(text) ? shown : undefined;
      }, `"${text}" on the screen`),
    exitCode: () =>
      poll(
        () => (existsSync(exitFile) ? Number(readFileSync(exitFile, "utf8").trim()) : undefined),
        "the command to exit",
      ),
    close: () => {
      try {
        tmux("kill-server");
      } catch {
        // Already gone.
      }
    },
  };
}
