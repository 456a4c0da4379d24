import { inspect } from "node:util";
import { afterEach, describe, expect, test, vi } from "vitest";
import {
  AuthenticationError,
  type AuthOptions,
  ConnectionError,
  createOrgClient,
  type Logger,
  OrgApiError,
  OrgClientError,
  TimeoutError,
  TokenRequestError,
} from "../src/index.js";
import { CLIENT_ID, CLIENT_SECRET, clientWith } from "./support/client.js";
import { hang, json, pathOf, type SeenRequest, tokenResponse } from "./support/fake-fetch.js";
import { failed, settle } from "./support/settle.js";
import { tenant } from "./support/tenant.js";

const credentials = { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET };
const unauthorized = () =>
  json(401, { errors: [{ code: "HTTP-401", title: "Unauthorized", detail: "token expired" }] });

const isToken = (request: SeenRequest) => pathOf(request.url) === "/oauth/token";

/**
 * A server that issues `tok-1`, `tok-2`, … and answers API calls with `api` (given the bearer
 * token the call carried).
 */
function tokenServer(api: (token: string | undefined) => Response, expiresIn = 21_600) {
  let issued = 0;
  const made = clientWith(
    (request) => {
      if (isToken(request)) return tokenResponse(`tok-${++issued}`, expiresIn);
      return api(request.headers.get("authorization")?.replace(/^Bearer /, ""));
    },
    { auth: credentials },
  );
  return {
    ...made,
    tokenRequests: () => made.requests.filter(isToken),
    apiRequests: () => made.requests.filter((r) => !isToken(r)),
  };
}

afterEach(() => {
  vi.useRealTimers();
});

/**
 * A token endpoint that issues `tok-1`, `tok-2`, … (each for an hour) and answers 400 while it is
 * set down; API calls get the tenant.
 */
function endpointThatGoesDown(logger: Logger) {
  let up = true;
  let issued = 0;
  const { org } = clientWith(
    (request) => {
      if (!isToken(request)) return json(200, tenant);
      if (!up) return json(400, { errors: [{ code: "HTTP-400", title: "down" }] });
      return tokenResponse(`tok-${++issued}`, 3_600);
    },
    { auth: credentials, logger },
  );
  return {
    org,
    setUp: (value: boolean) => {
      up = value;
    },
    issued: () => issued,
  };
}

