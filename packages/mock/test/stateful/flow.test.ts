// The whole OAuth-client lifecycle against one in-memory organization, every response checked
// against the spec by the harness.

import { describe, expect, test } from "vitest";
import { type CallOptions, createHarness, webClient } from "./support/harness.js";

describe("OAuth client lifecycle", () => {
  test("create → list → get → update → secrets to the limit → delete secret → delete client → 404", async () => {
    const h = createHarness();
    await h.signIn();

    // Create: the secret is shown once, with its hint.
    const created = await h.send("POST", "/api/core/oauth-clients", {
      json: webClient("ci-client", { description: "first", redirectUris: ["https://app.test/cb"] }),
    });
    expect(created.status).toBe(201);
    const { clientId, clientSecret } = created.body;
    expect(clientId).toMatch(/^[0-9a-f]{32}$/);
    expect(clientSecret).toMatch(/^[0-9a-f]{64}$/);
    expect(created.body).toMatchObject({
      appType: "web",
      clientName: "ci-client",
      description: "first",
      redirectUris: ["https://app.test/cb"],
      createdAt: "2026-03-01T12:00:00.000Z",
      updatedAt: "2026-03-01T12:00:00.000Z",
      connectionConfig: { consentMethod: "required" },
    });
    expect(created.body.clientSecrets).toHaveLength(1);
    const firstHint: string = created.body.clientSecrets[0].hint;
    expect(clientSecret.endsWith(firstHint)).toBe(true);

    // List finds it; no read ever shows a secret value again.
    const list = await h.send("GET", "/api/core/oauth-clients");
    expect(list.status).toBe(200);
    expect(list.body.data.map((c: { clientId: string }) => c.clientId)).toEqual([clientId]);
    expect(list.body.data[0].clientSecrets).toEqual([
      { hint: firstHint, createdAt: "2026-03-01T12:00:00.000Z", createdBy: "mock-client-id" },
    ]);
    expect(list.text).not.toContain(clientSecret);

    const got = await h.send("GET", `/api/core/oauth-clients/${clientId}`);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ clientId, clientName: "ci-client", description: "first" });
    expect(got.body).not.toHaveProperty("clientSecret");
    expect(got.text).not.toContain(clientSecret);

    // Update: 204, and updatedAt moves to the clock's time.
    h.advance(60_000);
    const patched = await h.send("PATCH", `/api/core/oauth-clients/${clientId}`, {
      json: [
        { op: "replace", path: "/clientName", value: "renamed" },
        { op: "add", path: "/description", value: "second" },
      ],
    });
    expect(patched.status).toBe(204);
    expect(patched.text).toBe("");
    const afterPatch = await h.send("GET", `/api/core/oauth-clients/${clientId}`);
    expect(afterPatch.body).toMatchObject({
      clientName: "renamed",
      description: "second",
      createdAt: "2026-03-01T12:00:00.000Z",
      updatedAt: "2026-03-01T12:01:00.000Z",
    });

    // Secrets: four more fit (five in all), the sixth is refused with 409.
    const hints = [firstHint];
    for (let i = 0; i < 4; i++) {
      const secret = await h.send("POST", `/api/core/oauth-clients/${clientId}/client-secrets`);
      expect(secret.status).toBe(201);
      expect(secret.body).toMatchObject({ clientId, createdBy: "mock-client-id" });
      expect(secret.body.clientSecret.endsWith(secret.body.hint)).toBe(true);
      hints.push(secret.body.hint);
    }
    expect(new Set(hints).size).toBe(5);
    const sixth = await h.send("POST", `/api/core/oauth-clients/${clientId}/client-secrets`);
    expect(sixth.status).toBe(409);
    expect(sixth.body.errors[0]).toMatchObject({ code: "HTTP-409", title: "Conflict" });
    const withFive = await h.send("GET", `/api/core/oauth-clients/${clientId}`);
    expect(withFive.body.clientSecrets.map((s: { hint: string }) => s.hint)).toEqual(hints);

    // Delete a secret by hint: gone from reads, a second delete is 404, and there is room again.
    const removedHint = hints[2] as string;
    const deletedSecret = await h.send(
      "DELETE",
      `/api/core/oauth-clients/${clientId}/client-secrets/${removedHint}`,
    );
    expect(deletedSecret.status).toBe(204);
    const withFour = await h.send("GET", `/api/core/oauth-clients/${clientId}`);
    expect(withFour.body.clientSecrets.map((s: { hint: string }) => s.hint)).toEqual(
      hints.filter((hint) => hint !== removedHint),
    );
    const again = await h.send(
      "DELETE",
      `/api/core/oauth-clients/${clientId}/client-secrets/${removedHint}`,
    );
    expect(again.status).toBe(404);
    expect(
      (await h.send("POST", `/api/core/oauth-clients/${clientId}/client-secrets`)).status,
    ).toBe(201);

    // Delete the client: a wrong or missing confirmation is 400 and deletes nothing.
    const wrongConfirm = await h.send("DELETE", `/api/core/oauth-clients/${clientId}`, {
      headers: { "qlik-confirm-delete": "someone-else" },
    });
    expect(wrongConfirm.status).toBe(400);
    expect(wrongConfirm.body.errors[0].detail).toMatch(/qlik-confirm-delete/);
    const noConfirm = await h.send("DELETE", `/api/core/oauth-clients/${clientId}`);
    expect(noConfirm.status).toBe(400);
    expect((await h.send("GET", `/api/core/oauth-clients/${clientId}`)).status).toBe(200);

    const deleted = await h.send("DELETE", `/api/core/oauth-clients/${clientId}`, {
      headers: { "qlik-confirm-delete": clientId },
    });
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe("");

    // Gone everywhere.
    const gone = await h.send("GET", `/api/core/oauth-clients/${clientId}`);
    expect(gone.status).toBe(404);
    expect(gone.body.errors[0]).toMatchObject({ code: "HTTP-404", title: "Not Found" });
    expect((await h.send("GET", "/api/core/oauth-clients")).body.data).toEqual([]);
    for (const [method, path, headers] of [
      ["DELETE", `/api/core/oauth-clients/${clientId}`, { "qlik-confirm-delete": clientId }],
      ["POST", `/api/core/oauth-clients/${clientId}/client-secrets`, {}],
      ["DELETE", `/api/core/oauth-clients/${clientId}/client-secrets/${firstHint}`, {}],
    ] as const) {
      expect((await h.send(method, path, { headers })).status).toBe(404);
    }
    expect(
      (
        await h.send("PATCH", `/api/core/oauth-clients/${clientId}`, {
          json: [{ op: "replace", path: "/clientName", value: "x" }],
        })
      ).status,
    ).toBe(404);
  });

  test("secrets can be created only for web clients that allow client_secret", async () => {
    const h = createHarness();
    await h.signIn();
    const cases = [
      { appType: "native", clientName: "native-app" },
      { appType: "spa", clientName: "spa-app", allowedAuthMethods: ["client_secret"] },
      webClient("jwt-only", {
        allowedAuthMethods: ["private_key_jwt"],
        publicKeys: [{ alg: "RS256", kid: "k1", kty: "RSA", use: "sig", e: "AQAB", n: "abc" }],
      }),
      { appType: "web", clientName: "no-methods" },
    ];
    for (const body of cases) {
      const created = await h.send("POST", "/api/core/oauth-clients", { json: body });
      expect(created.status, body.clientName).toBe(201);
      const secret = await h.send(
        "POST",
        `/api/core/oauth-clients/${created.body.clientId}/client-secrets`,
      );
      expect(secret.status, body.clientName).toBe(400);
      expect(secret.body.errors[0].detail).toMatch(/web clients.*client_secret/);
    }
  });

  test("a patch is all or nothing, keeps clientName, and clears description on remove", async () => {
    const h = createHarness();
    await h.signIn();
    const { body } = await h.send("POST", "/api/core/oauth-clients", {
      json: webClient("keep-me", { description: "notes" }),
    });
    const path = `/api/core/oauth-clients/${body.clientId}`;

    const removeName = await h.send("PATCH", path, {
      json: [
        { op: "replace", path: "/description", value: "changed" },
        { op: "remove", path: "/clientName" },
      ],
    });
    expect(removeName.status).toBe(400);
    expect(removeName.body.errors[0].detail).toMatch(/clientName/);
    const arrayValue = await h.send("PATCH", path, {
      json: [{ op: "replace", path: "/clientName", value: ["a", "b"] }],
    });
    expect(arrayValue.status).toBe(400);
    expect((await h.send("GET", path)).body).toMatchObject({
      clientName: "keep-me",
      description: "notes",
      updatedAt: "2026-03-01T12:00:00.000Z",
    });

    const removeDescription = await h.send("PATCH", path, {
      json: [{ op: "remove", path: "/description" }],
    });
    expect(removeDescription.status).toBe(204);
    const after = (await h.send("GET", path)).body;
    expect(after).not.toHaveProperty("description");
    // Same clock reading as the creation: updatedAt still moves forward.
    expect(Date.parse(after.updatedAt)).toBeGreaterThan(Date.parse(body.updatedAt));
  });

  test("each refusal says what was wrong", async () => {
    const h = createHarness();
    await h.signIn();
    const { body } = await h.send("POST", "/api/core/oauth-clients", { json: webClient("c") });
    const path = `/api/core/oauth-clients/${body.clientId}`;
    const detailOf = async (method: string, url: string, call: CallOptions = {}) =>
      (await h.send(method, url, call)).body.errors[0].detail;

    expect(
      await detailOf("PATCH", path, {
        json: [{ op: "replace", path: "/description", value: ["a", "b"] }],
      }),
    ).toBe("Patch operation 0 must give a string value for /description.");
    expect(
      await detailOf("PATCH", path, {
        json: [
          { op: "add", path: "/description", value: "x" },
          { op: "remove", path: "/clientName" },
        ],
      }),
    ).toBe("Patch operation 1 removes /clientName, which every OAuth client must have.");
    expect(await detailOf("GET", "/api/core/oauth-clients/nobody")).toBe(
      "No OAuth client exists with the given ID.",
    );
    expect(await detailOf("DELETE", `${path}/client-secrets/zzzz`)).toBe(
      "The OAuth client has no secret with the given hint.",
    );
    for (let i = 0; i < 4; i++) await h.send("POST", `${path}/client-secrets`);
    expect(await detailOf("POST", `${path}/client-secrets`)).toBe(
      "The OAuth client already has 5 client secrets.",
    );
  });

  test("an empty patch changes nothing, not even updatedAt; a change at the same instant moves it by 1 ms", async () => {
    const h = createHarness();
    await h.signIn();
    const { body } = await h.send("POST", "/api/core/oauth-clients", { json: webClient("c") });
    const path = `/api/core/oauth-clients/${body.clientId}`;
    expect((await h.send("PATCH", path, { json: [] })).status).toBe(204);
    expect((await h.send("GET", path)).body.updatedAt).toBe("2026-03-01T12:00:00.000Z");
    await h.send("PATCH", path, { json: [{ op: "add", path: "/description", value: "d" }] });
    await h.send("PATCH", path, { json: [{ op: "add", path: "/description", value: "e" }] });
    expect((await h.send("GET", path)).body.updatedAt).toBe("2026-03-01T12:00:00.002Z");
  });

  test("a created client with the client-credentials grant can get tokens with its own secrets", async () => {
    const h = createHarness();
    await h.signIn();
    const { body } = await h.send("POST", "/api/core/oauth-clients", { json: webClient("svc") });
    const own = { clientId: body.clientId, clientSecret: body.clientSecret };
    const token = await h.requestToken(own);
    const asItself = await h.send("GET", "/api/core/tenants", { token });
    expect(asItself.status).toBe(200);

    await h.send(
      "DELETE",
      `/api/core/oauth-clients/${body.clientId}/client-secrets/${body.clientSecrets[0].hint}`,
    );
    const refused = await h.send("POST", "/oauth/token", {
      token: null,
      json: {
        client_id: own.clientId,
        client_secret: own.clientSecret,
        grant_type: "client_credentials",
      },
    });
    expect(refused.status).toBe(401);

    const native = await h.send("POST", "/api/core/oauth-clients", {
      json: { appType: "native", clientName: "app", allowedGrantTypes: ["client_credentials"] },
    });
    const nativeToken = await h.send("POST", "/oauth/token", {
      token: null,
      json: {
        client_id: native.body.clientId,
        client_secret: native.body.clientSecret,
        grant_type: "client_credentials",
      },
    });
    expect(nativeToken.status).toBe(401);
  });
});
