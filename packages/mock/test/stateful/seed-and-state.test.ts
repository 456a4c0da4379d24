// Seeding (object and JSON file), reset(), snapshot() and repeatable ids.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  createStatefulOrg,
  defaultSeed,
  InvalidSeedError,
  readSeedFile,
  type StatefulOrgSeed,
} from "../../src/index.js";
import { createHarness, webClient } from "./support/harness.js";

const seededSecret = "seeded-secret-0001";
const seed = {
  credentials: [{ clientId: "ci-runner", clientSecret: "ci-runner-secret" }],
  clients: [
    {
      clientId: "seeded-web",
      appType: "web",
      clientName: "Seeded web",
      allowedGrantTypes: ["client_credentials"],
      allowedAuthMethods: ["client_secret"],
      createdAt: "2025-05-05T05:05:05.000Z",
      secrets: [seededSecret, "seeded-secret-0002"],
    },
    { appType: "spa", clientName: "Seeded spa" },
  ],
  tenants: [
    {
      id: "tenant-1",
      name: "One",
      hostnames: ["one.qlikcloud.com"],
      regionCode: "us-east-1",
      countryCode: "US",
      status: "active",
      subscriptionId: "sub-9",
    },
  ],
  subscriptionIds: ["sub-extra"],
} satisfies StatefulOrgSeed;

