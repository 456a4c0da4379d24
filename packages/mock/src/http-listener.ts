import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { matchRoute } from "@qlik-org/generated";
import { isPreflight, preflightHeaders, responseCorsHeaders } from "./cors.js";
import type { MockHandler } from "./mock-handler.js";
import type { RequestLogEntry } from "./request-log.js";
import { violationsOf } from "./response-violations.js";
import { errorResponse } from "./stateful/http-responses.js";
import { parseViolationsHeader, violationsHeader } from "./violations-header.js";

/** Where and how {@link listenHttp} serves a handler. */
export interface ListenOptions {
  /** Interface to bind. */
  host: string;
  /** Port to bind; `0` picks a free one. */
  port: number;
  /** Called once per answered request. */
  onRequest?: ((entry: RequestLogEntry) => void) | undefined;
  /** Answer CORS preflights and let pages on any origin read every answer. */
  cors: boolean;
  /** The largest request body read, in bytes; a larger one is answered 413 unread. */
  maxBodyBytes: number;
}

/** The default of {@link ListenOptions.maxBodyBytes}: 1 MiB, far above any body the API takes. */
export const defaultMaxBodyBytes = 1024 * 1024;

/** The body limit to listen with; refuses one that is not a positive whole number of bytes. */
export function checkedMaxBodyBytes(value: number | undefined): number {
  if (value === undefined) return defaultMaxBodyBytes;
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`maxBodyBytes must be a whole number of bytes, at least 1, not ${value}`);
  }
  return value;
}

/** A request body over the listener's limit. */
class BodyTooLargeError extends Error {
  constructor(limit: number) {
    super(`The request body is larger than this mock accepts (${limit} bytes).`);
    this.name = "BodyTooLargeError";
  }
}

/** A listening node:http server. */
export interface HttpListener {
  /** Base URL, e.g. `http://127.0.0.1:53121`. */
  readonly url: string;
  /** Stops listening and drops every open connection; resolves once the port is free. */
  close(): Promise<void>;
  /** Keeps the process alive while the server listens (it does not by default). */
  ref(): void;
  /** Lets the process end while the server listens (the default). */
  unref(): void;
}