describe("client credentials", () => {
  test("are exchanged at /oauth/token, out of sight of the caller's middleware", async () => {
    const { org, tokenRequests, apiRequests } = tokenServer(() => json(200, tenant));
    const schemaPaths: string[] = [];
    org.use({
      onRequest: ({ schemaPath }) => {
        schemaPaths.push(schemaPath);
      },
    });
    await org.GET("/api/core/tenants/{tenantId}", { params: { path: { tenantId: "t1" } } });
    const [exchange] = tokenRequests();
    expect(exchange?.method).toBe("POST");
    expect(exchange?.url).toBe("https://console.qlikcloud.com/oauth/token");
    expect(exchange?.headers.get("content-type")).toBe("application/json");
    expect(exchange?.headers.get("authorization")).toBeNull();
    expect(JSON.parse(exchange?.body ?? "")).toEqual({
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      grant_type: "client_credentials",
    });
    expect(schemaPaths).toEqual(["/api/core/tenants/{tenantId}"]);
    expect(apiRequests()[0]?.headers.get("authorization")).toBe("Bearer tok-1");
  });

  test("the token is cached and reused", async () => {
    const { org, tokenRequests } = tokenServer(() => json(200, tenant));
    await org.tenants.get("t1");
    await org.tenants.get("t1");
    await org.auth.getToken();
    expect(tokenRequests()).toHaveLength(1);
    expect(await org.auth.getToken()).toBe("tok-1");
  });

  test("1,000 concurrent first calls make exactly one token request", async () => {
    let issued = 0;
    const { org, requests } = clientWith(
      async (request) => {
        if (!isToken(request)) return json(200, tenant);
        await new Promise((resolve) => setTimeout(resolve, 5));
        return tokenResponse(`tok-${++issued}`);
      },
      { auth: credentials },
    );
    await Promise.all(Array.from({ length: 1_000 }, () => org.tenants.get("t1")));
    expect(requests.filter(isToken)).toHaveLength(1);
    expect(requests.filter((r) => !isToken(r))).toHaveLength(1_000);
    expect(
      requests.every((r) => isToken(r) || r.headers.get("authorization") === "Bearer tok-1"),
    ).toBe(true);
  });

  test("is refreshed shortly before expires_in runs out", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.UTC(2026, 0, 1) });
    const { org, tokenRequests } = tokenServer(() => json(200, tenant), 3_600);
    expect(await org.auth.getToken()).toBe("tok-1");
    vi.setSystemTime(Date.UTC(2026, 0, 1) + 3_539_000);
    expect(await org.auth.getToken()).toBe("tok-1");
    // Inside the last minute the cached token is still served while the new one is fetched.
    vi.setSystemTime(Date.UTC(2026, 0, 1) + 3_541_000);
    expect(await org.auth.getToken()).toBe("tok-1");
    await vi.waitFor(async () => expect(await org.auth.getToken()).toBe("tok-2"));
    expect(tokenRequests()).toHaveLength(2);
  });

  test("is refreshed shortly before expires_at when there is no expires_in", async () => {
    const start = Date.UTC(2026, 0, 1);
    vi.useFakeTimers({ toFake: ["Date"], now: start });
    let issued = 0;
    const { org } = clientWith(
      () =>
        json(200, {
          access_token: `tok-${++issued}`,
          expires_at: new Date(start + 600_000).toISOString(),
        }),
      { auth: credentials },
    );
    expect(await org.auth.getToken()).toBe("tok-1");
    vi.setSystemTime(start + 539_000);
    expect(await org.auth.getToken()).toBe("tok-1");
    vi.setSystemTime(start + 541_000);
    expect(await org.auth.getToken()).toBe("tok-1");
    await vi.waitFor(async () => expect(await org.auth.getToken()).toBe("tok-2"));
    expect(issued).toBe(2);
  });

  test("trusts expires_in over an expires_at that a skewed clock puts in the past", async () => {
    const start = Date.UTC(2026, 10, 23);
    vi.useFakeTimers({ toFake: ["Date"], now: start });
    let issued = 0;
    const { org } = clientWith(
      () =>
        json(200, {
          access_token: `tok-${++issued}`,
          expires_in: 21_600,
          // The docs' own example: a timestamp already behind this clock.
          expires_at: "2026-04-08T15:45:03.000Z",
        }),
      { auth: credentials },
    );
    expect(await org.auth.getToken()).toBe("tok-1");
    vi.setSystemTime(start + 3_600_000);
    expect(await org.auth.getToken()).toBe("tok-1");
    expect(issued).toBe(1);
  });

  test("a failed early refresh keeps serving the cached token until it expires, retrying later", async () => {
    const start = Date.UTC(2026, 0, 1);
    vi.useFakeTimers({ toFake: ["Date"], now: start });
    let issued = 0;
    let tokenEndpointUp = true;
    const warnings: string[] = [];
    const { org, requests } = clientWith(
      (request) => {
        if (!isToken(request)) return json(200, tenant);
        if (!tokenEndpointUp) return json(400, { errors: [{ code: "HTTP-400", title: "down" }] });
        return tokenResponse(`tok-${++issued}`, 3_600);
      },
      { auth: credentials, logger: { warn: (line) => warnings.push(line) } },
    );
    const tokenRequests = () => requests.filter(isToken).length;
    expect(await org.auth.getToken()).toBe("tok-1");

    // Past the early-refresh point (60 s before expiry), the token endpoint fails.
    tokenEndpointUp = false;
    vi.setSystemTime(start + 3_541_000);
    await expect(org.tenants.get("t1")).resolves.toEqual(tenant);
    expect(
      requests
        .filter((r) => !isToken(r))
        .at(-1)
        ?.headers.get("authorization"),
    ).toBe("Bearer tok-1");
    await vi.waitFor(() => expect(warnings).toHaveLength(1));
    expect(tokenRequests()).toBe(2);
    expect(warnings[0]).toMatch(/refresh.*failed.*until/);
    expect(warnings[0]).not.toContain(CLIENT_SECRET);

    // Not a hot loop: calls right after the failure do not ask again.
    await org.tenants.get("t1");
    expect(await org.auth.getToken()).toBe("tok-1");
    expect(tokenRequests()).toBe(2);

    // A later call does ask again, and takes the fresh token once the endpoint is back.
    vi.setSystemTime(start + 3_552_000);
    tokenEndpointUp = true;
    await vi.waitFor(async () => expect(await org.auth.getToken()).toBe("tok-2"));
    expect(tokenRequests()).toBe(3);
  });

  test("a slow token endpoint does not hold calls whose cached token still works", async () => {
    const start = Date.UTC(2026, 0, 1);
    vi.useFakeTimers({ toFake: ["Date"], now: start });
    let answerToken: ((response: Response) => void) | undefined;
    let issued = 0;
    const { org, requests } = clientWith(
      (request) => {
        if (!isToken(request)) return json(200, tenant);
        if (issued === 0) return tokenResponse(`tok-${++issued}`, 3_600);
        // The refresh is answered only when the test says so.
        return new Promise<Response>((resolve) => {
          answerToken = resolve;
        });
      },
      { auth: credentials },
    );
    const apiRequests = () => requests.filter((r) => !isToken(r));
    expect(await org.auth.getToken()).toBe("tok-1");
    // 3 s before expiry: the call goes out at once with the cached token, the refresh still pending.
    vi.setSystemTime(start + 3_597_000);
    const call = org.tenants.get("t1");
    await vi.waitFor(() => expect(apiRequests()).toHaveLength(1));
    await expect(call).resolves.toEqual(tenant);
    expect(apiRequests()[0]?.headers.get("authorization")).toBe("Bearer tok-1");
    expect(answerToken).toBeDefined();
    answerToken?.(tokenResponse("tok-2", 3_600));
    await vi.waitFor(async () => expect(await org.auth.getToken()).toBe("tok-2"));
    expect(requests.filter(isToken)).toHaveLength(2);
  });

  test("once the cached token has expired, a failed refresh fails the call", async () => {
    const start = Date.UTC(2026, 0, 1);
    vi.useFakeTimers({ toFake: ["Date"], now: start });
    let tokenEndpointUp = true;
    const { org } = clientWith(
      (request) => {
        if (!isToken(request)) return json(200, tenant);
        if (!tokenEndpointUp) return json(400, { errors: [{ code: "HTTP-400", title: "down" }] });
        return tokenResponse("tok-1", 3_600);
      },
      { auth: credentials },
    );
    expect(await org.auth.getToken()).toBe("tok-1");
    tokenEndpointUp = false;
    vi.setSystemTime(start + 3_541_000);
    expect(await org.auth.getToken()).toBe("tok-1");
    vi.setSystemTime(start + 3_600_000);
    await expect(org.tenants.get("t1")).rejects.toBeInstanceOf(TokenRequestError);
  });

  test("a 401 refreshes the token once and replays the request once", async () => {
    const { org, tokenRequests, apiRequests } = tokenServer((token) =>
      token === "tok-1" ? unauthorized() : json(200, tenant),
    );
    await expect(org.tenants.get("t1")).resolves.toEqual(tenant);
    expect(tokenRequests()).toHaveLength(2);
    expect(apiRequests().map((r) => r.headers.get("authorization"))).toEqual([
      "Bearer tok-1",
      "Bearer tok-2",
    ]);
  });

  test("a second 401 throws AuthenticationError instead of looping", async () => {
    const { org, tokenRequests, apiRequests } = tokenServer(() => unauthorized());
    const error = await org.tenants.get("t1").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, operationId: "getTenant", detail: "token expired" });
    expect(apiRequests()).toHaveLength(2);
    expect(tokenRequests()).toHaveLength(2);
  });

  test("concurrent calls refused with the same token share one refresh", async () => {
    const { org, tokenRequests } = tokenServer((token) =>
      token === "tok-1" ? unauthorized() : json(200, tenant),
    );
    await org.auth.getToken();
    await Promise.all(Array.from({ length: 20 }, () => org.tenants.get("t1")));
    expect(tokenRequests()).toHaveLength(2);
  });

  test.each([
    [401, "HTTP-401", "Unauthorized", "invalid client credentials"],
    [400, "HTTP-400", "Bad Request", "client_secret is required"],
  ])(
    "a %i from the token endpoint throws TokenRequestError",
    async (status, code, title, detail) => {
      const { org, requests } = clientWith(
        () => json(status, { errors: [{ code, title, detail }] }),
        { auth: credentials },
      );
      const error = await org.tenants.list().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(TokenRequestError);
      expect(error).toBeInstanceOf(OrgApiError);
      expect(error).toMatchObject({ status, code, title, detail, operationId: "requestToken" });
      expect((error as Error).message).toContain(`${status}`);
      expect((error as Error).message).not.toContain(CLIENT_SECRET);
      expect(requests).toHaveLength(1);
    },
  );

  test("a token response without access_token throws TokenRequestError", async () => {
    const { org } = clientWith(() => json(200, { token_type: "Bearer" }), { auth: credentials });
    const error = await org.auth.getToken().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenRequestError);
    expect((error as Error).message).toMatch(/no access_token/);
  });

  test("a token response that is not JSON throws TokenRequestError", async () => {
    const { org } = clientWith(() => new Response("<html>login</html>", { status: 200 }), {
      auth: credentials,
    });
    const error = await org.tenants.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(error).toMatchObject({ status: 200, operationId: "requestToken" });
  });

  test("a failed token request is not cached: the next call asks again", async () => {
    let fail = true;
    const { org, requests } = clientWith(
      (request) => {
        if (!isToken(request)) return json(200, tenant);
        if (fail) return json(401, { errors: [{ code: "HTTP-401", title: "Unauthorized" }] });
        return tokenResponse("tok-ok");
      },
      { auth: credentials },
    );
    await expect(org.tenants.get("t1")).rejects.toBeInstanceOf(TokenRequestError);
    fail = false;
    await expect(org.tenants.get("t1")).resolves.toEqual(tenant);
    expect(requests.filter(isToken)).toHaveLength(2);
  });

  test("rejects missing credentials at creation", () => {
    expect(() => createOrgClient({ auth: { clientId: "x", clientSecret: "" } })).toThrow(TypeError);
    expect(() =>
      createOrgClient({ auth: undefined as unknown as { accessToken: string } }),
    ).toThrow(TypeError);
  });
});

