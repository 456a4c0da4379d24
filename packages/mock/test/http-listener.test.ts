// The node:http listener survives its callers' mistakes: a throwing onRequest (a logger bug) or a
// response that fails while it is written never becomes an unhandled rejection that ends the host.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type HttpListener, listenHttp } from "../src/http-listener.js";
import type { MockHandler } from "../src/mock-handler.js";
import type { RequestLogEntry } from "../src/request-log.js";

const listeners: HttpListener[] = [];
let unhandled: unknown[] = [];
let warnings: Error[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
const onWarning = (warning: Error) => warnings.push(warning);

beforeEach(() => {
  unhandled = [];
  warnings = [];
  process.on("unhandledRejection", onUnhandled);
  process.on("warning", onWarning);
});

afterEach(async () => {
  process.off("unhandledRejection", onUnhandled);
  process.off("warning", onWarning);
  await Promise.all(listeners.splice(0).map((listener) => listener.close()));
});

async function listen(
  handler: MockHandler,
  onRequest?: (entry: RequestLogEntry) => void,
): Promise<HttpListener> {
  const listener = await listenHttp(handler, {
    host: "127.0.0.1",
    port: 0,
    onRequest,
    cors: false,
    maxBodyBytes: 1024,
  });
  listeners.push(listener);
  return listener;
}

/** Lets Node finish the current turn, in which it reports rejections nobody handled. */
async function afterRejectionsAreReported(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
}

const ok: MockHandler = { handle: async () => new Response("ok", { status: 200 }) };

/** A body that fails after the handler returned, while the listener reads it. */
function failingBody(): Response {
  return new Response(
    new ReadableStream({
      pull(controller) {
        controller.error(new Error("the body broke"));
      },
    }),
    { status: 200, headers: { "x-from-handler": "yes" } },
  );
}

describe("listenHttp", () => {
  it("keeps answering when onRequest throws, and reports the bug as a process warning", async () => {
    let calls = 0;
    const server = await listen(ok, () => {
      calls++;
      throw new Error("logger bug");
    });
    for (let i = 0; i < 2; i++) {
      const response = await fetch(server.url, { signal: AbortSignal.timeout(5000) });
      expect(response.status).toBe(200);
      expect(await response.text()).toBe("ok");
    }
    await afterRejectionsAreReported();
    expect(calls).toBe(2);
    expect(unhandled).toEqual([]);
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/onRequest threw: logger bug/),
      expect.stringMatching(/onRequest threw: logger bug/),
    ]);
  });

  it("answers 500 when the handler's response fails before anything was sent", async () => {
    const entries: RequestLogEntry[] = [];
    let first = true;
    const handler: MockHandler = {
      handle: async () => {
        if (!first) return new Response("ok");
        first = false;
        return failingBody();
      },
    };
    const server = await listen(handler, (entry) => entries.push(entry));
    const failed = await fetch(server.url, { signal: AbortSignal.timeout(5000) });
    expect(failed.status).toBe(500);
    expect(failed.headers.get("content-type")).toBe("application/problem+json");
    expect(failed.headers.get("x-from-handler")).toBeNull();
    expect(await failed.json()).toMatchObject({ status: 500, title: "Mock server error" });
    // The server still serves the next request.
    expect((await fetch(server.url, { signal: AbortSignal.timeout(5000) })).status).toBe(200);
    await afterRejectionsAreReported();
    expect(unhandled).toEqual([]);
    expect(entries.map((entry) => entry.status)).toEqual([500, 200]);
  });
});
