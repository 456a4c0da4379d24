// Malformed answers become typed errors with readable messages, never crashes or stray rejections.

import { InvalidResponseError, OrgApiError, OrgClientError } from "@qlik-org/client";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { clientFor } from "./support/clients.js";
import { type Fault, type FaultServer, startFaultServer } from "./support/fault-server.js";

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

// Every case checks, after its own request, that nothing was rejected without a handler.
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => {
  process.on("unhandledRejection", onUnhandled);
});
afterAll(() => {
  process.off("unhandledRejection", onUnhandled);
});

const proxyPage =
  "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>";

const cases: { name: string; fault: Fault; status: number; message: RegExp }[] = [
  {
    name: "malformed JSON on a 200",
    fault: {
      kind: "respond",
      status: 200,
      headers: { "content-type": "application/json" },
      body: '{"data": [',
    },
    status: 200,
    message: /json/i,
  },
  {
    name: "an empty body where JSON was promised",
    fault: {
      kind: "respond",
      status: 200,
      headers: { "content-type": "application/json" },
      body: "",
    },
    status: 200,
    message: /empty|json/i,
  },
  {
    name: "an HTML 502 page from a proxy",
    fault: {
      kind: "respond",
      status: 502,
      headers: { "content-type": "text/html" },
      body: proxyPage,
    },
    status: 502,
    message: /502/,
  },
  {
    name: "a 200 with the wrong content type",
    fault: {
      kind: "respond",
      status: 200,
      headers: { "content-type": "text/plain" },
      body: "all good",
    },
    status: 200,
    message: /content.type|json/i,
  },
  {
    name: "malformed JSON on a 400",
    fault: {
      kind: "respond",
      status: 400,
      headers: { "content-type": "application/json" },
      body: "{oops",
    },
    status: 400,
    message: /400/,
  },
];

describe("bad responses", () => {
  it.each(cases)(
    "$name gives a typed error with a readable message and no unhandled rejection",
    async ({ fault, status, message }) => {
      server = await startFaultServer(() => fault);
      // A POST is never retried on these, so each case sees exactly one response.
      const error = await clientFor(server.url, { retry: false })
        .oauthClients.create({ appType: "web", clientName: "x" })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(OrgClientError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message.length).toBeLessThan(600);
      if (status >= 400) {
        expect(error).toBeInstanceOf(OrgApiError);
        expect((error as OrgApiError).status).toBe(status);
      } else {
        expect(error).toBeInstanceOf(InvalidResponseError);
        expect((error as InvalidResponseError).status).toBe(status);
      }
      // The raw HTML of a proxy page is not dumped into the message.
      expect((error as Error).message).not.toContain("<html>");
      // Node reports an unhandled rejection after the microtasks of its turn; unread bodies and
      // aborted streams settle a little later still, so give them a few timer turns.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    },
  );
});
