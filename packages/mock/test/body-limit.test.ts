// The HTTP server reads request bodies up to a limit (1 MiB by default) and answers 413 past it,
// in both modes, whether the body declares its length or comes in chunks.

import { request as httpRequest } from "node:http";
import { describe, expect, it } from "vitest";
import { type RequestLogEntry, startMockServer } from "../src/index.js";
import { serversClosedAfterEachTest } from "./support/started-servers.js";

const start = serversClosedAfterEachTest();

const createBody = (clientName: string) =>
  JSON.stringify({ appType: "web", clientName, allowedAuthMethods: ["client_secret"] });

/** POSTs `body` in chunks without a Content-Length; resolves with the status and the body read. */
function postChunked(url: string, chunks: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${url}/api/core/oauth-clients`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer x" },
    });
    req.on("response", (res) => {
      let body = "";
      res.on("data", (chunk) => {
        body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    // The server may close the connection before every chunk is out; the answer still arrives.
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "ECONNRESET" && error.code !== "EPIPE") reject(error);
    });
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe.each([
  { mode: "stateful", options: { stateful: true } as const },
  { mode: "Prism", options: {} },
])("the $mode server", ({ options }) => {
  it("answers 413 for a declared body over maxBodyBytes, naming the limit, and logs it", async () => {
    const seen: RequestLogEntry[] = [];
    const server = await start({ ...options, maxBodyBytes: 1000, onRequest: (e) => seen.push(e) });
    const response = await fetch(`${server.url}/api/core/oauth-clients`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer x" },
      body: createBody("x".repeat(5000)),
    });
    expect(response.status).toBe(413);
    // The spec's error shape of the operation (it documents no 413, so the plain Error shape).
    expect(await response.json()).toEqual({
      errors: [
        {
          code: "HTTP-413",
          title: "Payload Too Large",
          detail: "The request body is larger than this mock accepts (1000 bytes).",
        },
      ],
    });
    expect(seen.map((entry) => entry.status)).toEqual([413]);
  });

  it("answers 413 for a chunked body as soon as it passes the limit", async () => {
    const server = await start({ ...options, maxBodyBytes: 1000 });
    const answer = await postChunked(
      server.url,
      Array.from({ length: 20 }, () => "x".repeat(500)),
    );
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).errors[0].code).toBe("HTTP-413");
  });

  it("refuses a 2 MiB body by default and still serves a small one", async () => {
    const server = await start(options);
    const big = await fetch(`${server.url}/api/core/oauth-clients`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer x" },
      body: createBody("x".repeat(2 * 1024 * 1024)),
    });
    expect(big.status).toBe(413);
    const small = await fetch(`${server.url}/api/core/oauth-clients`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer x" },
      body: createBody("small"),
    });
    expect(small.status).not.toBe(413);
  });
});

it.each([0, -1, 1.5, Number.NaN])("refuses maxBodyBytes %s", async (maxBodyBytes) => {
  await expect(startMockServer({ stateful: true, maxBodyBytes })).rejects.toThrow(
    /maxBodyBytes must be a whole number of bytes, at least 1/,
  );
});
