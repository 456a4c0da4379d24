// Redirects are never followed: the token request carries the client secret, every other request
// the bearer token and perhaps a body, and all of them may go to baseUrl only. Real sockets, since
// following redirects is fetch's own behaviour.

import { afterEach, describe, expect, test } from "vitest";
import { createOrgClient, OrgApiError, RedirectError, TokenRequestError } from "../src/index.js";
import { CLIENT_ID, CLIENT_SECRET, clientWith } from "./support/client.js";
import { json } from "./support/fake-fetch.js";
import { type LocalServer, sendJson, startLocalServer } from "./support/local-server.js";
import { tenant } from "./support/tenant.js";

const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A server that answers everything with `status` and `Location: location(server)`, except `ok`. */
async function redirecting(status: number, location: string, ok: (url: string) => boolean) {
  const server = await startLocalServer((request, _body, response) => {
    if (ok(request.url ?? "")) {
      if (request.url === "/oauth/token") {
        sendJson(response, 200, { access_token: "redirect-test-token", expires_in: 21_600 });
      } else {
        sendJson(response, 200, tenant);
      }
      return;
    }
    response.writeHead(status, { location, "content-type": "text/html" });
    response.end(`<html><title>Moved</title><a href="${location}">here</a></html>`);
  });
  servers.push(server);
  return server;
}

/** A server that records what reaches it and answers 200 (or a token). */
async function elsewhere() {
  const server = await startLocalServer((request, _body, response) =>
    request.url === "/oauth/token"
      ? sendJson(response, 200, { access_token: "stolen-token-1", expires_in: 21_600 })
      : sendJson(response, 201, { ...tenant, clientId: "c1", clientSecret: "x" }),
  );
  servers.push(server);
  return server;
}

describe("redirects are not followed", () => {
  test("a 308 from /oauth/token is a TokenRequestError: the request carries the client secret", async () => {
    const server = await redirecting(308, "/oauth/token2", (url) => url === "/oauth/token2");
    const org = createOrgClient({
      baseUrl: server.url,
      auth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
      throttle: false,
    });
    const error = await org.auth.getToken().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(error).toMatchObject({ status: 308, operationId: "requestToken" });
    const message = (error as Error).message;
    expect(message).toMatch(
      /^Could not obtain an access token: 308 Permanent Redirect: redirect to \/oauth\/token2 not followed, because the request carries the client secret \[requestToken\]$/,
    );
    expect(message).not.toContain(CLIENT_SECRET);
    // Sent once (a redirect is not retried) and never to the Location.
    expect(server.seen.map((r) => r.url)).toEqual(["/oauth/token"]);
  });

  test("a 307 on a POST is a RedirectError; the body is not sent again", async () => {
    const other = await elsewhere();
    const server = await redirecting(
      307,
      `${other.url}/api/core/oauth-clients`,
      (url) => url === "/oauth/token",
    );
    const org = createOrgClient({
      baseUrl: server.url,
      auth: { accessToken: "redirect-post-token" },
      throttle: false,
    });
    const error = await org.oauthClients
      .create({ appType: "web", clientName: "ci" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toBeInstanceOf(OrgApiError);
    expect(error).toMatchObject({
      status: 307,
      location: `${other.url}/api/core/oauth-clients`,
      operationId: "createOAuthClient",
    });
    expect((error as Error).message).toMatch(
      /^307 Temporary Redirect: redirect to http:\/\/127\.0\.0\.1:\d+\/api\/core\/oauth-clients not followed, because the request carries credentials \[createOAuthClient\]$/,
    );
    expect(server.seen.filter((r) => r.method === "POST")).toHaveLength(1);
    expect(other.seen).toEqual([]);
  });

  test("a same-origin 307 on a POST is not followed either", async () => {
    const server = await redirecting(307, "/api/core/oauth-clients-moved", () => false);
    const org = createOrgClient({
      baseUrl: server.url,
      auth: { accessToken: "redirect-post-token" },
      throttle: false,
    });
    const error = await org.oauthClients
      .create({ appType: "web", clientName: "ci" })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "RedirectError", status: 307 });
    expect(server.seen.map((r) => r.url)).toEqual(["/api/core/oauth-clients"]);
  });

  test("a cross-origin 302 on a GET: the resource method throws, the path-based surface returns it", async () => {
    const other = await elsewhere();
    const location = `${other.url}/api/core/tenants/t1?token=redirect-get-token`;
    const server = await redirecting(302, location, () => false);
    const org = createOrgClient({
      baseUrl: server.url,
      auth: { accessToken: "redirect-get-token" },
      throttle: false,
    });
    const error = await org.tenants.get("t1").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ status: 302, operationId: "getTenant" });
    // The Location is redacted like everything else the error shows.
    expect((error as RedirectError).location).toBe(
      `${other.url}/api/core/tenants/t1?token=[REDACTED]`,
    );
    expect(JSON.stringify(error)).not.toContain("redirect-get-token");

    const result = await org.GET("/api/core/tenants/{tenantId}", {
      params: { path: { tenantId: "t1" } },
    });
    expect(result.data).toBeUndefined();
    expect(result.response.status).toBe(302);
    expect(result.response.headers.get("location")).toBe(location);
    expect(other.seen).toEqual([]);
    expect(server.seen).toHaveLength(2);
  });
});

