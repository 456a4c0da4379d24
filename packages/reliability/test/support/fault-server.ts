// A local HTTP server whose every answer is scripted per request, to inject faults.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** A request as the server received it. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

/** What the server does with one request. */
export type Fault =
  | {
      readonly kind: "respond";
      readonly status: number;
      readonly headers?: Record<string, string>;
      /** An object is sent as JSON; a string is sent as is. */
      readonly body?: unknown;
      readonly delayMs?: number;
    }
  /** Reads the whole request, then destroys the socket without answering. */
  | { readonly kind: "reset" }
  /** Never answers (until the server closes). */
  | { readonly kind: "hang" };

/** Decides the fault for the `index`-th request (0-based) of the run. */
export type FaultScript = (request: SeenRequest, index: number) => Fault;

/** A running fault server. */
export interface FaultServer {
  /** Base URL on 127.0.0.1. */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: SeenRequest[];
  /** Stops the server and destroys open connections. */
  close(): Promise<void>;
}

/** JSON response helper for scripts. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Fault {
  return { kind: "respond", status, body, headers };
}

const maxRequests = 5_000;
const maxLifetimeMs = 60_000;

/**
 * Starts a fault server on 127.0.0.1:0. It is bounded: past 5,000 requests it answers 503,
 * and it closes itself after 60 s even if a test forgets to.
 */
export async function startFaultServer(script: FaultScript): Promise<FaultServer> {
  const requests: SeenRequest[] = [];
  const sockets = new Set<Socket>();

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const seen: SeenRequest = {
        method: request.method ?? "GET",
        path: request.url ?? "/",
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      const index = requests.length;
      requests.push(seen);
      const fault: Fault =
        index >= maxRequests
          ? json(503, { errors: [{ code: "LIMIT", title: "bounded" }] })
          : script(seen, index);
      if (fault.kind === "reset") {
        request.socket.destroy();
        return;
      }
      if (fault.kind === "hang") return;
      const send = () => {
        if (response.destroyed) return;
        const isText = typeof fault.body === "string";
        const headers = {
          ...(fault.body === undefined || isText ? {} : { "content-type": "application/json" }),
          ...fault.headers,
        };
        response.writeHead(fault.status, headers);
        response.end(
          fault.body === undefined ? undefined : isText ? fault.body : JSON.stringify(fault.body),
        );
      };
      if (fault.delayMs) setTimeout(send, fault.delayMs).unref();
      else send();
    });
  };

  const server = createServer(handle);
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
    return closed;
  };
  setTimeout(close, maxLifetimeMs).unref();
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, close };
}
