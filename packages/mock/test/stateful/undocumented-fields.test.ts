// Seeds with keys the spec does not document are refused, and responses carry only documented
// fields, so a secret put in the wrong place can never be echoed back.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  createStatefulOrg,
  InvalidSeedError,
  readSeedFile,
  type StatefulOrgSeed,
} from "../../src/index.js";
import { createHarness, webClient } from "./support/harness.js";

const secret = "TOPSECRET-1234";
const tenant = {
  id: "tenant-1",
  hostnames: ["one.qlikcloud.com"],
  regionCode: "us-east-1",
  countryCode: "US",
  status: "active",
};
const publicKey = { alg: "RS256", kid: "k1", kty: "RSA", use: "sig", e: "AQAB", n: "abc" };

function seedError(seed: unknown): unknown {
  try {
    createStatefulOrg({ seed: seed as StatefulOrgSeed });
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("a seed with keys the spec does not document", () => {
  // The clientSecrets case comes first: the seeded client's shape is built once per test file, by
  // the first test that needs it, and this is the case that tells whether "clientSecrets" is left
  // out of it.
  test.each([
    [
      "a client with clientSecrets (hints come from secrets)",
      { clients: [{ appType: "web", clientName: "x", clientSecrets: [{ hint: "1234" }] }] },
      /seed\.clients\[0\]: unknown key "clientSecrets" \("clientSecrets" comes from "secrets": list secret values there\); documented keys: /,
    ],
    [
      "a client with clientSecret and a stray key",
      { clients: [{ appType: "web", clientName: "x", clientSecret: secret, foo: 1 }] },
      /^InvalidSeedError: seed\.clients\[0\]: unknown keys "clientSecret", "foo"/,
    ],
    [
      "a private key part in a public key",
      {
        clients: [
          {
            appType: "web",
            clientName: "x",
            allowedAuthMethods: ["private_key_jwt"],
            publicKeys: [{ ...publicKey, d: secret }],
          },
        ],
      },
      /seed\.clients\[0\]\.publicKeys\[0\]: unknown key "d"/,
    ],
    [
      "a stray key in connectionConfig",
      {
        clients: [
          {
            appType: "web",
            clientName: "x",
            connectionConfig: { consentMethod: "trusted", pw: 1 },
          },
        ],
      },
      /seed\.clients\[0\]\.connectionConfig: unknown key "pw"/,
    ],
    [
      "a tenant with an unknown key",
      { tenants: [{ ...tenant, plan: secret }] },
      /seed\.tenants\[0\]: unknown key "plan"/,
    ],
    [
      "a credential with an unknown key",
      { credentials: [{ clientId: "a", clientSecret: "b", secret }] },
      /seed\.credentials\[0\]: unknown key "secret"/,
    ],
    [
      "a misspelt top-level list",
      { client: [{ appType: "web", clientName: "x" }] },
      /^InvalidSeedError: seed: unknown key "client"; documented keys: "clients", "credentials", "subscriptionIds", "tenants"$/,
    ],
  ])("refuses %s, naming the key and the entry but no value", (_, seed, message) => {
    const error = seedError(seed);
    expect(error).toBeInstanceOf(InvalidSeedError);
    expect(String(error)).toMatch(message);
    expect(String(error)).not.toContain(secret);
  });

  test("the documented keys are listed, so a typo is easy to fix", () => {
    const error = seedError({ clients: [{ appType: "web", clientNme: "x" }] });
    expect(String(error)).toMatch(/unknown key "clientNme"; documented keys: .*"clientName"/);
  });

  test("the same from a JSON seed file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "stateful-seed-"));
    try {
      const file = join(dir, "seed.json");
      await writeFile(
        file,
        `{"clients":[{"appType":"web","clientName":"x","clientSecret":"${secret}","foo":1}]}`,
      );
      const error = await readSeedFile(file)
        .then((seed) => seedError(seed))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidSeedError);
      expect(String(error)).toMatch(/seed\.clients\[0\]: unknown keys "clientSecret", "foo"/);
      expect(String(error)).not.toContain(secret);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test("a tenant's links are accepted and made afresh, so a GET response can be pasted", () => {
    const links = { self: { href: "https://elsewhere.test/x" } };
    const seed = { tenants: [{ ...tenant, links }] } as unknown as StatefulOrgSeed;
    const org = createStatefulOrg({ seed });
    expect(org.snapshot().tenants[0]).toMatchObject({ id: "tenant-1" });
    expect(org.snapshot().tenants[0]).not.toHaveProperty("links");
  });
});

describe("responses", () => {
  test("show no undocumented field a request smuggled in (a private key part)", async () => {
    const h = createHarness();
    await h.signIn();
    const created = await h.send("POST", "/api/core/oauth-clients", {
      json: webClient("jwt", {
        allowedAuthMethods: ["private_key_jwt", "client_secret"],
        publicKeys: [{ ...publicKey, d: secret }],
        connectionConfig: { consentMethod: "trusted", password: secret },
      }),
    });
    expect(created.status).toBe(201);
    const id = created.body.clientId;
    const reads = [
      created,
      await h.send("GET", `/api/core/oauth-clients/${id}`),
      await h.send("GET", "/api/core/oauth-clients"),
    ];
    for (const answer of reads) {
      expect(answer.status).toBeLessThan(300);
      expect(answer.text).not.toContain(secret);
      expect(answer.text).toContain('"kid":"k1"');
    }
    expect(JSON.stringify(h.org.snapshot())).not.toContain(secret);
  });
});
