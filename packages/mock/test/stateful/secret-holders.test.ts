// One rule decides which clients hold secrets (documented: `web` clients whose allowedAuthMethods
// include `client_secret`): creating a client, creating a secret, seeding, and /oauth/token agree.

import { describe, expect, test } from "vitest";
import { createStatefulOrg, InvalidSeedError } from "../../src/stateful/index.js";
import { acceptsClientCredentials, type ClientRecord } from "../../src/stateful/oauth-clients.js";
import { canHoldSecrets } from "../../src/stateful/secrets.js";
import { createHarness, webClient } from "./support/harness.js";

const publicKeys = [{ alg: "RS256", kid: "k1", kty: "RSA", use: "sig", e: "AQAB", n: "abc" }];

/** Clients that cannot hold secrets, each allowing the client-credentials grant where it may. */
const withoutSecrets = [
  { appType: "spa", clientName: "spa" },
  { appType: "native", clientName: "native", allowedAuthMethods: ["client_secret"] },
  { appType: "anonymous-embed", clientName: "embed" },
  { appType: "web", clientName: "no-methods", allowedGrantTypes: ["client_credentials"] },
  webClient("jwt-only", { allowedAuthMethods: ["private_key_jwt"], publicKeys }),
];

describe("clients that cannot hold secrets", () => {
  test.each(withoutSecrets)(
    "$clientName: created with a clientSecret that is neither stored nor usable",
    async (body) => {
      const h = createHarness();
      await h.signIn();
      const created = await h.send("POST", "/api/core/oauth-clients", { json: body });
      expect(created.status).toBe(201);
      // The spec requires the field; the value is empty, so nobody can mistake it for a credential.
      expect(created.body.clientSecret).toBe("");
      expect(created.body.clientSecrets).toEqual([]);
      const id = created.body.clientId;
      expect((await h.send("GET", `/api/core/oauth-clients/${id}`)).body.clientSecrets).toEqual([]);
      expect(h.org.snapshot().clients[0]?.clientSecrets).toEqual([]);

      const token = await h.send("POST", "/oauth/token", {
        token: null,
        json: { client_id: id, client_secret: "", grant_type: "client_credentials" },
      });
      expect(token.status).toBe(401);
      const secret = await h.send("POST", `/api/core/oauth-clients/${id}/client-secrets`);
      expect(secret.status).toBe(400);
    },
  );

  test("a web client without allowedAuthMethods does not get tokens with a seeded secret", () => {
    const error = (() => {
      try {
        createStatefulOrg({
          seed: {
            clients: [
              {
                clientId: "no-methods",
                appType: "web",
                clientName: "x",
                allowedGrantTypes: ["client_credentials"],
                secrets: ["seeded-secret-0001"],
              },
            ],
          },
        });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InvalidSeedError);
    expect(String(error)).toMatch(
      /seed\.clients\[0\]\.secrets: only web clients whose allowedAuthMethods include client_secret hold secrets/,
    );
    expect(String(error)).not.toContain("seeded-secret-0001");
  });
});

describe("clients that hold secrets", () => {
  test("a web client allowing client_secret: its first secret is stored and gets tokens", async () => {
    const h = createHarness();
    await h.signIn();
    const created = await h.send("POST", "/api/core/oauth-clients", { json: webClient("svc") });
    expect(created.body.clientSecret).toMatch(/^[0-9a-f]{64}$/);
    expect(created.body.clientSecrets).toEqual([
      expect.objectContaining({ hint: created.body.clientSecret.slice(-4) }),
    ]);
    const token = await h.requestToken({
      clientId: created.body.clientId,
      clientSecret: created.body.clientSecret,
    });
    expect((await h.send("GET", "/api/core/tenants", { token })).status).toBe(200);
  });
});

describe("one rule for the token endpoint and for secrets", () => {
  const appTypes = ["web", "native", "spa", "anonymous-embed"] as const;
  const methods = [
    undefined,
    [],
    ["client_secret"],
    ["private_key_jwt"],
    ["private_key_jwt", "client_secret"],
  ] as const;
  const records = appTypes.flatMap((appType) =>
    methods.map(
      (allowedAuthMethods) =>
        ({
          clientId: "c",
          clientName: "c",
          createdAt: "2026-03-01T12:00:00.000Z",
          appType,
          allowedGrantTypes: ["client_credentials"],
          ...(allowedAuthMethods ? { allowedAuthMethods: [...allowedAuthMethods] } : {}),
        }) as ClientRecord,
    ),
  );

  test.each(records)("$appType with allowedAuthMethods $allowedAuthMethods", (record) => {
    const documented =
      record.appType === "web" && (record.allowedAuthMethods ?? []).includes("client_secret");
    expect(canHoldSecrets(record)).toBe(documented);
    expect(acceptsClientCredentials(record)).toBe(documented);
    expect(acceptsClientCredentials({ ...record, allowedGrantTypes: [] })).toBe(false);
  });
});