describe("a caller's access token", () => {
  test("a fixed string is sent as is, and a 401 is final (nothing to refresh)", async () => {
    const { org, requests } = clientWith(() => unauthorized(), {
      auth: { accessToken: "fixed-token-123" },
    });
    await expect(org.tenants.get("t1")).rejects.toBeInstanceOf(AuthenticationError);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.headers.get("authorization")).toBe("Bearer fixed-token-123");
    expect(await org.auth.getToken()).toBe("fixed-token-123");
  });

  test("a function is asked before each request and again after a 401", async () => {
    let n = 0;
    const accessToken = vi.fn(async () => `fn-token-${++n}`);
    const { org, requests } = clientWith(
      (request) =>
        request.headers.get("authorization") === "Bearer fn-token-1"
          ? unauthorized()
          : json(200, tenant),
      { auth: { accessToken } },
    );
    await expect(org.tenants.get("t1")).resolves.toEqual(tenant);
    expect(accessToken).toHaveBeenCalledTimes(2);
    expect(requests.map((r) => r.headers.get("authorization"))).toEqual([
      "Bearer fn-token-1",
      "Bearer fn-token-2",
    ]);
  });

  test("a function that keeps returning the refused token gets no pointless replay", async () => {
    const { org, requests } = clientWith(() => unauthorized(), {
      auth: { accessToken: () => "same-token-1" },
    });
    await expect(org.tenants.get("t1")).rejects.toBeInstanceOf(AuthenticationError);
    expect(requests).toHaveLength(1);
  });

  test("a function returning nothing is a clear error", async () => {
    const { org } = clientWith(() => json(200, tenant), {
      auth: { accessToken: () => "" },
    });
    await expect(org.tenants.get("t1")).rejects.toThrow(/returned no token/);
  });
});

