// The stateful mock's engine served over HTTP on 127.0.0.1, recording every request it answers
// and every access token it issues, so tests can say "nothing was sent" and scan for tokens.

import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { createStatefulOrg, type StatefulOrgOptions } from "@qlik-org/mock";

/** A request the mock answered. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly status: number;
}

/** A running mock organization. */
export interface MockOrg {
  /** Base URL for `--base-url`. */
  readonly url: string;
  /** Every request answered, in order. */
  readonly requests: SeenRequest[];
  /** Every access token issued. */
  readonly tokens: string[];
  /** The engine, for `snapshot()` and `reset()`. */
  readonly org: ReturnType<typeof createStatefulOrg>;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length > 0 ? Buffer.concat(chunks).toString("utf8") : undefined;
}

/** Starts a mock organization on a free port of 127.0.0.1. */
export async function startMockOrg(options: StatefulOrgOptions = {}): Promise<MockOrg> {
  const org = createStatefulOrg(options);
  const requests: SeenRequest[] = [];
  const tokens: string[] = [];
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const url = `http://${req.headers.host}${req.url}`;
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === "string") headers.set(name, value);
    }
    const answer = await org.handle(
      new Request(url, { method: req.method ?? "GET", headers, ...(body ? { body } : {}) }),
    );
    const text = await answer.text();
    requests.push({ method: req.method ?? "", path: req.url ?? "", status: answer.status });
    if (req.url === "/oauth/token" && answer.ok) tokens.push(JSON.parse(text).access_token);
    res.writeHead(answer.status, Object.fromEntries(answer.headers));
    res.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    tokens,
    org,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
