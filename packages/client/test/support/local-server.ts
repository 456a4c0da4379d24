// A small node:http server on 127.0.0.1 (port 0) for end-to-end tests through real sockets.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A running server: its base URL, the requests it saw, and a way to close it. */
export interface LocalServer {
  readonly url: string;
  readonly seen: {
    method: string;
    url: string;
    headers: IncomingMessage["headers"];
    body: string;
  }[];
  close(): Promise<void>;
}

/** Starts a server whose `handler` answers every request (the body is read first). */
export async function startLocalServer(
  handler: (request: IncomingMessage, body: string, response: ServerResponse) => void,
): Promise<LocalServer> {
  const seen: LocalServer["seen"] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      seen.push({
        method: request.method ?? "",
        url: request.url ?? "",
        headers: request.headers,
        body,
      });
      handler(request, body, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Writes a JSON answer. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(text);
}