describe("the token request is retried: a client-credentials grant changes nothing on the server", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const reset = () => {
    throw new TypeError("fetch failed", {
      cause: Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }),
    });
  };

  test.each([
    ["a connection reset", reset],
    ["a 502", () => json(502, { errors: [{ code: "HTTP-502", title: "Bad Gateway" }] })],
    ["a 500", () => json(500, { errors: [{ code: "HTTP-500", title: "failed" }] })],
  ])("after %s, the token request is sent again and the call succeeds", async (_what, fail) => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    let tokenCalls = 0;
    const { org, requests } = clientWith(
      (request) => {
        if (!isToken(request)) return json(200, tenant);
        return ++tokenCalls === 1 ? fail() : tokenResponse("tok-after-retry");
      },
      { auth: credentials },
    );
    expect(await settle(org.tenants.get("t1"))).toEqual({ ok: true, value: tenant });
    expect(requests.filter(isToken)).toHaveLength(2);
    expect(requests.at(-1)?.headers.get("authorization")).toBe("Bearer tok-after-retry");
  });

  test("when every attempt fails, the error says the token could not be obtained", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const { org, requests } = clientWith(reset, { auth: credentials });
    const error = failed(await settle(org.tenants.get("t1")));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ operationId: "requestToken", attempts: 3 });
    const message = (error as Error).message;
    expect(message).toMatch(/^Could not obtain an access token: /);
    expect(message).toMatch(/ECONNRESET/);
    expect(message).not.toMatch(/not safe to repeat|may have been processed/);
    expect(`${message}${JSON.stringify(error)}`).not.toContain(CLIENT_SECRET);
    expect(requests).toHaveLength(3);
  });
});

