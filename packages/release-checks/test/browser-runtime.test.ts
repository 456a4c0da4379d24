// The installed client, bundled as a browser app would bundle it, runs in headless Chromium:
// token, a page, every page via links.next.href, and a typed NotFoundError.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { build } from "esbuild";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
// One Chromium launcher for the whole repository: the docs package owns it.
import { launchChromium } from "../../docs/test/support/launch-chromium.js";
import { consumerProject } from "./support/consumer-project.js";

const consumer = consumerProject();
const clientIds = ["c1", "c2", "c3", "c4", "c5"];

// Runs in the page: everything a browser app would do first with the client.
const pageScript = `
import { createOrgClient, NotFoundError } from "@qlik-org/client";
window.runClient = async () => {
  const org = createOrgClient({
    baseUrl: location.origin,
    auth: { clientId: "browser-client", clientSecret: "browser-secret" },
  });
  const first = await org.oauthClients.list({ limit: 2 });
  const all = [];
  for await (const client of org.oauthClients.listAll({ limit: 2 })) all.push(client.clientId);
  let notFound;
  try {
    await org.oauthClients.get("missing");
  } catch (error) {
    notFound = { isNotFound: error instanceof NotFoundError, status: error.status, code: error.code };
  }
  return { first: first.data.map((client) => client.clientId), all, notFound };
};
`;

let bundle = "";
let tokenRequests = 0;
const seen: string[] = [];
let server: ReturnType<typeof createServer>;
let origin = "";
let browser: Browser | undefined;

function json(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

function handle(request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? "/", origin);
  seen.push(`${request.method} ${url.pathname}`);
  if (url.pathname === "/") {
    response.writeHead(200, { "content-type": "text/html" });
    response.end(
      '<!doctype html><title>client</title><script type="module" src="/app.js"></script>',
    );
  } else if (url.pathname === "/app.js") {
    response.writeHead(200, { "content-type": "text/javascript" });
    response.end(bundle);
  } else if (url.pathname === "/oauth/token" && request.method === "POST") {
    tokenRequests += 1;
    json(response, 200, { access_token: "browser-token", token_type: "Bearer", expires_in: 21600 });
  } else if (url.pathname === "/api/core/oauth-clients/missing") {
    json(response, 404, { errors: [{ code: "HTTP-404", title: "Not found" }] });
  } else if (url.pathname === "/api/core/oauth-clients") {
    if (request.headers.authorization !== "Bearer browser-token") return json(response, 401, {});
    const start = Number(url.searchParams.get("next") ?? 0);
    const end = Math.min(start + 2, clientIds.length);
    const links: Record<string, { href: string }> = { self: { href: url.href } };
    if (end < clientIds.length) {
      links.next = { href: `${origin}/api/core/oauth-clients?limit=2&next=${end}` };
    }
    json(response, 200, {
      data: clientIds.slice(start, end).map((clientId) => ({
        clientId,
        clientName: clientId,
        appType: "web",
        createdAt: "2026-01-01T00:00:00.000Z",
      })),
      links,
    });
  } else {
    json(response, 404, { errors: [{ code: "HTTP-404", title: "Not found" }] });
  }
}

beforeAll(async () => {
  // Bundled from the consumer project, so the page runs the installed tarballs.
  const result = await build({
    stdin: { contents: pageScript, resolveDir: consumer.dir, sourcefile: "app.js" },
    absWorkingDir: consumer.dir,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  bundle = result.outputFiles[0]?.text ?? "";
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

it("runs in headless Chromium: token, a page, every page, and typed errors", async () => {
  const page = await (browser as Browser).newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().includes("404"))
      problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  // Nothing may leave the machine: every request to another origin is refused.
  await page.route(
    (url) => url.origin !== origin,
    (route) => route.abort(),
  );
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => "runClient" in window);

  const result = await page.evaluate(() =>
    (window as unknown as { runClient: () => Promise<unknown> }).runClient(),
  );

  expect(result).toEqual({
    first: ["c1", "c2"],
    all: clientIds,
    notFound: { isNotFound: true, status: 404, code: "HTTP-404" },
  });
  expect(tokenRequests).toBe(1);
  expect(problems).toEqual([]);
  await page.close();
});
