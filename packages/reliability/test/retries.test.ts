// Retries under injected faults: what is repeated, what never is, and what counts as done.

import { ConnectionError, InternalServerError } from "@qlik-org/client";
import { afterEach, describe, expect, it } from "vitest";
import { clientFor, listPage, oauthClientBody } from "./support/clients.js";
import { type FaultServer, json, startFaultServer } from "./support/fault-server.js";

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const rateLimited = (retryAfter: string) =>
  json(
    429,
    { errors: [{ code: "HTTP-429", title: "API rate limit reached." }] },
    { "retry-after": retryAfter },
  );
const failure = (status: number) =>
  json(status, { errors: [{ code: `HTTP-${status}`, title: "failure" }] });

/**
 * A logger that keeps the client's warn lines, and the waits they announce: the client logs
 * `retrying <method> <url> in N ms after …` right before it sleeps, so N is the wait it chose.
 */
function retryWaits() {
  const lines: string[] = [];
  return {
    logger: { warn: (line: string) => lines.push(line) },
    lines,
    waitsMs: () =>
      lines.flatMap((line) => {
        const match = /^retrying \S+ \S+ in (\d+) ms /.exec(line);
        return match ? [Number(match[1])] : [];
      }),
  };
}

describe("retried for every method", () => {
  it("waits out a 429 whose Retry-After is in seconds, then succeeds", async () => {
    server = await startFaultServer((_, index) =>
      index === 0 ? rateLimited("1") : json(200, listPage(["a"])),
    );
    const log = retryWaits();
    const page = await clientFor(server.url, { logger: log.logger }).oauthClients.list();
    expect(page.data.map((client) => client.clientId)).toEqual(["a"]);
    expect(server.requests).toHaveLength(2);
    // The wait is the server's 1 s, not the 500 ms backoff used when no Retry-After is given.
    expect(log.waitsMs(), log.lines.join("\n")).toEqual([1000]);
  });

  it("waits out a 429 whose Retry-After is an HTTP date, then succeeds", async () => {
    // An HTTP date has whole seconds, so "3.5 s ahead" is 2.5–3.5 s ahead once truncated: over a
    // second and a half of room for a loaded machine's delay before the 429 is read.
    const aheadMs = 3_500;
    const later = new Date(Date.now() + aheadMs).toUTCString();
    server = await startFaultServer((_, index) =>
      index === 0
        ? rateLimited(later)
        : json(201, { ...oauthClientBody("new"), clientSecret: "s" }),
    );
    const log = retryWaits();
    const created = await clientFor(server.url, { logger: log.logger }).oauthClients.create({
      appType: "web",
      clientName: "x",
    });
    expect(created.clientId).toBe("new");
    // A 429 means the server did not act, so even a POST is repeated.
    expect(server.requests.map((request) => request.method)).toEqual(["POST", "POST"]);
    // The wait is read from the date: more than the ≤ 500 ms backoff the client falls back to,
    // and no more than the date is ahead.
    const waits = log.waitsMs();
    expect(waits, log.lines.join("\n")).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(900);
    expect(waits[0]).toBeLessThanOrEqual(aheadMs);
  });

  it("retries a 503 and returns the later success", async () => {
    server = await startFaultServer((_, index) =>
      index === 0 ? failure(503) : json(200, listPage(["b"])),
    );
    const page = await clientFor(server.url).oauthClients.list();
    expect(page.data[0]?.clientId).toBe("b");
    expect(server.requests).toHaveLength(2);
  });
});

describe("retried only when the request is safe to repeat", () => {
  it("retries a 500 on GET", async () => {
    server = await startFaultServer((_, index) =>
      index === 0 ? failure(500) : json(200, oauthClientBody("c")),
    );
    const client = await clientFor(server.url).oauthClients.get("c");
    expect(client.clientId).toBe("c");
    expect(server.requests).toHaveLength(2);
  });

  it("does not retry a 500 on POST, and reports it", async () => {
    server = await startFaultServer(() => failure(500));
    await expect(
      clientFor(server.url).oauthClients.create({ appType: "web", clientName: "once" }),
    ).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it("never repeats a create whose connection reset after it was sent", async () => {
    server = await startFaultServer(() => ({ kind: "reset" }));
    const error = await clientFor(server.url)
      .oauthClients.create({ appType: "web", clientName: "maybe-created" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(/may have been processed/i);
    expect(server.requests).toHaveLength(1);
    expect(JSON.parse(server.requests[0]?.body ?? "{}")).toMatchObject({
      clientName: "maybe-created",
    });
  });

  it("treats a DELETE repeated after a reset and then answered 404 as done", async () => {
    server = await startFaultServer((_, index) => (index === 0 ? { kind: "reset" } : failure(404)));
    await expect(clientFor(server.url).oauthClients.delete("gone")).resolves.toBeUndefined();
    expect(server.requests.map((request) => request.method)).toEqual(["DELETE", "DELETE"]);
    expect(server.requests[1]?.headers["qlik-confirm-delete"]).toBe("gone");
  });

  it("still reports a 404 on the first DELETE attempt as not found", async () => {
    server = await startFaultServer(() => failure(404));
    await expect(clientFor(server.url).oauthClients.delete("never-existed")).rejects.toMatchObject({
      status: 404,
    });
    expect(server.requests).toHaveLength(1);
  });
});
