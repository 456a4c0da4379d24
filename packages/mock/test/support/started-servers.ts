// Mock servers a test file starts, each closed after its test.

import { afterEach } from "vitest";
import { type MockServer, startMockServer } from "../../src/index.js";

/** Returns a `start` that starts a mock server and closes it after the current test. */
export function serversClosedAfterEachTest(): (
  options: Parameters<typeof startMockServer>[0],
) => Promise<MockServer> {
  const servers: MockServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  return async (options) => {
    const server = await startMockServer(options);
    servers.push(server);
    return server;
  };
}
