import { matchRoute, type OperationId, operationIds, operationMetadata } from "@qlik-org/generated";
import { describe, expect, test } from "vitest";
import {
  createOrgClient,
  type OrgClient,
  OrgClientError,
  resourceMethodByOperationId,
} from "../src/index.js";
import { BASE_URL, clientWith } from "./support/client.js";
import { empty, json, pathOf, type SeenRequest, tokenResponse } from "./support/fake-fetch.js";
import { tenant } from "./support/tenant.js";

const base = `${BASE_URL}/api/core`;
const oauthClient = {
  clientId: "c1",
  clientName: "ci",
  appType: "web",
  createdAt: "2026-01-01T00:00:00Z",
};
/** A call of every resource method, keyed by the operation it must reach. */
const invocations: Record<OperationId, (org: OrgClient) => Promise<unknown>> = {
  requestToken: (org) => org.auth.getToken(),
  listTenants: (org) => org.tenants.list(),
  getTenant: (org) => org.tenants.get("t1"),
  countTenants: (org) => org.tenants.count('subscriptionId eq "s1"'),
  filterTenants: (org) => org.tenants.filter({ filter: 'subscriptionId eq "s1"' }),
  listOAuthClients: (org) => org.oauthClients.list(),
  createOAuthClient: (org) => org.oauthClients.create({ appType: "web", clientName: "ci" }),
  getOAuthClient: (org) => org.oauthClients.get("c1"),
  deleteOAuthClient: (org) => org.oauthClients.delete("c1"),
  patchOAuthClient: (org) =>
    org.oauthClients.update("c1", [{ op: "replace", path: "/clientName", value: "x" }]),
  createOAuthClientSecret: (org) => org.oauthClients.createSecret("c1"),
  deleteOAuthClientSecret: (org) => org.oauthClients.deleteSecret("c1", "h1"),
};

/** Answers any operation with its first documented success status. */
function answer(request: SeenRequest): Response {
  if (pathOf(request.url) === "/oauth/token") return tokenResponse("tok-1");
  const route = matchRoute(request.method, pathOf(request.url));
  const status =
    route.kind === "operation" ? operationMetadata[route.operationId].successStatuses[0] : 500;
  return status === 204 ? empty(204) : json(status ?? 500, {});
}

describe("resource methods cover the spec", () => {
  test("every operationId has exactly one resource method, and no method names an unknown operation", () => {
    expect(Object.keys(resourceMethodByOperationId).sort()).toEqual([...operationIds].sort());
    const methods = Object.values(resourceMethodByOperationId);
    expect(new Set(methods).size).toBe(methods.length);
  });

  test("every registered method exists on a client", () => {
    const { org } = clientWith(answer);
    for (const [operationId, name] of Object.entries(resourceMethodByOperationId)) {
      const [resource, method] = name.split(".") as [string, string];
      const target = (org as unknown as Record<string, Record<string, unknown>>)[resource];
      expect(typeof target?.[method], `${operationId} → ${name}`).toBe("function");
    }
  });

  test("every resource method other than listAll is registered", () => {
    const { org } = clientWith(answer);
    const registered = new Set<string>(Object.values(resourceMethodByOperationId));
    for (const resource of ["auth", "tenants", "oauthClients"] as const) {
      for (const method of Object.keys(org[resource])) {
        if (method === "listAll") continue;
        expect(registered.has(`${resource}.${method}`), `${resource}.${method}`).toBe(true);
      }
    }
  });

  test.each([...operationIds])(
    "the registered method of %s sends that operation",
    async (operationId) => {
      const { org, requests } = clientWith(answer, {
        auth: { clientId: "id", clientSecret: "secret-value" },
      });
      const name = resourceMethodByOperationId[operationId];
      await invocations[operationId](org);
      const sent = requests.map((r) => {
        const route = matchRoute(r.method, pathOf(r.url));
        return route.kind === "operation" ? route.operationId : undefined;
      });
      expect(sent, name).toContain(operationId);
      expect(sent.at(-1)).toBe(operationId);
    },
  );
});