describe("a token that cannot go into a header", () => {
  const bad = [
    "SECRET-TOKEN\nSECOND-LINE",
    "SECRET-TOKEN\u0000X",
    "SECRET-TOKEN\r\nX",
    "SECRET-TÖKEN-€",
  ];
  const leaks = (error: unknown) =>
    `${(error as Error).message}${(error as Error).stack}${JSON.stringify(error)}${inspect(error)}`.includes(
      "SECRET-T",
    );

  test.each(bad)("a fixed accessToken %j is refused without showing it", (token) => {
    let error: unknown;
    try {
      clientWith(() => json(200, tenant), { auth: { accessToken: token } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OrgClientError);
    expect((error as Error).message).toMatch(/characters not allowed in an HTTP header/);
    expect(leaks(error)).toBe(false);
  });

  test.each(bad)(
    "a token %j from the accessToken function is refused without showing it",
    async (token) => {
      const { org, requests } = clientWith(() => json(200, tenant), {
        auth: { accessToken: async () => token },
      });
      const error = await org.tenants.get("t1").catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(OrgClientError);
      expect((error as Error).message).toMatch(/characters not allowed in an HTTP header/);
      expect(leaks(error)).toBe(false);
      expect(requests).toHaveLength(0);
    },
  );

  test.each(bad)("a token %j from /oauth/token is refused without showing it", async (token) => {
    const { org, requests } = clientWith(
      (request) => (isToken(request) ? tokenResponse(token) : json(200, tenant)),
      { auth: credentials },
    );
    const error = await org.tenants.get("t1").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OrgClientError);
    expect((error as Error).message).toMatch(/characters not allowed in an HTTP header/);
    expect(leaks(error)).toBe(false);
    expect(requests.filter((request) => !isToken(request))).toHaveLength(0);
  });

  test("surrounding whitespace (a token read from a file) is dropped, not refused", async () => {
    const { org, requests } = clientWith(() => json(200, tenant), {
      auth: { accessToken: "tok-from-file\n" },
    });
    await expect(org.tenants.get("t1")).resolves.toEqual(tenant);
    expect(requests[0]?.headers.get("authorization")).toBe("Bearer tok-from-file");
  });
});

describe("middleware registered with use()", () => {
  test("never sees the client secret nor the bearer token", async () => {
    const { org, requests } = clientWith(
      (request) =>
        isToken(request)
          ? tokenResponse("tok-LIVE-bearer-1")
          : json(404, { errors: [{ code: "HTTP-404", title: "Not Found" }] }),
      { auth: credentials },
    );
    const seen: string[] = [];
    const show = (request: Request) => `${request.url} ${JSON.stringify([...request.headers])}`;
    org.use({
      async onRequest({ request }) {
        seen.push(`request ${show(request)} ${request.body ? await request.clone().text() : ""}`);
      },
      onResponse({ request, response }) {
        seen.push(`response ${response.status} ${show(request)}`);
      },
    });
    await org.GET("/api/core/oauth-clients/{id}", { params: { path: { id: "c1" } } });
    await org.GET("/api/core/oauth-clients/{id}", { params: { path: { id: "c1" } } });
    expect(seen).toHaveLength(4);
    expect(seen.join("\n")).not.toContain(CLIENT_SECRET);
    expect(seen.join("\n")).not.toContain("tok-LIVE-bearer-1");
    // The requests sent still carry the token.
    expect(requests.filter((request) => !isToken(request))).toHaveLength(2);
    for (const request of requests.filter((r) => !isToken(r))) {
      expect(request.headers.get("authorization")).toBe("Bearer tok-LIVE-bearer-1");
    }
  });
});

/** Lets every pending promise settle (only Date is faked in these tests, so timers are real). */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("when a client-credentials token is refreshed", () => {
  const start = Date.UTC(2026, 0, 1);

  /** A client whose token endpoint answers `body(n)` for the n-th token; counts token requests. */
  function issuing(body: (n: number) => Record<string, unknown>, logger = {}) {
    let issued = 0;
    const made = clientWith(
      (request) => (isToken(request) ? json(200, body(++issued)) : json(200, tenant)),
      { auth: credentials, logger },
    );
    return { ...made, issued: () => issued };
  }

  test.each([
    // [what the endpoint says, ms after issue when the refresh starts]
    ["expires_in 3600 s: one minute early", { expires_in: 3_600 }, 3_540_000],
    ["expires_in 300 s: a tenth of its life early", { expires_in: 300 }, 270_000],
    [
      "expires_in 0 falls back to expires_at",
      { expires_in: 0, expires_at: "2026-01-01T00:10:00.000Z" },
      540_000,
    ],
    ["expires_at alone, 20 minutes ahead", { expires_at: "2026-01-01T00:20:00.000Z" }, 1_140_000],
  ])("%s", async (_what, expiry, refreshAfterMs) => {
    vi.useFakeTimers({ toFake: ["Date"], now: start });
    const { org, issued } = issuing((n) => ({ access_token: `tok-${n}`, ...expiry }));
    expect(await org.auth.getToken()).toBe("tok-1");
    vi.setSystemTime(start + refreshAfterMs - 1);
    expect(await org.auth.getToken()).toBe("tok-1");
    // An early refresh runs in the background: let one start, if the client began one.
    await nextTask();
    expect(issued()).toBe(1);
    vi.setSystemTime(start + refreshAfterMs);
    await vi.waitFor(async () => expect(await org.auth.getToken()).toBe("tok-2"));
    expect(issued()).toBe(2);
  });

  test("a token with no expiry is kept until the server refuses it", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: start });
    const info: string[] = [];
    const { org, issued } = issuing((n) => ({ access_token: `tok-${n}` }), {
      info: (line: string) => info.push(line),
    });
    expect(await org.auth.getToken()).toBe("tok-1");
    vi.setSystemTime(start + 365 * 24 * 3_600_000);
    expect(await org.auth.getToken()).toBe("tok-1");
    expect(issued()).toBe(1);
    expect(info).toEqual([
      "access token obtained; it carries no expiry, so it is kept until a request is answered 401",
    ]);
  });

  test("an expires_at already in the past makes the next call wait for a new token", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: start });
    const info: string[] = [];
    const { org, issued } = issuing(
      (n) => ({
        access_token: `tok-${n}`,
        expires_at: n === 1 ? "2025-12-31T23:00:00.000Z" : "2026-01-01T06:00:00.000Z",
      }),
      { info: (line: string) => info.push(line) },
    );
    expect(await org.auth.getToken()).toBe("tok-1");
    expect(await org.auth.getToken()).toBe("tok-2");
    expect(issued()).toBe(2);
    // Due at once, not at some time in the past.
    expect(info[0]).toBe("access token obtained; refreshed after 2026-01-01T00:00:00.000Z");
  });

  test("the log says when the token will be refreshed", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: start });
    const info: string[] = [];
    const { org } = issuing((n) => ({ access_token: `tok-${n}`, expires_in: 3_600 }), {
      info: (line: string) => info.push(line),
    });
    await org.auth.getToken();
    expect(info).toEqual(["access token obtained; refreshed after 2026-01-01T00:59:00.000Z"]);
  });

  test("once the token has expired, calls wait for the new one instead of sending the old", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: start });
    const { org, issued } = issuing((n) => ({ access_token: `tok-${n}`, expires_in: 3_600 }));
    expect(await org.auth.getToken()).toBe("tok-1");
    vi.setSystemTime(start + 3_600_000);
    expect(await org.auth.getToken()).toBe("tok-2");
    expect(issued()).toBe(2);
  });

  test("a failed early refresh names the expiry in its warning and is tried again 10 s later", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: start });
    const warnings: string[] = [];
    const { org, setUp, issued } = endpointThatGoesDown({
      warn: (line: string) => warnings.push(line),
    });
    await org.auth.getToken();
    setUp(false);
    vi.setSystemTime(start + 3_540_000);
    expect(await org.auth.getToken()).toBe("tok-1");
    await vi.waitFor(() => expect(warnings).toHaveLength(1));
    expect(warnings[0]).toMatch(/until 2026-01-01T01:00:00\.000Z$/);
    setUp(true);
    vi.setSystemTime(start + 3_549_999);
    expect(await org.auth.getToken()).toBe("tok-1");
    await nextTask();
    expect(issued()).toBe(1);
    vi.setSystemTime(start + 3_550_000);
    await vi.waitFor(async () => expect(await org.auth.getToken()).toBe("tok-2"));
  });

  test("a 401 to a token that was already replaced reuses the new token instead of fetching a third", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: start });
    let answerFirst: ((response: Response) => void) | undefined;
    let issued = 0;
    const { org, requests } = clientWith(
      (request) => {
        if (isToken(request)) return tokenResponse(`tok-${++issued}`, 3_600);
        if (request.headers.get("authorization") === "Bearer tok-1") {
          return new Promise<Response>((resolve) => {
            answerFirst = resolve;
          });
        }
        return json(200, tenant);
      },
      { auth: credentials },
    );
    const call = org.tenants.get("t1");
    await vi.waitFor(() => expect(answerFirst).toBeDefined());
    // While that call is in flight, the token is refreshed early.
    vi.setSystemTime(start + 3_541_000);
    await vi.waitFor(async () => expect(await org.auth.getToken()).toBe("tok-2"));
    answerFirst?.(unauthorized());
    await expect(call).resolves.toEqual(tenant);
    expect(issued).toBe(2);
    expect(requests.at(-1)?.headers.get("authorization")).toBe("Bearer tok-2");
  });
});

