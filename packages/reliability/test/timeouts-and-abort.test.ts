// Slow servers and callers who give up: the client stops promptly and sends nothing more.

import { TimeoutError } from "@qlik-org/client";
import { afterEach, describe, expect, it } from "vitest";
import { clientFor, listPage } from "./support/clients.js";
import { type FaultServer, json, startFaultServer } from "./support/fault-server.js";

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

// The server would answer after this long; every case must end well before it.
const serverDelayMs = 10_000;

describe("timeouts", () => {
  it("turns a response slower than timeoutMs into a TimeoutError", async () => {
    server = await startFaultServer(() => ({
      ...json(200, listPage(["late"])),
      delayMs: serverDelayMs,
    }));
    const started = Date.now();
    const error = await clientFor(server.url, { timeoutMs: 200, retry: false })
      .oauthClients.list()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(serverDelayMs);
  });

  it("does not retry a timed-out POST", async () => {
    server = await startFaultServer(() => ({ kind: "hang" }));
    await expect(
      clientFor(server.url, { timeoutMs: 200 }).oauthClients.create({
        appType: "web",
        clientName: "slow",
      }),
    ).rejects.toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("a caller's abort", () => {
  it("stops a request in flight", async () => {
    server = await startFaultServer(() => ({ kind: "hang" }));
    const controller = new AbortController();
    const pending = clientFor(server.url).oauthClients.list({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await pending.catch((caught: unknown) => caught);
    expect((error as Error).name).toMatch(/AbortError/);
    expect(server.requests).toHaveLength(1);
  });

  it("cancels a pending retry wait and sends nothing more", async () => {
    server = await startFaultServer(() =>
      json(
        429,
        { errors: [{ code: "HTTP-429", title: "API rate limit reached." }] },
        { "retry-after": "1" },
      ),
    );
    const controller = new AbortController();
    const pending = clientFor(server.url).oauthClients.list({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const error = await pending.catch((caught: unknown) => caught);
    expect((error as Error).name).toMatch(/AbortError/);
    // The retry was due 1 s after the 429; wait past that, so a wait that was not cancelled would
    // have sent it by now.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(server.requests).toHaveLength(1);
  });
});
