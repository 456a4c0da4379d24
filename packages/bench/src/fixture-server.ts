// A local node:http server that answers like the organization API, for benchmarks only.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A running fixture server and what it has seen. */
export interface FixtureServer {
  /** Base URL, e.g. `http://127.0.0.1:51234`. */
  readonly url: string;
  /** Token requests received so far. */
  tokenRequests(): number;
  /** Requests for a page of `/api/core/oauth-clients` received so far. */
  pageRequests(): number;
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
}

/** Options of the fixture server. */
export interface FixtureServerOptions {
  /** Total OAuth clients behind `/api/core/oauth-clients` (default 100). */
  readonly totalClients?: number;
  /** Clients per page when paging (default 100). */
  readonly pageSize?: number;
  /** Delay before the token endpoint answers, to widen concurrent-refresh races (default 0). */
  readonly tokenDelayMs?: number;
}

function oauthClient(index: number) {
  return {
    clientId: `client-${String(index).padStart(6, "0")}`,
    clientName: `Benchmark client ${index}`,
    appType: "web",
    createdAt: "2025-11-06T14:30:00.000Z",
    updatedAt: "2025-11-06T16:20:15.000Z",
    description: "A client served by the benchmark fixture server.",
    allowedScopes: ["cloud-console.tenants:read"],
    allowedGrantTypes: ["client_credentials"],
    allowedAuthMethods: ["client_secret"],
    clientSecrets: [{ hint: "ab12", createdAt: "2025-11-06T14:30:00.000Z" }],
    connectionConfig: { consentMethod: "trusted" },
  };
}

/**
 * Starts the fixture server on 127.0.0.1 and an ephemeral port, in this process. The benchmarks
 * use `spawnFixtureServer`, which runs it in a child process.
 */
export async function startFixtureServer(
  options: FixtureServerOptions = {},
): Promise<FixtureServer> {
  const totalClients = options.totalClients ?? 100;
  const pageSize = options.pageSize ?? 100;
  let tokenRequests = 0;
  let pageRequests = 0;
  let baseUrl = "";
  // Pages are rendered once: the benchmark measures the client, not the server's JSON encoding.
  const pageCache = new Map<number, string>();
  const renderPage = (offset: number): string => {
    const cached = pageCache.get(offset);
    if (cached) return cached;
    const end = Math.min(offset + pageSize, totalClients);
    const data = [];
    for (let index = offset; index < end; index += 1) data.push(oauthClient(index));
    const links: Record<string, { href: string }> = {
      self: { href: `${baseUrl}/api/core/oauth-clients?limit=${pageSize}&next=${offset}` },
    };
    if (end < totalClients) {
      links.next = { href: `${baseUrl}/api/core/oauth-clients?limit=${pageSize}&next=${end}` };
    }
    const body = JSON.stringify({ data, links });
    pageCache.set(offset, body);
    return body;
  };

  // A small body: one OAuth client, whatever id is asked for.
  const oneClientPrefix = "/api/core/oauth-clients/";
  const oneClient = JSON.stringify(oauthClient(0));
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", baseUrl);
    if (url.pathname === "/oauth/token" && request.method === "POST") {
      tokenRequests += 1;
      request.resume();
      setTimeout(() => {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(
          JSON.stringify({ access_token: "bench-token", token_type: "Bearer", expires_in: 21600 }),
        );
      }, options.tokenDelayMs ?? 0);
      return;
    }
    if (url.pathname.startsWith(oneClientPrefix) && request.method === "GET") {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(oneClient);
      return;
    }
    if (url.pathname === "/api/core/oauth-clients" && request.method === "GET") {
      pageRequests += 1;
      const offset = Number(url.searchParams.get("next") ?? 0);
      response.writeHead(200, { "content-type": "application/json" });
      response.end(renderPage(offset));
      return;
    }
    response.writeHead(404, { "content-type": "application/json" });
    response.end(JSON.stringify({ errors: [{ code: "HTTP-404", title: "Not found" }] }));
  };

  const server = createServer(handle);
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    tokenRequests: () => tokenRequests,
    pageRequests: () => pageRequests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
