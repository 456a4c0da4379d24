// `@qlik-org/mock/msw` with MSW's setupServer: the client, on its default fetch and base URL, talks
// to the stateful organization with no port; faults come through as they would over the network.

import { ConnectionError, createOrgClient, NotFoundError } from "@qlik-org/client";
import { getResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createStatefulOrg } from "../src/index.js";
import { createMswHandlers } from "../src/msw.js";

const auth = { clientId: "mock-client-id", clientSecret: "mock-client-secret" };
const org = createStatefulOrg({
  faults: [{ operationId: "getTenant", reset: true }],
});
const server = setupServer(...createMswHandlers(org));

beforeAll(() => server.listen());
afterEach(() => org.reset());
afterAll(() => server.close());

describe("createMswHandlers with setupServer", () => {
  it("serves the client at its default base URL: create, every page, delete, a typed 404", async () => {
    const client = createOrgClient({ auth });
    const created = [];
    for (const clientName of ["a", "b"]) {
      created.push(await client.oauthClients.create({ appType: "web", clientName }));
    }
    const listed = [];
    for await (const item of client.oauthClients.listAll({ limit: 1 })) listed.push(item.clientId);
    expect(listed.sort()).toEqual(created.map((c) => c.clientId).sort());
    await client.oauthClients.delete(created[0]?.clientId ?? "");
    await expect(client.oauthClients.get(created[0]?.clientId ?? "")).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("turns an injected connection reset into MSW's network error", async () => {
    const client = createOrgClient({ auth, retry: { retries: 0 } });
    await expect(client.tenants.get("t1")).rejects.toBeInstanceOf(ConnectionError);
  });

  it("answers only under its baseUrl", async () => {
    const handlers = createMswHandlers(org, { baseUrl: "https://mock.test" });
    const inside = await getResponse(handlers, new Request("https://mock.test/api/core/tenants"));
    expect(inside?.status).toBe(401);
    const outside = await getResponse(
      handlers,
      new Request("https://console.qlikcloud.com/api/core/tenants"),
    );
    expect(outside).toBeUndefined();
    expect(() => createMswHandlers(org, { baseUrl: "https://mock.test/api" })).toThrow(
      /baseUrl must be an origin/,
    );
  });
});
