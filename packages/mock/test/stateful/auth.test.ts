// The token endpoint and the bearer check in front of every other operation.

import { operationIds, operationMetadata } from "@qlik-org/generated";
import { describe, expect, test } from "vitest";
import { createStatefulOrg } from "../../src/stateful/index.js";
import { createHarness, defaultCredential, webClient } from "./support/harness.js";

const secret = defaultCredential.clientSecret;

describe("POST /oauth/token", () => {
  test("issues a bearer token for seeded credentials, as documented", async () => {
    const h = createHarness();
    const answer = await h.send("POST", "/oauth/token", {
      json: {
        client_id: "mock-client-id",
        client_secret: secret,
        grant_type: "client_credentials",
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      access_token: expect.stringMatching(/^\S{20,}$/),
      token_type: "Bearer",
      scope: "cloud-console.tenants:read",
      expires_in: 21600,
      expires_at: "2026-03-01T18:00:00.000Z",
    });
  });

  test.each([
    ["invalid JSON", { rawBody: "{client_id:" }, /not valid JSON/],
    ["an empty body", { rawBody: "" }, /body is required/],
    ["a JSON array", { json: [] }, /body must be an object/],
    [
      "no grant_type",
      { json: { client_id: "mock-client-id", client_secret: secret } },
      /grant_type/,
    ],
    [
      "no client_secret",
      { json: { client_id: "mock-client-id", grant_type: "client_credentials" } },
      /client_secret/,
    ],
    [
      "another grant",
      { json: { client_id: "mock-client-id", client_secret: secret, grant_type: "password" } },
      /grant_type must be one of client_credentials/,
    ],
    [
      "a secret that is not a string",
      {
        json: { client_id: "mock-client-id", client_secret: 42, grant_type: "client_credentials" },
      },
      /client_secret must be a string/,
    ],
    [
      "a form-encoded body",
      {
        rawBody: `client_id=mock-client-id&client_secret=${secret}&grant_type=client_credentials`,
        contentType: "application/x-www-form-urlencoded",
      },
      /must be sent as application\/json/,
    ],
  ])("answers 400 to %s, without echoing the secret", async (_, call, detail) => {
    const h = createHarness();
    const answer = await h.send("POST", "/oauth/token", call);
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0]).toMatchObject({ code: "HTTP-400", title: "Bad Request" });
    expect(answer.body.errors[0].detail).toMatch(detail);
    expect(answer.text).not.toContain(secret);
  });

  test.each([
    ["a wrong secret", "mock-client-id", "wrong-secret-value"],
    ["an unknown client", "nobody", secret],
  ])("answers 401 to %s", async (_, clientId, clientSecret) => {
    const h = createHarness();
    const answer = await h.send("POST", "/oauth/token", {
      json: { client_id: clientId, client_secret: clientSecret, grant_type: "client_credentials" },
    });
    expect(answer.status).toBe(401);
    expect(answer.body.errors[0]).toMatchObject({
      code: "HTTP-401",
      title: "Unauthorized",
      detail: "Invalid client credentials.",
    });
    expect(answer.text).not.toContain(clientSecret);
  });

  test("a created client's id with a wrong or deleted secret is answered 401", async () => {
    const h = createHarness();
    await h.signIn();
    const { body } = await h.send("POST", "/api/core/oauth-clients", { json: webClient("svc") });
    const tokenFor = (clientSecret: string) =>
      h.send("POST", "/oauth/token", {
        token: null,
        json: {
          client_id: body.clientId,
          client_secret: clientSecret,
          grant_type: "client_credentials",
        },
      });
    expect((await tokenFor(body.clientSecret)).status).toBe(200);
    expect((await tokenFor(`${body.clientSecret.slice(0, -1)}x`)).status).toBe(401);
    // A second secret, then the first one deleted: only the second still gets tokens.
    const second = await h.send("POST", `/api/core/oauth-clients/${body.clientId}/client-secrets`);
    expect(second.status).toBe(201);
    const deleted = await h.send(
      "DELETE",
      `/api/core/oauth-clients/${body.clientId}/client-secrets/${body.clientSecret.slice(-4)}`,
    );
    expect(deleted.status).toBe(204);
    expect((await tokenFor(body.clientSecret)).status).toBe(401);
    expect((await tokenFor(second.body.clientSecret)).status).toBe(200);
  });
});

