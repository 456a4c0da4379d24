// `org.fetch`: the stateful organization as a fetch function, so the client needs no port and no
// network, with the default base URL of the real API.

import { createOrgClient, DEFAULT_BASE_URL, NotFoundError } from "@qlik-org/client";
import { describe, expect, it } from "vitest";
import { createStatefulOrg } from "../../src/index.js";
import { defaultCredential, defaultTokenRequest } from "./support/harness.js";

const auth = defaultCredential;

describe("createStatefulOrg().fetch", () => {
  it("serves the client at the default base URL: create, page through links, delete, 404", async () => {
    const org = createStatefulOrg({ randomSeed: 7 });
    const client = createOrgClient({ fetch: org.fetch, auth });
    const created = [];
    for (const clientName of ["a", "b", "c"]) {
      created.push(
        await client.oauthClients.create({
          appType: "web",
          clientName,
          allowedAuthMethods: ["client_secret"],
        }),
      );
    }
    const page = await client.oauthClients.list({ limit: 1 });
    // Links name the URL that was called, so following them stays on the client's base URL.
    expect(page.links?.next?.href.startsWith(`${DEFAULT_BASE_URL}/api/core/oauth-clients?`)).toBe(
      true,
    );
    const listed = [];
    for await (const item of client.oauthClients.listAll({ limit: 1 })) listed.push(item.clientId);
    expect(listed.sort()).toEqual(created.map((c) => c.clientId).sort());

    const [first] = created;
    await client.oauthClients.delete(first?.clientId ?? "");
    await expect(client.oauthClients.get(first?.clientId ?? "")).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(
      org
        .snapshot()
        .clients.map((c) => c.clientId)
        .sort(),
    ).toEqual(
      created
        .slice(1)
        .map((c) => c.clientId)
        .sort(),
    );
  });

  it("takes a URL and init like fetch, and a Request as it is", async () => {
    const org = createStatefulOrg();
    const token = await org.fetch(new URL("https://example.test/oauth/token"), defaultTokenRequest);
    expect(token.status).toBe(200);
    const { access_token: accessToken } = await token.json();
    const tenants = await org.fetch(
      new Request("https://example.test/api/core/tenants?limit=1", {
        headers: { authorization: `Bearer ${accessToken}` },
      }),
    );
    expect(tenants.status).toBe(200);
    expect((await tenants.json()).links.self.href).toBe(
      "https://example.test/api/core/tenants?limit=1",
    );
  });

  it("takes a URL string alone, and applies an init given with a Request", async () => {
    const org = createStatefulOrg();
    // A GET of the token endpoint: routed, and refused with its Allow header.
    const alone = await org.fetch("https://example.test/oauth/token");
    expect(alone.status).toBe(405);
    expect(alone.headers.get("allow")).toBe("POST");
    const token = await org.fetch(new Request("https://example.test/oauth/token"), {
      ...defaultTokenRequest,
    });
    expect(token.status).toBe(200);
    const { access_token: accessToken } = await token.json();
    const tenants = await org.fetch(new Request("https://example.test/api/core/tenants"), {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(tenants.status).toBe(200);
  });
});