describe("oauthClients", () => {
  test("list sends the query and returns the page", async () => {
    const page = { data: [oauthClient], links: {}, totalResults: 1 };
    const { org, requests } = clientWith(() => json(200, page));
    await expect(
      org.oauthClients.list({ limit: 50, sort: "-createdAt", totalResults: true }),
    ).resolves.toEqual(page);
    expect(requests[0]?.url).toBe(
      `${base}/oauth-clients?limit=50&sort=-createdAt&totalResults=true`,
    );
  });

  test("create posts the body as JSON and returns the created client with its secret", async () => {
    const created = { ...oauthClient, clientSecret: "created-secret-1" };
    const { org, requests } = clientWith(() => json(201, created));
    const result = await org.oauthClients.create({ appType: "web", clientName: "ci" });
    expect(result.clientSecret).toBe("created-secret-1");
    expect(requests[0]).toMatchObject({ method: "POST", url: `${base}/oauth-clients` });
    expect(JSON.parse(requests[0]?.body ?? "")).toEqual({ appType: "web", clientName: "ci" });
    expect(requests[0]?.headers.get("content-type")).toBe("application/json");
  });

  test("get encodes the id into the path", async () => {
    const { org, requests } = clientWith(() => json(200, oauthClient));
    await expect(org.oauthClients.get("a/b c")).resolves.toEqual(oauthClient);
    expect(requests[0]?.url).toBe(`${base}/oauth-clients/a%2Fb%20c`);
  });

  test("update returns the rotated secret on 202 and undefined on 204", async () => {
    const patch = [{ op: "replace", path: "/clientName", value: "x" }] as const;
    const rotated = clientWith(() => json(202, { clientSecret: "rotated-secret-1" }));
    await expect(rotated.org.oauthClients.update("c1", [...patch])).resolves.toEqual({
      clientSecret: "rotated-secret-1",
    });
    expect(rotated.requests[0]).toMatchObject({ method: "PATCH", url: `${base}/oauth-clients/c1` });
    expect(JSON.parse(rotated.requests[0]?.body ?? "")).toEqual(patch);
    const plain = clientWith(() => empty(204));
    await expect(plain.org.oauthClients.update("c1", [...patch])).resolves.toBeUndefined();
  });

  test("delete sends qlik-confirm-delete with the id itself", async () => {
    const { org, requests } = clientWith(() => empty(204));
    await expect(org.oauthClients.delete("c1")).resolves.toBeUndefined();
    expect(requests[0]).toMatchObject({ method: "DELETE", url: `${base}/oauth-clients/c1` });
    expect(requests[0]?.headers.get("qlik-confirm-delete")).toBe("c1");
  });

  test("createSecret and deleteSecret address the client's secrets", async () => {
    const secret = { hint: "h1", clientId: "c1", clientSecret: "new-secret-22" };
    const created = clientWith(() => json(201, secret));
    await expect(created.org.oauthClients.createSecret("c1")).resolves.toEqual(secret);
    expect(created.requests[0]).toMatchObject({
      method: "POST",
      url: `${base}/oauth-clients/c1/client-secrets`,
    });
    const deleted = clientWith(() => empty(204));
    await expect(deleted.org.oauthClients.deleteSecret("c1", "h1")).resolves.toBeUndefined();
    expect(deleted.requests[0]).toMatchObject({
      method: "DELETE",
      url: `${base}/oauth-clients/c1/client-secrets/h1`,
    });
  });

  test("per-call headers are sent", async () => {
    const { org, requests } = clientWith(() => json(200, oauthClient));
    await org.oauthClients.get("c1", { headers: { "x-trace": "abc" } });
    expect(requests[0]?.headers.get("x-trace")).toBe("abc");
  });
});