describe("the bearer token on every other operation", () => {
  // A request for each operation that needs a token, built from the spec's metadata.
  const guarded = operationIds.filter((id) => operationMetadata[id].requiresAuth);
  const requestFor = (id: (typeof guarded)[number]) => {
    const { method, path } = operationMetadata[id];
    return {
      method,
      path: path
        .replace(/\{[^}]+\}/g, "x")
        .concat(id === "countTenants" ? '?filter=subscriptionId%20eq%20"1"' : ""),
    };
  };

  test("is required by all 11 of them", () => {
    expect(guarded).toHaveLength(11);
  });

  test.each([
    ["no Authorization header", undefined, /no Authorization header/],
    ["another scheme", "Basic bW9jazpzZWNyZXQ=", /must be `Bearer <access token>`/],
    ["an unknown token", "Bearer not-a-token", /not valid/],
    ["an empty bearer", "Bearer ", /must be `Bearer/],
  ])("%s is answered 401 by every operation", async (_, authorization, detail) => {
    const h = createHarness();
    for (const id of guarded) {
      const { method, path } = requestFor(id);
      const answer = await h.send(method, path, {
        token: null,
        headers: authorization ? { authorization } : {},
        ...(method === "POST" || method === "PATCH" ? { json: {} } : {}),
      });
      expect(answer.status, id).toBe(401);
      expect(answer.headers.get("www-authenticate")).toBe("Bearer");
      expect(answer.body.errors[0].detail).toMatch(detail);
    }
  });

  test.each([
    ["several spaces or tabs after the scheme", (token: string) => `Bearer \t  ${token}`, 200],
    ["a word after the token", (token: string) => `Bearer ${token} extra`, 401],
    ["a word before the scheme", (token: string) => `Token Bearer ${token}`, 401],
  ])("%s: %i", async (_, header, status) => {
    const h = createHarness();
    const token = await h.requestToken();
    const answer = await h.send("GET", "/api/core/tenants", {
      token: null,
      headers: { authorization: header(token) },
    });
    expect(answer.status).toBe(status);
  });

  test("the scheme name is case-insensitive", async () => {
    const h = createHarness();
    const token = await h.requestToken();
    const answer = await h.send("GET", "/api/core/tenants", {
      token: null,
      headers: { authorization: `bearer ${token}` },
    });
    expect(answer.status).toBe(200);
  });

  test("a token works until its lifetime has passed on the injected clock, then 401", async () => {
    const h = createHarness();
    await h.signIn();
    h.advance(21600 * 1000 - 1);
    expect((await h.send("GET", "/api/core/tenants")).status).toBe(200);
    h.advance(1);
    const expired = await h.send("GET", "/api/core/tenants");
    expect(expired.status).toBe(401);
    expect(expired.body.errors[0].detail).toMatch(/expired/);
    // A fresh token works again.
    await h.signIn();
    expect((await h.send("GET", "/api/core/tenants")).status).toBe(200);
  });

  test("tokenLifetimeSeconds changes expires_in, expires_at and the expiry", async () => {
    const h = createHarness({ tokenLifetimeSeconds: 90 });
    const answer = await h.send("POST", "/oauth/token", {
      json: {
        client_id: "mock-client-id",
        client_secret: secret,
        grant_type: "client_credentials",
      },
    });
    expect(answer.body).toMatchObject({ expires_in: 90, expires_at: "2026-03-01T12:01:30.000Z" });
    const token = answer.body.access_token;
    h.advance(89_999);
    expect((await h.send("GET", "/api/core/tenants", { token })).status).toBe(200);
    h.advance(1);
    expect((await h.send("GET", "/api/core/tenants", { token })).status).toBe(401);
  });

  test.each([0, -5, 1.5, Number.NaN])("tokenLifetimeSeconds %s is refused", (seconds) => {
    expect(() => createStatefulOrg({ tokenLifetimeSeconds: seconds })).toThrow(
      new RangeError("tokenLifetimeSeconds must be a whole number of seconds, at least 1"),
    );
  });

  test("a token outlives the deletion of the client it was issued to (documented)", async () => {
    const h = createHarness();
    await h.signIn();
    const { body } = await h.send("POST", "/api/core/oauth-clients", { json: webClient("svc") });
    const token = await h.requestToken({
      clientId: body.clientId,
      clientSecret: body.clientSecret,
    });
    await h.send("DELETE", `/api/core/oauth-clients/${body.clientId}`, {
      headers: { "qlik-confirm-delete": body.clientId },
    });
    expect((await h.send("GET", "/api/core/tenants", { token })).status).toBe(200);
    const refused = await h.send("POST", "/oauth/token", {
      token: null,
      json: {
        client_id: body.clientId,
        client_secret: body.clientSecret,
        grant_type: "client_credentials",
      },
    });
    expect(refused.status).toBe(401);
  });
});
