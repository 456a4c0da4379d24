// A seeded credential with `forbidden: true` signs in, and gets the documented 403 on every call that
// documents one; the other credentials are unaffected.

import { createOrgClient, PermissionDeniedError } from "@qlik-org/client";
import { operationIds, operationMetadata } from "@qlik-org/generated";
import { describe, expect, it } from "vitest";
import { createStatefulOrg, InvalidSeedError, validateResponse } from "../../src/index.js";

const seed = {
  credentials: [
    { clientId: "reader", clientSecret: "reader-secret" },
    { clientId: "nobody", clientSecret: "nobody-secret", forbidden: true },
  ],
};

describe("a forbidden credential", () => {
  it("gets 403 in the spec's shape from every operation that documents one", async () => {
    const org = createStatefulOrg({ seed });
    const client = createOrgClient({
      fetch: org.fetch,
      auth: { clientId: "nobody", clientSecret: "nobody-secret" },
    });
    expect(typeof (await client.auth.getToken())).toBe("string");
    await expect(client.tenants.list()).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(
      client.oauthClients.create({ appType: "web", clientName: "x" }),
    ).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(org.snapshot().clients).toEqual([]);

    const token = await client.auth.getToken();
    const documenting = operationIds.filter((id) =>
      (operationMetadata[id].errorStatuses as readonly number[]).includes(403),
    );
    expect(documenting.length).toBeGreaterThan(5);
    for (const id of documenting) {
      const { method, path } = operationMetadata[id];
      const url = `https://mock.test${path.replace(/\{[^}]+\}/g, "x")}`;
      const response = await org.fetch(url, {
        method,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status, id).toBe(403);
      expect(validateResponse(id, 403, await response.json()).valid, id).toBe(true);
    }
  });

  it("leaves the other credentials their access", async () => {
    const org = createStatefulOrg({ seed });
    const client = createOrgClient({
      fetch: org.fetch,
      auth: { clientId: "reader", clientSecret: "reader-secret" },
    });
    expect((await client.tenants.list()).data).toEqual([]);
  });

  it("must be a boolean in the seed", () => {
    expect(() =>
      createStatefulOrg({
        seed: { credentials: [{ clientId: "a", clientSecret: "b", forbidden: "yes" as never }] },
      }),
    ).toThrow(InvalidSeedError);
  });
});
