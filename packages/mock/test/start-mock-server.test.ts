import { connect, createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  createStatefulOrg,
  InvalidSeedError,
  type MockServer,
  parseViolationsHeader,
  type RequestLogEntry,
  startMockServer,
  validateResponse,
} from "../src/index.js";

const bearer = { authorization: "Bearer test-token" };
const started: MockServer[] = [];

async function start(options?: Parameters<typeof startMockServer>[0]): Promise<MockServer> {
  const server = await startMockServer(options);
  started.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

describe("startMockServer", () => {
  it("listens on 127.0.0.1 and a free port by default", async () => {
    const server = await start();
    const url = new URL(server.url);
    expect(url.hostname).toBe("127.0.0.1");
    expect(Number(url.port)).toBeGreaterThan(0);
  });

  it("answers with the spec's example for a valid request", async () => {
    const server = await start();
    const response = await fetch(`${server.url}/api/core/tenants/actions/count?filter=x`, {
      headers: bearer,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("sl-violations")).toBeNull();
    expect(await response.json()).toEqual({ total: 42 });
  });

  it("answers 401 with the spec's body when Authorization is missing", async () => {
    const server = await start();
    const response = await fetch(`${server.url}/api/core/oauth-clients`);
    expect(response.status).toBe(401);
    const body = await response.json();
    expect(validateResponse("listOAuthClients", 401, body).valid).toBe(true);
  });

  it("lets the token endpoint through without Authorization", async () => {
    const server = await start();
    const response = await fetch(`${server.url}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        client_id: "id",
        client_secret: "s",
        grant_type: "client_credentials",
      }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ access_token: "<ACCESS_TOKEN>" });
  });

  it("picks the documented status asked for with Prefer: code", async () => {
    const server = await start();
    const response = await fetch(`${server.url}/api/core/tenants/abc`, {
      headers: { ...bearer, prefer: "code=404" },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ errors: [{ code: "TENANTS-404" }] });
  });

  it("answers 404 for a path the spec does not have", async () => {
    const server = await start();
    const response = await fetch(`${server.url}/api/core/nothing-here`, { headers: bearer });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });

  it("rejects a body that is not JSON with the spec's 400", async () => {
    const server = await start();
    const response = await fetch(`${server.url}/api/core/oauth-clients`, {
      method: "POST",
      headers: { ...bearer, "content-type": "application/json" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    expect(validateResponse("createOAuthClient", 400, await response.json()).valid).toBe(true);
  });

  it("reports each request to onRequest", async () => {
    const entries: RequestLogEntry[] = [];
    const server = await start({ onRequest: (entry) => entries.push(entry) });
    await (await fetch(`${server.url}/api/core/tenants?limit=5`, { headers: bearer })).text();
    await (
      await fetch(`${server.url}/api/core/oauth-clients/x`, { method: "DELETE", headers: bearer })
    ).text();
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      method: "GET",
      path: "/api/core/tenants?limit=5",
      status: 200,
      violations: [],
    });
    expect(entries[0]?.durationMs).toBeGreaterThanOrEqual(0);
    expect(entries[1]).toMatchObject({ method: "DELETE", status: 400 });
    expect(entries[1]?.violations.join("\n")).toContain("qlik-confirm-delete");
  });

  it("keeps sl-violations small enough to read when a request breaks the spec in 100+ ways", async () => {
    const entries: RequestLogEntry[] = [];
    const server = await start({ onRequest: (entry) => entries.push(entry) });
    const operations = Array.from({ length: 120 }, (_, i) => ({ op: "move", path: `/field${i}` }));
    const response = await fetch(`${server.url}/api/core/oauth-clients/abc`, {
      method: "PATCH",
      headers: { ...bearer, "content-type": "application/json" },
      body: JSON.stringify(operations),
    });
    expect(response.status).toBe(400);
    const header = response.headers.get("sl-violations") ?? "";
    expect(header.length).toBeLessThanOrEqual(8192);
    const listed = JSON.parse(header) as { location: string[]; message: string }[];
    const marker = listed.at(-1)?.message ?? "";
    const leftOut = Number(/^(\d+) more violations/.exec(marker)?.[1]);
    // The log keeps every violation; the header keeps the first ones whole and counts the rest.
    const all = entries[0]?.violations ?? [];
    expect(all.length).toBeGreaterThanOrEqual(120);
    expect(leftOut).toBeGreaterThan(0);
    expect(listed.length - 1 + leftOut).toBe(all.length);
    expect(parseViolationsHeader(header).slice(0, -1)).toEqual(all.slice(0, listed.length - 1));
  });

  describe("dynamic mode", () => {
    async function getClient(server: MockServer): Promise<unknown> {
      const response = await fetch(`${server.url}/api/core/oauth-clients/abc`, { headers: bearer });
      expect(response.status).toBe(200);
      return response.json();
    }

    it("generates bodies that match the spec and name only the spec's properties", async () => {
      const server = await start({ dynamic: true, seed: 7 });
      const body = (await getClient(server)) as Record<string, unknown>;
      expect(validateResponse("getOAuthClient", 200, body)).toMatchObject({ valid: true });
      expect(body.clientName).not.toBe("string");
      const documented = [
        "appType",
        "logoUri",
        "clientUri",
        "createdAt",
        "deletedAt",
        "updatedAt",
        "clientName",
        "disableTag",
        "publicKeys",
        "description",
        "publishedAt",
        "allowedScopes",
        "clientSecrets",
        "connectionConfig",
        "allowedGrantTypes",
        "allowedAuthMethods",
        "clientId",
        "redirectUris",
        "allowedOrigins",
      ];
      for (const key of Object.keys(body)) expect(documented).toContain(key);
    });

    it("repeats the same body for the same seed", async () => {
      const first = await start({ dynamic: true, seed: "repeatable" });
      const second = await start({ dynamic: true, seed: "repeatable" });
      const a = await getClient(first);
      expect(await getClient(first)).toEqual(a);
      expect(await getClient(second)).toEqual(a);
    });

    it("answers a single request dynamically with Prefer: dynamic=true", async () => {
      const server = await start();
      const response = await fetch(`${server.url}/api/core/oauth-clients/abc`, {
        headers: { ...bearer, prefer: "dynamic=true" },
      });
      const body = (await response.json()) as Record<string, unknown>;
      expect(validateResponse("getOAuthClient", 200, body).valid).toBe(true);
      expect(body.clientName).not.toBe("string");
    });
  });

  describe("close()", () => {
    it("frees the port", async () => {
      const server = await start();
      const port = Number(new URL(server.url).port);
      await server.close();
      await expect(fetch(`${server.url}/api/core/tenants`)).rejects.toThrow();
      expect(await canListen(port)).toBe(true);
    });

    it("does not wait for a client that never finishes its request", async () => {
      const server = await start();
      const { hostname, port } = new URL(server.url);
      const socket = connect(Number(port), hostname);
      // The server resets the half-sent request; that reset is the point of this test.
      socket.on("error", () => {});
      await new Promise((resolve) => socket.once("connect", resolve));
      socket.write("GET /api/core/tenants HTTP/1.1\r\nHost: x\r\n");
      const socketClosed = new Promise((resolve) => socket.once("close", resolve));
      await server.close();
      await socketClosed;
    });

    it("can be called twice", async () => {
      const server = await start();
      await Promise.all([server.close(), server.close()]);
      await server.close();
    });
  });

  it("binds the port it is given, and says so when that port is taken", async () => {
    const first = await start();
    const port = Number(new URL(first.url).port);
    await expect(startMockServer({ port })).rejects.toThrow(
      `port ${port} is already in use on 127.0.0.1`,
    );
  });

  it("keeps stateful-only and Prism-only options apart", async () => {
    await expect(startMockServer({ seed: { tenants: [] } })).rejects.toThrow(
      /needs stateful: true/,
    );
    await expect(startMockServer({ stateful: true, dynamic: true })).rejects.toThrow(/dynamic/);
    await expect(startMockServer({ stateful: true, seed: 42 })).rejects.toThrow(/an object/);
    await expect(startMockServer({ limits: {} })).rejects.toThrow(/limits needs stateful: true/);
  });

  it.each([
    ["null", null],
    ["an array", []],
  ])("refuses %s as a stateful seed instead of using the default one", async (_, seed) => {
    await expect(startMockServer({ stateful: true, seed: seed as never })).rejects.toThrow(
      /seed is the organization's data \(an object\)/,
    );
    expect(() => createStatefulOrg({ seed: seed as never })).toThrow(InvalidSeedError);
  });

  it("refuses null as a Prism seed", async () => {
    await expect(startMockServer({ seed: null as never })).rejects.toThrow(
      /seed must be a string or a number/,
    );
  });
});