describe("a bad id is refused before anything is sent", () => {
  test.each([
    ["a line break", "a\nb"],
    ["a NUL", "c1\u0000"],
    ["a carriage return", "c1\r\nx-injected: 1"],
    ["a non-Latin-1 character", "c1-€"],
    ["surrounding whitespace (Headers would trim it)", " c1 "],
  ])("delete with %s in the id (it goes into qlik-confirm-delete)", async (_what, id) => {
    const { org, requests } = clientWith(() => empty(204));
    const error = await org.oauthClients.delete(id).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OrgClientError);
    const message = (error as Error).message;
    expect(message).toMatch(/^oauthClients\.delete: id /);
    expect(message).toMatch(/qlik-confirm-delete/);
    expect([...message].filter((char) => char < " ")).toEqual([]);
    expect(requests).toHaveLength(0);
  });

  test.each([" c1", "c1 ", "c1\u00a0"])(
    "delete with whitespace at one end of the id (%j)",
    async (id) => {
      const { org, requests } = clientWith(() => empty(204));
      await expect(org.oauthClients.delete(id)).rejects.toThrow(
        "oauthClients.delete: id cannot go into the qlik-confirm-delete header (it has a line break, a control or non-Latin-1 character, or surrounding whitespace)",
      );
      expect(requests).toHaveLength(0);
    },
  );

  test("an id that only goes into the path may hold spaces: it is encoded", async () => {
    const { org, requests } = clientWith(() => json(200, { clientId: " c 1 " }));
    await org.oauthClients.get(" c 1 ");
    expect(requests[0]?.url).toBe(
      "https://console.qlikcloud.com/api/core/oauth-clients/%20c%201%20",
    );
  });

  test.each([
    ["oauthClients.get", "id", (org: OrgClient) => org.oauthClients.get("")],
    ["oauthClients.update", "id", (org: OrgClient) => org.oauthClients.update("", [])],
    ["oauthClients.delete", "id", (org: OrgClient) => org.oauthClients.delete("")],
    ["oauthClients.createSecret", "id", (org: OrgClient) => org.oauthClients.createSecret("")],
    [
      "oauthClients.deleteSecret",
      "id",
      (org: OrgClient) => org.oauthClients.deleteSecret("", "h1"),
    ],
    [
      "oauthClients.deleteSecret",
      "hint",
      (org: OrgClient) => org.oauthClients.deleteSecret("c1", ""),
    ],
    ["tenants.get", "tenantId", (org: OrgClient) => org.tenants.get("")],
    [
      "tenants.get",
      "tenantId",
      (org: OrgClient) => org.tenants.get(undefined as unknown as string),
    ],
  ])("%s with an empty or missing %s", async (method, argument, call) => {
    const { org, requests } = clientWith(() => json(200, {}));
    const error = await call(org).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OrgClientError);
    expect((error as Error).message).toBe(`${method}: ${argument} must be a non-empty string`);
    expect(requests).toHaveLength(0);
  });
});