describe("with an injected fetch", () => {
  test("every request asks fetch for redirect: manual", async () => {
    const modes: string[] = [];
    const org = createOrgClient({
      auth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
      fetch: async (input, init) => {
        modes.push(new Request(input, init).redirect);
        return String(input instanceof Request ? input.url : input).endsWith("/oauth/token")
          ? json(200, { access_token: "manual-token-1" })
          : json(200, tenant);
      },
    });
    await org.tenants.get("t1");
    await org.GET("/api/core/tenants/{tenantId}", {
      params: { path: { tenantId: "t1" } },
      redirect: "follow",
    });
    expect(modes).toEqual(["manual", "manual", "manual"]);
  });

  /** What a browser's fetch answers a redirect with under redirect: manual: status 0, no headers. */
  const opaqueRedirect = () => {
    const response = new Response(null, { status: 200 });
    for (const [key, value] of Object.entries({ type: "opaqueredirect", status: 0, ok: false })) {
      Object.defineProperty(response, key, { value });
    }
    return response;
  };

  test("a browser's opaque redirect (status 0) is a RedirectError too", async () => {
    const { org } = clientWith(opaqueRedirect);
    const error = await org.tenants.get("t1").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ status: 0, location: undefined });
  });

  test("a redirect's message says where it pointed, not what its body says", async () => {
    const { org } = clientWith(() =>
      json(
        301,
        { errors: [{ code: "MOVED", title: "Moved for good" }] },
        {
          location: "https://console.qlikcloud.com/api/v2/tenants/t1",
        },
      ),
    );
    const error = (await org.tenants.get("t1").catch((caught: unknown) => caught)) as RedirectError;
    expect(error).toBeInstanceOf(RedirectError);
    expect(error.status).toBe(301);
    expect(error.message).toBe(
      "301 Moved Permanently: redirect to https://console.qlikcloud.com/api/v2/tenants/t1 not followed, because the request carries credentials [getTenant]",
    );
  });

  test("a browser's opaque redirect from /oauth/token is a TokenRequestError", async () => {
    const { org } = clientWith(opaqueRedirect, {
      auth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
    });
    const error = await org.auth.getToken().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenRequestError);
    expect((error as Error).message).toMatch(
      /^Could not obtain an access token: 0 Redirect: redirect to \(hidden\) not followed, because the request carries the client secret/,
    );
  });
});

describe("statuses that are no redirect", () => {
  test.each([300, 304])(
    "a %i is an OrgApiError that says nothing about a redirect",
    async (status) => {
      const { org } = clientWith(() => new Response(null, { status }));
      const error = await org.tenants.get("t1").catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(OrgApiError);
      expect(error).not.toBeInstanceOf(RedirectError);
      expect((error as Error).message).not.toMatch(/redirect/i);
    },
  );
});