/** Serves a fetch-style handler over node:http and resolves once it listens. */
export async function listenHttp(
  handler: MockHandler,
  options: ListenOptions,
): Promise<HttpListener> {
  let url = "";
  const server = createServer((req, res) => {
    // `answer` handles its own failures; this catch only keeps a bug in it from becoming an
    // unhandled rejection, which would end the host process (or a test run).
    answer(handler, url, req, res, options).catch(() => res.destroy());
  });
  // A mock that a script or a Jest globalSetup forgets to close must not keep the process alive:
  // neither the listening socket nor an idle keep-alive connection holds the event loop. A caller in
  // the same process holds its own socket while it waits for an answer; the CLI calls ref().
  server.unref();
  server.on("connection", (socket) => socket.unref());
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`port ${options.port} is already in use on ${options.host}`, { cause: error })
          : error,
      );
    });
    server.listen(options.port, options.host, () => resolve());
  });

  const { address, port } = server.address() as AddressInfo;
  url = `http://${address.includes(":") ? `[${address}]` : address}:${port}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets (fetch keeps them open) would otherwise hold the port for seconds.
        server.closeAllConnections();
      });
      return closing;
    },
    ref() {
      server.ref();
    },
    unref() {
      server.unref();
    },
  };
}

function problemOf(error: unknown): Response {
  return Response.json(
    {
      type: "about:blank",
      title: "Mock server error",
      status: 500,
      detail: error instanceof Error ? error.message : String(error),
    },
    { status: 500, headers: { "content-type": "application/problem+json" } },
  );
}

/** The 413 for an oversized body, in the spec's error shape of the operation it was sent to. */
function bodyTooLarge(req: IncomingMessage, error: BodyTooLargeError): Response {
  const route = matchRoute(req.method ?? "GET", (req.url ?? "/").split("?")[0] ?? "/");
  return errorResponse(
    route.kind === "operation" ? route.operationId : null,
    413,
    { title: "Payload Too Large", detail: error.message },
    crypto.randomUUID().replaceAll("-", ""),
    // The rest of the body is not read: the connection cannot carry another request.
    { connection: "close" },
  );
}

function writeResponse(
  res: ServerResponse,
  response: Response,
  body: Buffer | null,
  cors = false,
): void {
  res.statusCode = response.status;
  for (const [name, value] of response.headers) {
    if (name !== "set-cookie") res.setHeader(name, value);
  }
  if (cors)
    for (const [name, value] of Object.entries(responseCorsHeaders)) res.setHeader(name, value);
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader("set-cookie", cookies);
  res.end(body);
}

/** Answers 500 when nothing was sent yet (dropping headers already copied), else cuts the connection. */
async function writeFailure(
  res: ServerResponse,
  error: unknown,
  method: string,
  cors: boolean,
): Promise<void> {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  try {
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    const problem = problemOf(error);
    writeResponse(
      res,
      problem,
      method === "HEAD" ? null : Buffer.from(await problem.arrayBuffer()),
      cors,
    );
  } catch {
    res.destroy();
  }
}

/** Calls the user's `onRequest`; a bug in it becomes a process warning, never a crash. */
function report(onRequest: ListenOptions["onRequest"], entry: RequestLogEntry): void {
  try {
    onRequest?.(entry);
  } catch (error) {
    process.emitWarning(
      `onRequest threw: ${error instanceof Error ? error.message : String(error)}`,
      { code: "QLIK_ORG_MOCK_ON_REQUEST" },
    );
  }
}

async function answer(
  handler: MockHandler,
  baseUrl: string,
  req: IncomingMessage,
  res: ServerResponse,
  { onRequest, cors, maxBodyBytes }: ListenOptions,
): Promise<void> {
  const started = performance.now();
  const method = req.method ?? "GET";
  const path = req.url ?? "/";
  let status = 500;
  let violations: string[] = [];
  // A preflight is the browser's question, not a call of the API: the server answers it itself.
  const requestMethod = req.headers["access-control-request-method"];
  if (cors && isPreflight(method, typeof requestMethod === "string" ? requestMethod : undefined)) {
    res.writeHead(204, preflightHeaders).end();
    report(onRequest, {
      method,
      path,
      status: 204,
      durationMs: performance.now() - started,
      violations,
    });
    return;
  }
  try {
    let response: Response;
    try {
      response = await handler.handle(await toFetchRequest(req, baseUrl, maxBodyBytes));
    } catch (error) {
      response = error instanceof BodyTooLargeError ? bodyTooLarge(req, error) : problemOf(error);
    }
    if (response.type === "error") {
      // fetch's network error (an injected connection reset): drop the connection, answer nothing.
      res.destroy();
      status = 0;
      violations = [...(violationsOf(response) ?? [])];
    } else {
      // Reading the body and copying headers can fail too (a broken stream, a header Node refuses).
      const body = method === "HEAD" ? null : Buffer.from(await response.arrayBuffer());
      writeResponse(res, response, body, cors);
      status = response.status;
      violations = [
        ...(violationsOf(response) ??
          parseViolationsHeader(response.headers.get(violationsHeader))),
      ];
    }
  } catch (error) {
    await writeFailure(res, error, method, cors);
  }
  report(onRequest, {
    method,
    path,
    status,
    durationMs: performance.now() - started,
    violations,
  });
}

async function toFetchRequest(
  req: IncomingMessage,
  baseUrl: string,
  maxBodyBytes: number,
): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  const chunks: Buffer[] = [];
  if (hasBody) {
    // A declared length over the limit is refused before a byte is read; an undeclared one
    // (chunked) as soon as it passes the limit, so an oversized body is never held in memory.
    if (Number(req.headers["content-length"] ?? 0) > maxBodyBytes) {
      throw new BodyTooLargeError(maxBodyBytes);
    }
    let received = 0;
    for await (const chunk of req) {
      received += (chunk as Buffer).length;
      if (received > maxBodyBytes) throw new BodyTooLargeError(maxBodyBytes);
      chunks.push(chunk as Buffer);
    }
  }
  // The listener's own address, not the Host header: handlers only read the path and query.
  // Concatenated rather than resolved, so a path such as `//other-host/x` stays a path.
  const target = req.url?.startsWith("/")
    ? `${baseUrl}${req.url}`
    : new URL(req.url ?? "/", baseUrl);
  return new Request(target, {
    method,
    headers,
    ...(hasBody && chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
  });
}
