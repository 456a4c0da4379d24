// Child-process entry of the fixture server: the server's work runs on its own event loop (and,
// on a multi-core machine, its own core), so the benchmarks time the client, not the server.

import { type FixtureServerOptions, startFixtureServer } from "./fixture-server.js";

/** A message from the parent: report the counters, or stop. */
export type FixtureServerCommand = { readonly type: "counts" } | { readonly type: "close" };

/** A message to the parent. */
export type FixtureServerReport =
  | { readonly type: "listening"; readonly url: string }
  | { readonly type: "counts"; readonly tokenRequests: number; readonly pageRequests: number };

const send = process.send?.bind(process);
if (!send) throw new Error("fixture-server-process runs only as a child of spawnFixtureServer");

const options = JSON.parse(process.argv[2] ?? "{}") as FixtureServerOptions;
const server = await startFixtureServer(options);
const reply = (report: FixtureServerReport) => send(report);

process.on("message", async (command: FixtureServerCommand) => {
  if (command.type === "counts") {
    reply({
      type: "counts",
      tokenRequests: server.tokenRequests(),
      pageRequests: server.pageRequests(),
    });
  } else {
    await server.close();
    process.disconnect();
  }
});
// A parent that dies without saying "close" must not leave the server running.
process.on("disconnect", () => {
  void server.close().then(() => process.exit(0));
});
reply({ type: "listening", url: server.url });