describe("an empty or blank token", () => {
  test.each(["   ", "\t\n", " \r\n "])("a fixed accessToken %j is refused as empty", (token) => {
    expect(() => clientWith(() => json(200, tenant), { auth: { accessToken: token } })).toThrow(
      /^auth\.accessToken is empty$/,
    );
  });

  test("a blank token from /oauth/token is refused as empty, and no API call is made", async () => {
    const { org, requests } = clientWith(
      (request) => (isToken(request) ? tokenResponse("  \n") : json(200, tenant)),
      { auth: credentials },
    );
    await expect(org.tenants.get("t1")).rejects.toThrow(
      "the access token from /oauth/token is empty",
    );
    expect(requests.filter((request) => !isToken(request))).toHaveLength(0);
  });

  test.each([
    ["an empty string", () => ""],
    ["a blank string", () => "  "],
    ["undefined", () => undefined],
    ["a number", () => 42],
    ["a promise of an empty string", async () => ""],
  ])("an accessToken function returning %s is a clear error", async (_what, accessToken) => {
    // A JavaScript caller can hand over any function; the types would refuse these.
    const { org, requests } = clientWith(() => json(200, tenant), {
      auth: { accessToken: accessToken as () => string },
    });
    await expect(org.tenants.get("t1")).rejects.toThrow(
      /returned no token|auth\.accessToken\(\) returned is empty/,
    );
    expect(requests).toHaveLength(0);
  });

  test("padding of several characters on both sides is dropped", async () => {
    const { org, requests } = clientWith(() => json(200, tenant), {
      auth: { accessToken: " \t tok-from-file \r\n\n" },
    });
    await expect(org.tenants.get("t1")).resolves.toEqual(tenant);
    expect(requests[0]?.headers.get("authorization")).toBe("Bearer tok-from-file");
  });

  test.each([
    [{ accessToken: "" }, /auth\.accessToken must be a non-empty string or a function/],
    [{ accessToken: 42 }, /auth\.accessToken must be a non-empty string or a function/],
    [{ clientId: "", clientSecret: "s" }, /auth\.clientId must be a non-empty string/],
    [{ clientId: 7, clientSecret: "s" }, /auth\.clientId must be a non-empty string/],
    [{ clientId: "c", clientSecret: "" }, /auth\.clientSecret must be a non-empty string/],
    [{ clientId: "c", clientSecret: 7 }, /auth\.clientSecret must be a non-empty string/],
    [null, /auth is required/],
    ["token", /auth is required/],
  ])("auth %j is refused at creation", (auth, message) => {
    expect(() => createOrgClient({ auth: auth as AuthOptions })).toThrow(message);
  });
});

