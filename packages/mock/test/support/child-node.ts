// A child `node` process for tests that run the built package as a user would (the CLI, a script).

import { type ChildProcess, spawn } from "node:child_process";

/** A running child `node`, with its output collected as it arrives. */
export interface ChildNode {
  /** The process, to send signals to. */
  readonly child: ChildProcess;
  /** Everything it printed to stdout so far. */
  stdout(): string;
  /** Everything it printed to stderr so far. */
  stderr(): string;
  /** Resolves with its exit code (null when a signal ended it) once its output is complete. */
  readonly exited: Promise<number | null>;
}

/** Starts `node <args>` with stdin closed and both outputs collected. */
export function spawnNode(
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): ChildNode {
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  // "close", not "exit": only then has all of the child's output been read.
  const exited = new Promise<number | null>((resolve) => child.once("close", resolve));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Resolves with the URL a mock CLI prints ("listening on …"); rejects if it exits first. */
export function listeningUrl(node: ChildNode): Promise<string> {
  return new Promise((resolve, reject) => {
    const onData = () => {
      const match = /listening on (http:\/\/\S+)/.exec(node.stdout());
      if (match?.[1]) {
        node.child.stdout?.off("data", onData);
        resolve(match[1]);
      }
    };
    node.child.stdout?.on("data", onData);
    onData();
    void node.exited.then((code) => reject(new Error(`exited with ${code}: ${node.stderr()}`)));
  });
}
