// Runs `runCli` in this process with captured streams, a throwaway config folder and an injected
// `fetch`, so mutation testing sees the CLI's own code run (the child-process tests hide it).

import { PassThrough, Writable } from "node:stream";
import type { CliIo } from "../../src/io.js";
import { runCli } from "../../src/run.js";
import { freshConfigHome } from "./config-home.js";
import type { InProcessOrg } from "./in-process-org.js";
import { seededCredential } from "./seed.js";

/** How one in-process run ended. */
export interface InProcessRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Which streams are terminals; all three with `true`. */
export type Terminal = boolean | { stdin?: boolean; stdout?: boolean; stderr?: boolean };

/** What a run reads: environment (nothing inherited), stdin text, terminals and `fetch`. */
export interface InProcessOptions {
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Text on stdin; on a terminal stdin, typed after the prompt appears (keys such as "\r" work). */
  readonly stdin?: string;
  readonly terminal?: Terminal;
  readonly fetch?: InProcessOrg["fetch"];
}

/** A stream that keeps what is written to it, marked as a terminal or not. */
function capture(isTTY: boolean) {
  let text = "";
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return Object.assign(stream, { isTTY, columns: 80, rows: 24, text: () => text });
}

/** stdin: the given text, and on a terminal a raw-mode stub so prompts can read keys from it. */
function input(text: string, isTTY: boolean) {
  const stream = new PassThrough();
  const tty = Object.assign(stream, { isTTY, setRawMode: () => stream });
  if (isTTY) {
    // Typed after the prompt listens: a prompt set up later would miss keys sent before it.
    setTimeout(() => stream.write(text), 20);
  } else {
    stream.end(text);
  }
  return tty;
}

/** The io of one run with its output captured, for `runCli` or a command's own function. */
export function createCapturedIo(options: InProcessOptions = {}) {
  const terminal = options.terminal ?? false;
  const tty = (name: "stdin" | "stdout" | "stderr") =>
    typeof terminal === "boolean" ? terminal : terminal[name] === true;
  const stdout = capture(tty("stdout"));
  const stderr = capture(tty("stderr"));
  const io: CliIo = {
    stdout,
    stderr,
    stdin: input(options.stdin ?? "", tty("stdin")),
    env: { XDG_CONFIG_HOME: freshConfigHome(), ...options.env },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };
  return { io, stdout: () => stdout.text(), stderr: () => stderr.text() };
}

/** Runs `qlik-org argv` in this process. */
export async function runInProcess(
  argv: readonly string[],
  options: InProcessOptions = {},
): Promise<InProcessRun> {
  const { io, stdout, stderr } = createCapturedIo(options);
  const code = await runCli(argv, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

/** Environment with the seeded credential, as a user with QLIK_ORG_CLIENT_ID/SECRET set has. */
export function credentialEnv(
  extra: Readonly<Record<string, string | undefined>> = {},
): Record<string, string | undefined> {
  return {
    QLIK_ORG_CLIENT_ID: seededCredential.clientId,
    QLIK_ORG_CLIENT_SECRET: seededCredential.clientSecret,
    ...extra,
  };
}

/** Runs `qlik-org argv` against `org` with the seeded credential (plus `options.env`). */
export function runAgainst(
  org: InProcessOrg,
  argv: readonly string[],
  options: Omit<InProcessOptions, "fetch"> = {},
): Promise<InProcessRun> {
  return runInProcess(argv, { ...options, env: credentialEnv(options.env), fetch: org.fetch });
}