describe("a token with surrounding whitespace", () => {
  const bare = "padded-SECRET-token-77";
  const padded = `  ${bare}\n`;
  test.each([
    ["a fixed accessToken", { auth: { accessToken: padded } }],
    ["an accessToken function", { auth: { accessToken: () => padded } }],
    ["an async accessToken function", { auth: { accessToken: async () => padded } }],
    ["/oauth/token", { auth: credentials }],
  ])("from %s is sent trimmed and kept out of errors", async (_what, options) => {
    const { org, requests } = clientWith(
      (request) =>
        isToken(request)
          ? tokenResponse(padded)
          : json(403, {
              errors: [{ code: "HTTP-403", title: "Forbidden", detail: `token ${bare}` }],
            }),
      options,
    );
    const error = await org.tenants.get("t1").catch((caught: unknown) => caught);
    expect(requests.at(-1)?.headers.get("authorization")).toBe(`Bearer ${bare}`);
    expect(error).toBeInstanceOf(OrgApiError);
    expect(`${(error as Error).message}${JSON.stringify(error)}${inspect(error)}`).not.toContain(
      bare,
    );
  });
});

describe("when the token endpoint fails after a 401", () => {
  test("the call fails with TokenRequestError; no request goes out without a token", async () => {
    let tokenCalls = 0;
    const { org, requests } = clientWith(
      (request) => {
        if (isToken(request)) {
          return ++tokenCalls === 1
            ? tokenResponse("tok-1")
            : json(400, { errors: [{ code: "HTTP-400", title: "down" }] });
        }
        return unauthorized();
      },
      { auth: credentials },
    );
    const error = await org.tenants.get("t1").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenRequestError);
    const sent = requests.filter((request) => !isToken(request));
    expect(sent.map((request) => request.headers.get("authorization"))).toEqual(["Bearer tok-1"]);
  });
});