describe("tenants", () => {
  test("list, get, count and filter send their requests and return data", async () => {
    const page = { data: [tenant], links: { self: { href: `${base}/tenants` } } };
    const { org, requests } = clientWith((request) => {
      if (request.url.includes("/count")) return json(200, { total: 7 });
      if (request.url.endsWith("/tenants/t1")) return json(200, tenant);
      return json(200, page);
    });
    await expect(org.tenants.list({ limit: 5, totalResults: "true" })).resolves.toEqual(page);
    await expect(org.tenants.get("t1")).resolves.toEqual(tenant);
    await expect(org.tenants.count('subscriptionId eq "s1"')).resolves.toEqual({ total: 7 });
    await expect(
      org.tenants.filter({ filter: 'subscriptionId eq "s1"' }, { limit: 3 }),
    ).resolves.toEqual(page);
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET ${base}/tenants?limit=5&totalResults=true`,
      `GET ${base}/tenants/t1`,
      `GET ${base}/tenants/actions/count?filter=subscriptionId%20eq%20%22s1%22`,
      `POST ${base}/tenants/actions/filter?limit=3`,
    ]);
    expect(JSON.parse(requests[3]?.body ?? "")).toEqual({ filter: 'subscriptionId eq "s1"' });
  });
});

describe("requests the client sends", () => {
  test("carry a User-Agent with the package version, prefixed by userAgent", async () => {
    const { org, requests } = clientWith(() => json(200, tenant), { userAgent: "my-app/1.2" });
    await org.tenants.get("t1");
    expect(requests[0]?.headers.get("user-agent")).toMatch(
      /^my-app\/1\.2 qlik-org-client\/\d+\.\d+\.\d+/,
    );
    await org.tenants.get("t1", { headers: { "user-agent": "custom/1" } });
    expect(requests[1]?.headers.get("user-agent")).toBe("custom/1");
  });

  test("go to the base URL's path prefix", async () => {
    const { org, requests } = clientWith(() => json(200, tenant), {
      baseUrl: "https://proxy.example.com/qlik/",
    });
    await org.tenants.get("t1");
    expect(requests[0]?.url).toBe("https://proxy.example.com/qlik/api/core/tenants/t1");
  });
});

describe("the path-based surface finds each request's operation in the route table", () => {
  test("a GET with a query string is matched, so a 500 is retried as for the resource method", async () => {
    let calls = 0;
    const { org, requests } = clientWith(
      () => {
        calls += 1;
        return calls === 1
          ? json(500, { errors: [{ code: "HTTP-500", title: "Oops" }] })
          : json(200, { data: [], links: {} });
      },
      { retry: { minDelayMs: 1, maxDelayMs: 1 } },
    );
    const { response } = await org.GET("/api/core/tenants", { params: { query: { limit: 5 } } });
    expect(response.status).toBe(200);
    expect(requests.map((r) => r.url)).toEqual([
      `${base}/tenants?limit=5`,
      `${base}/tenants?limit=5`,
    ]);
  });

  test("a POST to a path the spec lacks is sent once with the token, and a 500 is not repeated", async () => {
    const { org, requests } = clientWith(() =>
      json(500, { errors: [{ code: "HTTP-500", title: "Oops" }] }),
    );
    const untyped = org as unknown as {
      POST(path: string, init?: object): Promise<{ response: Response }>;
    };
    const { response } = await untyped.POST("/api/core/unknown-thing", { body: {} });
    expect(response.status).toBe(500);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.headers.get("authorization")).toBe("Bearer static-token-abcdef");
  });
});

describe("openapi-fetch middleware", () => {
  test("registered with use(), it runs on the path-based surface only, until ejected", async () => {
    const { org, requests } = clientWith(() => json(200, oauthClient));
    const seen: string[] = [];
    const middleware = {
      onRequest: ({ request }: { request: Request }) => {
        seen.push(request.url);
        request.headers.set("x-from-middleware", "yes");
      },
    };
    org.use(middleware);
    await org.GET("/api/core/oauth-clients/{id}", { params: { path: { id: "c1" } } });
    // Resource methods do not go through openapi-fetch, so its middleware does not see them.
    await org.oauthClients.get("c1");
    expect(seen).toEqual([`${base}/oauth-clients/c1`]);
    expect(requests[0]?.headers.get("x-from-middleware")).toBe("yes");
    expect(requests[0]?.headers.get("authorization")).toBe("Bearer static-token-abcdef");
    expect(requests[1]?.headers.get("x-from-middleware")).toBeNull();
    org.eject(middleware);
    await org.GET("/api/core/oauth-clients/{id}", { params: { path: { id: "c1" } } });
    expect(seen).toHaveLength(1);
    expect(requests[2]?.headers.get("x-from-middleware")).toBeNull();
  });

  test("pagination follows next links with middleware registered", async () => {
    const next = `${base}/tenants?next=page-2`;
    const { org, requests } = clientWith((request) =>
      json(200, {
        data: [tenant],
        links:
          request.url === next
            ? { self: { href: next } }
            : { self: { href: `${base}/tenants` }, next: { href: next } },
      }),
    );
    org.use({ onRequest: () => undefined });
    const ids: string[] = [];
    for await (const item of org.tenants.listAll()) ids.push(item.id);
    expect(ids).toEqual(["t1", "t1"]);
    expect(requests.map((r) => r.url)).toEqual([`${base}/tenants`, next]);
  });

  test("an injected fetch sees every request of both surfaces, called like the global fetch with a URL string and an init", async () => {
    const inputs: unknown[] = [];
    const org = createOrgClient({
      baseUrl: BASE_URL,
      auth: { accessToken: "spy-token-1" },
      fetch: async (input, init) => {
        inputs.push(input);
        expect(new Request(input, init).headers.get("authorization")).toBe("Bearer spy-token-1");
        return json(200, oauthClient);
      },
    });
    await org.oauthClients.get("c1");
    await org.GET("/api/core/oauth-clients/{id}", { params: { path: { id: "c1" } } });
    expect(inputs).toEqual([`${base}/oauth-clients/c1`, `${base}/oauth-clients/c1`]);
  });
});
