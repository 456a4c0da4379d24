// Authentication against the mock: the client exchanges its credentials at the mock's
// /oauth/token, sends the token as a bearer token, and the mock refuses calls without one.

import { AuthenticationError, createOrgClient } from "@qlik-org/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockServer, startMockServer, validateResponse } from "../../src/index.js";
import { documentedResponses, requestExample, specOperations } from "../support/spec-walk.js";
import { createRecordingFetch } from "./support/recording-fetch.js";

const tokenOperation = specOperations().find((o) => o.operationId === "requestToken");
if (!tokenOperation) throw new Error("requestToken is not in the spec");
const tokenRequest = requestExample(tokenOperation).body as Record<string, string>;
const tokenResponse = documentedResponses().find(
  (r) => r.operationId === "requestToken" && r.status === 200,
)?.example as { access_token: string };
const secured = specOperations().filter(
  (o) => !(Array.isArray(o.operation.security) && o.operation.security.length === 0),
);

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(async () => {
  await mock?.close();
});

function credentialsClient(prefer?: (url: URL) => string | undefined) {
  const recorder = createRecordingFetch(prefer ? { prefer } : {});
  const org = createOrgClient({
    baseUrl: mock.url,
    auth: {
      clientId: tokenRequest.client_id as string,
      clientSecret: tokenRequest.client_secret as string,
    },
    retry: false,
    throttle: false,
    fetch: recorder.fetch,
  });
  return { org, recorder };
}

describe("auth against the mock", () => {
  it("fetches a token from /oauth/token with the spec's body, then sends it as a bearer token", async () => {
    const { org, recorder } = credentialsClient();
    await org.tenants.get("TiQ8GPVr8qI714Lp5ChAAFFaU24MJy69");
    const [token, call] = recorder.exchanges;
    expect(token).toMatchObject({ method: "POST", status: 200 });
    expect(token?.url.pathname).toBe("/oauth/token");
    expect(token?.requestHeaders.get("authorization")).toBeNull();
    expect(JSON.parse(token?.requestBody ?? "")).toEqual({
      client_id: tokenRequest.client_id,
      client_secret: tokenRequest.client_secret,
      grant_type: "client_credentials",
    });
    expect(token?.responseHeaders.get("sl-violations")).toBeNull();
    expect(call?.url.pathname).toBe("/api/core/tenants/TiQ8GPVr8qI714Lp5ChAAFFaU24MJy69");
    expect(call?.requestHeaders.get("authorization")).toBe(`Bearer ${tokenResponse.access_token}`);
    expect(call?.status).toBe(200);
  });

  it("sends the token from the token response on every call", async () => {
    const { org, recorder } = credentialsClient();
    await org.tenants.count('subscriptionId eq "1"');
    await org.oauthClients.get("abc");
    const calls = recorder.exchanges.filter((e) => e.url.pathname !== "/oauth/token");
    expect(calls.map((e) => e.url.pathname)).toEqual([
      "/api/core/tenants/actions/count",
      "/api/core/oauth-clients/abc",
    ]);
    for (const call of calls) {
      expect(call.requestHeaders.get("authorization")).toBe(`Bearer ${tokenResponse.access_token}`);
    }
  });

  it("on a 401 asks /oauth/token again, replays at most once, then throws AuthenticationError", async () => {
    const { org, recorder } = credentialsClient((url) =>
      url.pathname === "/oauth/token" ? undefined : "code=401",
    );
    await expect(org.oauthClients.get("abc")).rejects.toBeInstanceOf(AuthenticationError);
    const paths = recorder.exchanges.map((e) => e.url.pathname);
    const firstCall = paths.indexOf("/api/core/oauth-clients/abc");
    expect(paths.slice(firstCall + 1)).toContain("/oauth/token");
    expect(paths.filter((p) => p === "/api/core/oauth-clients/abc").length).toBeLessThanOrEqual(2);
  });

  it("sends a caller's own access token without asking /oauth/token", async () => {
    const recorder = createRecordingFetch();
    const org = createOrgClient({
      baseUrl: mock.url,
      auth: { accessToken: "caller-token" },
      throttle: false,
      fetch: recorder.fetch,
    });
    await org.tenants.list();
    expect(recorder.exchanges).toHaveLength(1);
    expect(recorder.exchanges[0]?.requestHeaders.get("authorization")).toBe("Bearer caller-token");
  });

  it("lists the secured operations from the spec", () => {
    expect(secured.map((o) => o.operationId)).not.toContain("requestToken");
    expect(secured.length).toBe(specOperations().length - 1);
  });

  it.each(secured)("answers $operationId without Authorization with 401", async (operation) => {
    const request = requestExample(operation);
    const path = operation.path.replace(
      /\{([^}]+)\}/g,
      (_, name: string) => request.pathParams[name] ?? name,
    );
    const query = new URLSearchParams(request.query).toString();
    const response = await fetch(`${mock.url}${path}${query ? `?${query}` : ""}`, {
      method: operation.method,
      headers: {
        ...request.headers,
        ...(request.body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    });
    expect(response.status).toBe(401);
    expect(validateResponse(operation.operationId, 401, await response.json())).toMatchObject({
      valid: true,
    });
  });
});