describe("a logger with only some levels", () => {
  test("a failed early refresh with no warn level, and a token with no info level, break nothing", async () => {
    const start = Date.UTC(2026, 0, 1);
    vi.useFakeTimers({ toFake: ["Date"], now: start });
    const errors: string[] = [];
    const { org, setUp } = endpointThatGoesDown({ error: (line: string) => errors.push(line) });
    await expect(org.tenants.get("t1")).resolves.toEqual(tenant);
    setUp(false);
    vi.setSystemTime(start + 3_541_000);
    await expect(org.tenants.get("t1")).resolves.toEqual(tenant);
    await nextTask();
    await expect(org.tenants.get("t1")).resolves.toEqual(tenant);
  });
});

describe("a failed background refresh", () => {
  test("leaves no unhandled rejection behind (Node would exit on one)", async () => {
    const start = Date.UTC(2026, 0, 1);
    vi.useFakeTimers({ toFake: ["Date"], now: start });
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", record);
    try {
      const { org, setUp } = endpointThatGoesDown({});
      expect(await org.auth.getToken()).toBe("tok-1");
      setUp(false);
      vi.setSystemTime(start + 3_541_000);
      expect(await org.auth.getToken()).toBe("tok-1");
      await nextTask();
      await nextTask();
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", record);
    }
  });
});

describe("the token request itself", () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  const tokenUrl = "https://console.qlikcloud.com/oauth/token";

  test("carries no Authorization header: the credentials go in its body only", async () => {
    const { org, requests } = tokenServer(() => json(200, tenant));
    await org.tenants.get("t1");
    const [token] = requests;
    expect(token?.headers.get("authorization")).toBeNull();
    expect(JSON.parse(token?.body ?? "")).toEqual({
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      grant_type: "client_credentials",
    });
  });

  test.each([
    ["an empty access_token", { access_token: "", expires_in: 60 }],
    ["no JSON at all", "not json"],
  ])("a 200 with %s is a TokenRequestError that keeps nothing of the body", async (_what, body) => {
    const { org } = clientWith(
      (request) =>
        isToken(request)
          ? new Response(typeof body === "string" ? body : JSON.stringify(body), { status: 200 })
          : json(200, tenant),
      { auth: credentials },
    );
    const error = (await org.tenants
      .get("t1")
      .catch((caught: unknown) => caught)) as TokenRequestError;
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(error.message).toBe(
      "Could not obtain an access token: the 200 response carried no access_token [requestToken]",
    );
    expect(error).toMatchObject({ status: 200, errors: [], body: undefined });
  });

  test("no response after the retries is logged once as an error, as thrown", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const errors: string[] = [];
    const { org } = clientWith(
      (request) => (isToken(request) ? hang(request.signal) : json(200, tenant)),
      {
        auth: credentials,
        timeoutMs: 1_000,
        retry: { retries: 1, minDelayMs: 10 },
        logger: { error: (message) => void errors.push(message) },
      },
    );
    const error = failed(await settle(org.tenants.get("t1"))) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 1_000, operationId: "requestToken", attempts: 2 });
    expect(error.message).toBe(
      `Could not obtain an access token: POST ${tokenUrl} got no response within 1000 ms after 2 attempts`,
    );
    expect(errors).toEqual([error.message]);
  });

  test("a hook's own error fails the call as it is, and is not logged as a token failure", async () => {
    const broken = new Error("hook broke");
    const errors: string[] = [];
    const { org } = clientWith(() => json(200, tenant), {
      auth: credentials,
      hooks: {
        onRequest: () => {
          throw broken;
        },
      },
      logger: { error: (message) => void errors.push(message) },
    });
    await expect(org.tenants.get("t1")).rejects.toBe(broken);
    expect(errors).toEqual([]);
  });
});
