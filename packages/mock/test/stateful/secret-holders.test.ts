// One rule decides which clients hold secrets (documented: `web` clients whose allowedAuthMethods
// include `client_secret`): creating a client, creating a secret, seeding, and /oauth/token agree.

import { describe, expect, test } from "vitest";
import { createStatefulOrg, InvalidSeedError } from "../../src/stateful/index.js";
import { acceptsClientCredentials, type ClientRecord } from "../../src/stateful/oauth-clients.js";
import { canHoldSecrets } from "../../src/stateful/secrets.js";
import { createHarness, webClient } from "./support/harness.js";

describe("clients that cannot hold secrets", () => {
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