describe("seeding", () => {
  test("the default seed: one credential and three tenants", () => {
    const state = createStatefulOrg({ randomSeed: 1 }).snapshot();
    expect(state.credentialClientIds).toEqual(["mock-client-id"]);
    expect(state.tenants.map((t) => t.name)).toEqual([
      "QlikTenant",
      "QlikTenantEU",
      "QlikTenantOld",
    ]);
    expect(state.clients).toEqual([]);
    expect(defaultSeed.credentials?.[0]?.clientId).toBe("mock-client-id");
  });

  test("from an object: credentials, clients with secrets, tenants and subscriptions", async () => {
    const h = createHarness({ seed });
    await expect(
      h.requestToken({ clientId: "mock-client-id", clientSecret: "mock-client-secret" }),
    ).rejects.toThrow(/401/);
    const token = await h.requestToken({ clientId: "ci-runner", clientSecret: "ci-runner-secret" });

    const list = await h.send("GET", "/api/core/oauth-clients", { token });
    expect(list.body.data.map((c: { clientName: string }) => c.clientName)).toEqual([
      "Seeded web",
      "Seeded spa",
    ]);
    const web = await h.send("GET", "/api/core/oauth-clients/seeded-web", { token });
    expect(web.body).toMatchObject({
      createdAt: "2025-05-05T05:05:05.000Z",
      updatedAt: "2025-05-05T05:05:05.000Z",
      // A seeded secret was created with its client.
      clientSecrets: [
        { hint: "0001", createdAt: "2025-05-05T05:05:05.000Z" },
        { hint: "0002", createdAt: "2025-05-05T05:05:05.000Z" },
      ],
    });
    expect(web.text).not.toContain(seededSecret);
    // The spa client got a generated id and the clock's time.
    const spa = list.body.data[1];
    expect(spa.clientId).toMatch(/^[0-9a-f]{32}$/);
    expect(spa.createdAt).toBe("2026-03-01T12:00:00.000Z");

    // A seeded web client that allows the grant can sign in with its seeded secret.
    const asSeeded = await h.requestToken({ clientId: "seeded-web", clientSecret: seededSecret });
    expect(
      (await h.send("GET", "/api/core/tenants/tenant-1", { token: asSeeded })).body,
    ).toMatchObject({
      id: "tenant-1",
      createdAt: "2026-03-01T12:00:00.000Z",
      updatedAt: "2026-03-01T12:00:00.000Z",
    });
    // A subscription listed only in subscriptionIds belongs to the organization.
    const count = await h.send(
      "GET",
      `/api/core/tenants/actions/count?filter=${encodeURIComponent('subscriptionId eq "sub-extra"')}`,
      { token },
    );
    expect(count.body).toEqual({ total: 0 });
  });

  test("a client may hold five seeded secrets of eight characters each", () => {
    const secrets = ["1", "2", "3", "4", "5"].map((digit) => `secret-${digit}`);
    const org = createStatefulOrg({
      seed: {
        clients: [
          { appType: "web", clientName: "five", allowedAuthMethods: ["client_secret"], secrets },
        ],
      },
    });
    expect(org.snapshot().clients[0]?.clientSecrets?.map((s) => s.hint)).toEqual([
      "et-1",
      "et-2",
      "et-3",
      "et-4",
      "et-5",
    ]);
  });

  test("from a JSON file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "stateful-seed-"));
    try {
      const file = join(dir, "seed.json");
      await writeFile(file, JSON.stringify(seed));
      const h = createHarness({ seed: await readSeedFile(file) });
      const token = await h.requestToken({
        clientId: "ci-runner",
        clientSecret: "ci-runner-secret",
      });
      expect((await h.send("GET", "/api/core/tenants", { token })).body.data).toHaveLength(1);

      await writeFile(file, `{"credentials":[{"clientId":"x","clientSecret":"${seededSecret}"`);
      const error = await readSeedFile(file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidSeedError);
      expect(String(error)).toMatch(/not valid JSON/);
      expect(String(error)).not.toContain(seededSecret);

      // A missing file is named by its absolute path, whatever the caller passed.
      const missing = await readSeedFile(join(dir, "sub", "..", "nope.json")).catch(
        (e: unknown) => e,
      );
      expect(String(missing)).toContain(`seed file not found: ${join(dir, "nope.json")}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test.each([
    [
      "a tenant without hostnames",
      { tenants: [{ ...seed.tenants[0], hostnames: undefined }] },
      /seed\.tenants\[0\]: .*Tenant: hostnames is required/,
    ],
    [
      "a tenant with an unknown status",
      { tenants: [{ ...seed.tenants[0], status: "gone" }] },
      /seed\.tenants\[0\]: .*Tenant: status must be one of/,
    ],
    [
      "a bad timestamp",
      { tenants: [{ ...seed.tenants[0], createdAt: "yesterday" }] },
      /createdAt must be a valid date-time/,
    ],
    [
      "two tenants with one id",
      { tenants: [seed.tenants[0], seed.tenants[0]] },
      /seed\.tenants\[1\]\.id: "tenant-1" is used twice/,
    ],
    [
      "a client with an unknown appType",
      { clients: [{ appType: "desktop", clientName: "x" }] },
      /seed\.clients\[0\]: .*appType must be one of/,
    ],
    ["a client without a name", { clients: [{ appType: "web" }] }, /clientName is required/],
    [
      "six secrets",
      {
        clients: [
          {
            ...seed.clients[0],
            secrets: ["a", "b", "c", "d", "e", "f"].map((x) => `${seededSecret}${x}`),
          },
        ],
      },
      /seed\.clients\[0\]\.secrets: a client holds at most 5 secrets$/,
    ],
    [
      "a short secret",
      { clients: [{ ...seed.clients[0], secrets: ["short"] }] },
      /seed\.clients\[0\]\.secrets\[0\]: must be a string of at least 8 characters$/,
    ],
    [
      "secrets with one hint",
      { clients: [{ ...seed.clients[0], secrets: [seededSecret, `x${seededSecret}`] }] },
      /seed\.clients\[0\]\.secrets\[1\]: ends in the same 4 characters \(its hint\) as another secret$/,
    ],
    [
      "a credential without a secret",
      { credentials: [{ clientId: "x" }] },
      /seed\.credentials\[0\]\.clientSecret/,
    ],
    ["clients that are not a list", { clients: {} }, /seed\.clients: must be an array/],
    [
      "a secret that is not a string",
      { clients: [{ ...seed.clients[0], secrets: [12345678] }] },
      /^InvalidSeedError: seed\.clients\[0\]\.secrets\[0\]: must be a string of at least 8 characters$/,
    ],
    ["a seed that is not an object", null, /^InvalidSeedError: seed must be an object$/],
    [
      "a credential that is not an object",
      { credentials: ["ci-runner"] },
      /^InvalidSeedError: seed\.credentials\[0\]: must be an object with clientId and clientSecret$/,
    ],
    [
      "a credential with an empty clientId",
      { credentials: [{ clientId: "", clientSecret: "s" }] },
      /^InvalidSeedError: seed\.credentials\[0\]\.clientId: must be a non-empty string$/,
    ],
    [
      "a credential whose forbidden is not a boolean",
      { credentials: [{ clientId: "a", clientSecret: "s", forbidden: 1 }] },
      /^InvalidSeedError: seed\.credentials\[0\]\.forbidden: must be true or false$/,
    ],
    [
      "a client that is not an object",
      { clients: [5] },
      /^InvalidSeedError: seed\.clients\[0\]: must be an object$/,
    ],
    [
      "secrets that are not a list",
      { clients: [{ ...seed.clients[0], secrets: seededSecret }] },
      /^InvalidSeedError: seed\.clients\[0\]\.secrets: must be an array of strings$/,
    ],
    [
      "secrets on a client that cannot hold them",
      { clients: [{ appType: "spa", clientName: "x", secrets: ["seeded-secret-0003"] }] },
      /^InvalidSeedError: seed\.clients\[0\]\.secrets: only web clients whose allowedAuthMethods include client_secret hold secrets$/,
    ],
    [
      "two clients with one id",
      {
        clients: [
          seed.clients[1],
          { ...seed.clients[1], clientId: "twice" },
          { ...seed.clients[1], clientId: "twice" },
        ],
      },
      /^InvalidSeedError: seed\.clients\[2\]\.clientId: "twice" is used twice$/,
    ],
    [
      "a tenant that is not an object",
      { tenants: [[]] },
      /^InvalidSeedError: seed\.tenants\[0\]: must be an object$/,
    ],
    [
      "an empty subscription id",
      { subscriptionIds: ["sub-1", ""] },
      /^InvalidSeedError: seed\.subscriptionIds\[1\]: must be a non-empty string$/,
    ],
    [
      "a subscription id that is not a string",
      { subscriptionIds: [42] },
      /^InvalidSeedError: seed\.subscriptionIds\[0\]: must be a non-empty string$/,
    ],
  ])("refuses %s with a message that names the field and no secret", (_, bad, message) => {
    const error = (() => {
      try {
        createStatefulOrg({ seed: bad as StatefulOrgSeed });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InvalidSeedError);
    expect(String(error)).toMatch(message);
    expect(String(error)).not.toContain(seededSecret);
  });
});

describe("reset() and snapshot()", () => {
  test("reset restores the seed, restarts ids and rate limits, and keeps issued tokens", async () => {
    const h = createHarness({ seed, limits: { tier2: { requests: 3, windowMs: 60_000 } } });
    const token = await h.requestToken({ clientId: "ci-runner", clientSecret: "ci-runner-secret" });
    const first = await h.send("POST", "/api/core/oauth-clients", {
      token,
      json: webClient("before"),
    });
    await h.send("DELETE", "/api/core/oauth-clients/seeded-web", {
      token,
      headers: { "qlik-confirm-delete": "seeded-web" },
    });
    await h.send("POST", "/api/core/oauth-clients", { token, json: webClient("more") });
    expect(
      (await h.send("POST", "/api/core/oauth-clients", { token, json: webClient("x") })).status,
    ).toBe(429);
    expect(h.org.snapshot().clients.map((c) => c.clientName)).toEqual([
      "Seeded spa",
      "before",
      "more",
    ]);

    h.org.reset();
    expect(h.org.snapshot().clients.map((c) => c.clientName)).toEqual(["Seeded web", "Seeded spa"]);
    // The token still works, the tier-2 budget is fresh, and ids repeat after the reset.
    const again = await h.send("POST", "/api/core/oauth-clients", {
      token,
      json: webClient("after"),
    });
    expect(again.status).toBe(201);
    expect(again.body.clientId).toBe(first.body.clientId);
    expect(again.body.clientSecret).toBe(first.body.clientSecret);
  });

  test("a snapshot is a deep-frozen copy that shows no secret or token value", async () => {
    const h = createHarness({ seed });
    const token = await h.requestToken({ clientId: "ci-runner", clientSecret: "ci-runner-secret" });
    const created = await h.send("POST", "/api/core/oauth-clients", {
      token,
      json: webClient("mine"),
    });

    const state = h.org.snapshot();
    expect(state.clients.map((c) => c.clientName)).toEqual(["Seeded web", "Seeded spa", "mine"]);
    expect(state.clients[2]?.clientSecrets).toEqual([
      {
        hint: created.body.clientSecrets[0].hint,
        createdAt: "2026-03-01T12:00:00.000Z",
        createdBy: "ci-runner",
      },
    ]);
    expect(state.tokens).toEqual([
      {
        clientId: "ci-runner",
        issuedAt: "2026-03-01T12:00:00.000Z",
        expiresAt: "2026-03-01T18:00:00.000Z",
      },
    ]);
    expect(state.subscriptionIds).toEqual(["sub-extra", "sub-9"]);
    const text = JSON.stringify(state);
    for (const value of [token, created.body.clientSecret, seededSecret, "ci-runner-secret"]) {
      expect(text).not.toContain(value);
    }

    expect(Object.isFrozen(state)).toBe(true);
    expect(Object.isFrozen(state.clients[0]?.clientSecrets?.[0])).toBe(true);
    expect(() => {
      (state.clients as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    // Later changes do not reach an earlier snapshot.
    await h.send("DELETE", `/api/core/oauth-clients/${created.body.clientId}`, {
      token,
      headers: { "qlik-confirm-delete": created.body.clientId },
    });
    expect(state.clients).toHaveLength(3);
    expect(h.org.snapshot().clients).toHaveLength(2);

    // Expired tokens drop out.
    h.advance(21600 * 1000);
    expect(h.org.snapshot().tokens).toEqual([]);
  });

  test("the same randomSeed gives the same ids and secrets; another seed does not", async () => {
    const run = async (randomSeed: number) => {
      const h = createHarness({ randomSeed });
      await h.signIn();
      const created = await h.send("POST", "/api/core/oauth-clients", { json: webClient("c") });
      const secret = await h.send(
        "POST",
        `/api/core/oauth-clients/${created.body.clientId}/client-secrets`,
      );
      return [created.body.clientId, created.body.clientSecret, secret.body.hint];
    };
    expect(await run(11)).toEqual(await run(11));
    expect(await run(11)).not.toEqual(await run(12));
  });

  test("without a randomSeed, each organization draws its own tokens", async () => {
    const tokens = await Promise.all(
      [createHarness({ randomSeed: undefined }), createHarness({ randomSeed: undefined })].map(
        (h) => h.requestToken(),
      ),
    );
    expect(tokens[0]).not.toBe(tokens[1]);
  });

  test("a randomSeed fixes the values themselves, so fixtures recorded with it stay valid", async () => {
    const h = createHarness({
      randomSeed: 11,
      seed: {
        credentials: [{ clientId: "a", clientSecret: "b" }],
        tenants: [
          {
            name: "n",
            hostnames: ["x.qlikcloud.com"],
            regionCode: "us-east-1",
            countryCode: "US",
            status: "active",
          },
        ],
      },
    });
    const token = await h.requestToken({ clientId: "a", clientSecret: "b" });
    expect(token).toBe("mock_Tr0Gfg3OER1hEHpVxYpRrxcwfgCgNlB1h71mRXUC");
    const created = await h.send("POST", "/api/core/oauth-clients", {
      token,
      json: webClient("c"),
    });
    expect(created.body).toMatchObject({
      clientId: "bf42b589d2dd601d7848b1a07af6750b",
      clientSecret: "6c485d21a9256eda6e96480e4611b88189ef99971aafb22af5e6ca14a7a3b518",
      clientSecrets: [{ hint: "b518", createdBy: "a" }],
    });
    const tenants = await h.send("GET", "/api/core/tenants", { token });
    expect(tenants.body.data[0].id).toBe("fglk0hEglbd0apqJLRYXkHljZ0xvTmPD");
    const missing = await h.send("GET", "/api/core/tenants/x", { token });
    expect(missing.body.traceId).toBe("328a9809591015c7");
  });
});

describe("seeding, more refusals", () => {
  test.each([
    [
      "a list given as an object",
      { credentials: { x: 1 } },
      "InvalidSeedError: seed.credentials: must be an array",
    ],
    [
      "a connectionConfig given as a list",
      { clients: [{ appType: "web", clientName: "x", connectionConfig: ["x"] }] },
      "InvalidSeedError: seed.clients[0]: does not match the spec's OAuthClient: connectionConfig must be an object",
    ],
    [
      "a client that breaks two rules",
      { clients: [{ appType: "web", clientName: 5, description: 6 }] },
      "InvalidSeedError: seed.clients[0]: does not match the spec's OAuthClient: clientName must be a string; description must be a string",
    ],
    [
      "a credential with an empty secret",
      { credentials: [{ clientId: "a", clientSecret: "" }] },
      "InvalidSeedError: seed.credentials[0].clientSecret: must be a non-empty string",
    ],
    [
      "a connectionConfig that is null",
      { clients: [{ appType: "web", clientName: "x", connectionConfig: null }] },
      "InvalidSeedError: seed.clients[0]: does not match the spec's OAuthClient: connectionConfig must be an object",
    ],
    [
      "a credential with a numeric id",
      { credentials: [{ clientId: 5, clientSecret: "s" }] },
      "InvalidSeedError: seed.credentials[0].clientId: must be a non-empty string",
    ],
  ])("refuses %s, worded exactly", (_, bad, message) => {
    expect(() => createStatefulOrg({ seed: bad as unknown as StatefulOrgSeed })).toThrow(
      expect.objectContaining({ message: message.replace(/^InvalidSeedError: /, "") }),
    );
  });

  test("tokenLifetimeSeconds may be a single second", () => {
    expect(() => createStatefulOrg({ tokenLifetimeSeconds: 1 })).not.toThrow();
  });

  test("reset() makes spent fault rules whole again", async () => {
    const h = createHarness({ faults: [{ operationId: "listTenants", status: 429, times: 1 }] });
    await h.signIn();
    expect((await h.send("GET", "/api/core/tenants")).status).toBe(429);
    expect((await h.send("GET", "/api/core/tenants")).status).toBe(200);
    h.org.reset();
    expect((await h.send("GET", "/api/core/tenants")).status).toBe(429);
  });
});

describe("subscriptions of a seed", () => {
  test("a tenant without a subscription adds none", () => {
    const org = createStatefulOrg({
      seed: {
        tenants: [
          {
            id: "t",
            hostnames: ["t.qlikcloud.com"],
            regionCode: "us-east-1",
            countryCode: "US",
            status: "active",
          },
        ],
        subscriptionIds: ["sub-1"],
      },
    });
    expect(org.snapshot().subscriptionIds).toEqual(["sub-1"]);
  });
});
