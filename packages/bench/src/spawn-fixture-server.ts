// Starts the fixture server in a child process and talks to it over IPC.

import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { FixtureServerOptions } from "./fixture-server.js";
import type { FixtureServerCommand, FixtureServerReport } from "./fixture-server-process.js";

/** A fixture server running in a child process. */
export interface RemoteFixtureServer {
  /** Base URL on 127.0.0.1. */
  readonly url: string;
  /** Token and page requests the server has received so far. */
  counts(): Promise<{ tokenRequests: number; pageRequests: number }>;
  /** Stops the server and its process. */
  close(): Promise<void>;
}

const entry = fileURLToPath(new URL("./fixture-server-process.ts", import.meta.url));

/** Forks the fixture server (with this process's `--import tsx`) and waits until it listens. */
export async function spawnFixtureServer(
  options: FixtureServerOptions = {},
): Promise<RemoteFixtureServer> {
  const child = fork(entry, [JSON.stringify(options)], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const next = <T extends FixtureServerReport["type"]>(type: T) =>
    new Promise<Extract<FixtureServerReport, { type: T }>>((resolve, reject) => {
      const onMessage = (report: FixtureServerReport) => {
        if (report.type !== type) return;
        child.off("message", onMessage);
        child.off("exit", onExit);
        resolve(report as Extract<FixtureServerReport, { type: T }>);
      };
      const onExit = (code: number | null) =>
        reject(new Error(`fixture server process exited (code ${code}) before "${type}"`));
      child.on("message", onMessage);
      child.once("exit", onExit);
    });
  const command = (message: FixtureServerCommand) => child.send(message);
  const { url } = await next("listening");
  return {
    url,
    counts: async () => {
      const answer = next("counts");
      command({ type: "counts" });
      const { tokenRequests, pageRequests } = await answer;
      return { tokenRequests, pageRequests };
    },
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      command({ type: "close" });
      await exited;
    },
  };
}
