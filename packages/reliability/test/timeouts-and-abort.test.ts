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
    expect((error as TimeoutError).timeoutMs).toBe(200);
    expect(Date.now() - started).toBeLessThan(serverDelayMs);
  });

  it("does not retry a timed-out POST", async () => {
    server = await startFaultServer(() => ({ kind: "hang" }));
    // Long enough for the server to have seen the request on a loaded machine (a CI run once timed
    // out at 200 ms before the request arrived, and then saw none).
    await expect(
      clientFor(server.url, { timeoutMs: 2_000 }).oauthClients.create({
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
    const pending = clientFor(server.url)
      .oauthClients.list({}, { signal: controller.signal })
      .catch((caught: unknown) => caught);
    // Abort once the request has reached the server, so it is in flight and not yet sent.
    while (server.requests.length < 1) await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    const error = await pending;
    expect((error as Error).name).toMatch(/AbortError/);
    expect(server.requests).toHaveLength(1);
  });

  it("cancels a pending retry wait and sends nothing more", { timeout: 10_000 }, async () => {
    // 30 s is under the client's default maxRetryAfterMs (60 s), so the client does wait it out;
    // the test's 10 s timeout fails the case if the abort does not end that wait.
    server = await startFaultServer(() =>
      json(
        429,
        { errors: [{ code: "HTTP-429", title: "API rate limit reached." }] },
        { "retry-after": "30" },
      ),
    );
    const warnings: string[] = [];
    const controller = new AbortController();
    const pending = clientFor(server.url, {
      logger: { warn: (line) => warnings.push(line) },
    })
      .oauthClients.list({}, { signal: controller.signal })
      .catch((caught: unknown) => caught);
    // The client logs "retrying … in 30000 ms" right before it starts to sleep; abort only once the
    // server has answered and that line is out, so the abort lands in the wait, not the request.
    while (server.requests.length < 1 || warnings.length < 1) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(warnings[0]).toMatch(/ in 30000 ms after 429/);
    const reason = new Error("caller gave up");
    controller.abort(reason);
    expect(await pending).toBe(reason);
    expect(server.requests).toHaveLength(1);
  });
});
