// Drives every error path with a known client secret and token, and looks for them everywhere a
// person could see them.

import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { createOrgClient, type Logger, type OrgClientOptions } from "../src/index.js";
import { Redactor } from "../src/redact.js";
import { BASE_URL, CLIENT_ID, CLIENT_SECRET } from "./support/client.js";
import { fakeFetch, hang, json, pathOf, type SeenRequest } from "./support/fake-fetch.js";
import { settle } from "./support/settle.js";

const TOKEN = "eyJhbGciOiJSUzI1NiJ9.SECRET-TOKEN.c2lnbmF0dXJl";
const CALLBACK_TOKEN = "callback-SECRET-token-99";
const SECRETS = [CLIENT_SECRET, TOKEN, CALLBACK_TOKEN];

/** A body that echoes credentials back, as a careless server or proxy might. */
const echoingBody = (status: number) => ({
  errors: [
    {
      code: `HTTP-${status}`,
      title: `Echo ${TOKEN}`,
      detail: `client_secret=${CLIENT_SECRET} Authorization: Bearer ${TOKEN}`,
    },
  ],
  access_token: TOKEN,
  client_secret: CLIENT_SECRET,
  traceId: TOKEN,
});

const echoingHtml = `<html><head><title>Proxy error for Bearer ${TOKEN}</title></head><body>${CLIENT_SECRET}</body></html>`;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: Date.UTC(2026, 0, 1) });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A client with client credentials whose token endpoint issues TOKEN and whose API answers `api`. */
function setup(
  api: (request: SeenRequest, index: number) => Response | Promise<Response>,
  options: Partial<OrgClientOptions> = {},
) {
  const lines: string[] = [];
  const logger: Logger = {
    debug: (m) => lines.push(m),
    info: (m) => lines.push(m),
    warn: (m) => lines.push(m),
    error: (m) => lines.push(m),
  };
  const { fetch } = fakeFetch((request, index) =>
    pathOf(request.url) === "/oauth/token"
      ? json(200, { access_token: TOKEN, expires_in: 21_600 })
      : api(request, index),
  );
  const org = createOrgClient({
    baseUrl: BASE_URL,
    auth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
    fetch,
    logger,
    timeoutMs: 1_000,
    ...options,
  });
  return { org, lines };
}

/** The error and every `cause` below it, as loggers that walk causes (pino, Sentry) print them. */
function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current = error;
  while (current !== undefined && current !== null && chain.length < 10) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

/** Every way a person could see an error, its causes included. */
function renderings(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  causeChain(error).forEach((link, depth) => {
    const e = link as Error & { code?: unknown };
    const at = depth === 0 ? "" : `cause ${depth} `;
    Object.assign(out, {
      [`${at}message`]: String(e.message),
      [`${at}name`]: String(e.name),
      [`${at}code`]: String(e.code),
      [`${at}stack`]: String(e.stack),
      [`${at}string`]: String(e),
      [`${at}json`]: String(JSON.stringify(e)),
      [`${at}inspect`]: inspect(e, { depth: Number.POSITIVE_INFINITY }),
      [`${at}inspectHidden`]: inspect(e, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
      [`${at}request`]: JSON.stringify((e as { request?: unknown }).request ?? null),
      [`${at}body`]: JSON.stringify((e as { body?: unknown }).body ?? null),
    });
  });
  return out;
}

function expectNoSecrets(error: unknown, lines: string[], secrets = SECRETS) {
  expect(error).toBeInstanceOf(Error);
  for (const [where, text] of Object.entries({ ...renderings(error), log: lines.join("\n") })) {
    for (const secret of secrets) {
      expect(text.includes(secret), `${secret} leaked in ${where}: ${text}`).toBe(false);
    }
  }
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  const settled = await settle(promise);
  if (settled.ok) throw new Error("expected a failure");
  return settled.error;
}

describe("no credential appears in any error or log line", () => {
  test.each([400, 401, 403, 404, 409, 418, 429, 500, 502, 503, 504])(
    "an API error %i whose body echoes them",
    async (status) => {
      const { org, lines } = setup(() =>
        json(status, echoingBody(status), { "x-request-id": `id-${TOKEN}`, "retry-after": "1" }),
      );
      const error = await failure(org.oauthClients.get("c1"));
      expect(error).toMatchObject({ status });
      expectNoSecrets(error, lines);
    },
  );

  test.each([400, 401, 500])("a failed token request %i whose body echoes them", async (status) => {
    const lines: string[] = [];
    const { fetch } = fakeFetch(() => json(status, echoingBody(status)));
    const org = createOrgClient({
      auth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
      fetch,
      logger: { error: (m) => lines.push(m), warn: (m) => lines.push(m) },
    });
    const error = await failure(org.tenants.list());
    expect(error).toMatchObject({ name: "TokenRequestError", status });
    // No token was issued, so the client secret is the only credential the client holds.
    expectNoSecrets(error, lines, [CLIENT_SECRET]);
  });

  test("a token endpoint answering 200 with a broken body that echoes the secret", async () => {
    const { fetch } = fakeFetch(
      () => new Response(`{"access_token": ${CLIENT_SECRET}`, { status: 200 }),
    );
    const org = createOrgClient({
      auth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
      fetch,
    });
    expectNoSecrets(await failure(org.auth.getToken()), [], [CLIENT_SECRET]);
  });

  test("a token endpoint answering with an HTML page", async () => {
    const { fetch } = fakeFetch(() => new Response(echoingHtml, { status: 502 }));
    const org = createOrgClient({
      auth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
      fetch,
    });
    expectNoSecrets(await failure(org.auth.getToken()), [], [CLIENT_SECRET]);
  });

  test("an API error page in HTML", async () => {
    const { org, lines } = setup(() => new Response(echoingHtml, { status: 403 }));
    expectNoSecrets(await failure(org.tenants.get("t1")), lines);
  });

  test("a second 401", async () => {
    const { org, lines } = setup(() => json(401, echoingBody(401)));
    const error = await failure(org.tenants.get("t1"));
    expect(error).toMatchObject({ name: "AuthenticationError" });
    expectNoSecrets(error, lines);
  });

  test.each(["GET", "POST"])(
    "a connection error on %s whose message quotes the headers",
    async (method) => {
      const { org, lines } = setup(() => {
        throw new TypeError(`fetch failed sending Authorization: Bearer ${TOKEN}`, {
          cause: new Error(`socket hang up (${CLIENT_SECRET})`),
        });
      });
      const call =
        method === "GET"
          ? org.oauthClients.get("c1")
          : org.oauthClients.create({ appType: "web", clientName: "ci" });
      const error = await failure(call);
      expect(error).toMatchObject({ name: "ConnectionError" });
      // The chain is kept (redacted), so the scan above did walk fetch's error and its cause.
      expect(causeChain(error)).toHaveLength(3);
      expectNoSecrets(error, lines);
    },
  );

  test("a connection error on the token request whose message quotes the secret", async () => {
    const lines: string[] = [];
    const { fetch } = fakeFetch(() => {
      throw new TypeError(`fetch failed sending {"client_secret":"${CLIENT_SECRET}"}`, {
        cause: Object.assign(new Error(`write EPIPE after client_secret=${CLIENT_SECRET}`), {
          code: "EPIPE",
        }),
      });
    });
    const org = createOrgClient({
      auth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
      fetch,
      logger: { error: (m) => lines.push(m), warn: (m) => lines.push(m) },
    });
    const error = await failure(org.tenants.list());
    expect(error).toMatchObject({ name: "ConnectionError" });
    expect(causeChain(error)).toHaveLength(3);
    expectNoSecrets(error, lines, [CLIENT_SECRET]);
  });

  test("a timeout", async () => {
    const { org, lines } = setup((request) => hang(request.signal));
    const error = await failure(org.tenants.list());
    expect(error).toMatchObject({ name: "TimeoutError" });
    expectNoSecrets(error, lines);
  });

  test("a success status with a broken body that echoes them", async () => {
    const { org, lines } = setup(
      () =>
        new Response(`{"access_token": "${TOKEN}", "oops": ${CLIENT_SECRET}`, {
          status: 201,
          headers: { "content-type": "application/json" },
        }),
    );
    const error = await failure(org.oauthClients.create({ appType: "web", clientName: "ci" }));
    expect(error).toMatchObject({ name: "InvalidResponseError" });
    expectNoSecrets(error, lines);
  });

  test("a next link to another host that carries the token", async () => {
    const { org, lines } = setup(() =>
      json(200, {
        data: [],
        links: {
          self: { href: `${BASE_URL}/api/core/tenants` },
          next: { href: `https://evil.example/t?token=${TOKEN}` },
        },
      }),
    );
    const error = await failure(
      (async () => {
        for await (const _ of org.tenants.listAll()) {
          // drain
        }
      })(),
    );
    expect((error as Error).message).toMatch(/outside baseUrl/);
    expectNoSecrets(error, lines);
  });

  test("a token from the caller's function, echoed back in a 403", async () => {
    const lines: string[] = [];
    const { fetch } = fakeFetch(() =>
      json(403, { errors: [{ code: "x", title: CALLBACK_TOKEN }] }),
    );
    const org = createOrgClient({
      auth: { accessToken: async () => CALLBACK_TOKEN },
      fetch,
      logger: { debug: (m) => lines.push(m) },
    });
    expectNoSecrets(await failure(org.tenants.list()), lines);
  });

  test("a fixed access token, echoed back in a 400", async () => {
    const { fetch } = fakeFetch(() =>
      json(400, { errors: [{ code: "x", title: `bad ${TOKEN}` }] }),
    );
    const org = createOrgClient({ auth: { accessToken: TOKEN }, fetch });
    expectNoSecrets(await failure(org.tenants.list()), []);
  });

  test("successful calls log URLs and statuses, never credentials", async () => {
    const { org, lines } = setup((_r, index) =>
      index === 2 ? json(503, {}) : json(200, { data: [], links: { self: { href: "x" } } }),
    );
    await settle(org.tenants.list());
    expect(
      lines.some((l) => l.includes("GET https://console.qlikcloud.com/api/core/tenants")),
    ).toBe(true);
    expect(lines.some((l) => l.startsWith("retrying"))).toBe(true);
    expect(lines.some((l) => l.startsWith("access token obtained"))).toBe(true);
    for (const secret of SECRETS) expect(lines.join("\n")).not.toContain(secret);
  });
});

describe("Redactor", () => {
  test("removes known secrets and credential-shaped fragments", () => {
    const redactor = new Redactor();
    redactor.add("s3cr3t-value");
    expect(redactor.text("a s3cr3t-value b")).toBe("a [REDACTED] b");
    expect(redactor.text("Authorization: Bearer abc.def")).toBe("Authorization: Bearer [REDACTED]");
    expect(redactor.text("client_secret=xyz&grant_type=client_credentials")).toBe(
      "client_secret=[REDACTED]&grant_type=client_credentials",
    );
    expect(redactor.text('{"access_token": "abc"}')).toBe('{"access_token": "[REDACTED]"}');
    expect(redactor.text("nothing to hide")).toBe("nothing to hide");
  });

  test("replaces secret-named fields in bodies, at any depth", () => {
    const redactor = new Redactor();
    expect(
      redactor.value({ a: [{ clientSecret: "x", keep: "y" }], Authorization: "Bearer z" }),
    ).toEqual({ a: [{ clientSecret: "[REDACTED]", keep: "y" }], Authorization: "[REDACTED]" });
  });

  test("ignores values too short to be credentials", () => {
    const redactor = new Redactor();
    redactor.add("ab");
    expect(redactor.text("abc")).toBe("abc");
  });
});

describe("an HTML error page with HTML-escaped credentials", () => {
  // Not a secret this client knows: only the credential-shaped pattern can catch it, and only once
  // the entities are decoded.
  const OTHER = "fresh-secret-of-another-client-0042";
  test.each([
    `<html><head><title>502 Bad Gateway</title></head><body>upstream said client_secret=&quot;${OTHER}&quot;</body></html>`,
    `<html><body>upstream said client_secret=&quot;${OTHER}&quot;</body></html>`,
    `<html><body>upstream said Authorization: Bearer&nbsp;${OTHER}</body></html>`,
  ])("keeps it out of the message and error.body: %s", async (html) => {
    const { fetch } = fakeFetch(
      () => new Response(html, { status: 502, headers: { "content-type": "text/html" } }),
    );
    const org = createOrgClient({
      baseUrl: BASE_URL,
      auth: { accessToken: TOKEN },
      fetch,
      retry: false,
      throttle: false,
    });
    const error = await org.oauthClients
      .create({ appType: "web", clientName: "ci" })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 502 });
    const shown = [
      (error as Error).message,
      String((error as { body?: unknown }).body),
      JSON.stringify(error),
      inspect(error),
    ].join("\n");
    expect(shown).not.toContain(OTHER);
  });
});

describe("Redactor: what it remembers", () => {
  test("a secret of exactly four characters is redacted; shorter ones are ignored", () => {
    const redactor = new Redactor();
    redactor.add("abcd");
    redactor.add("xyz");
    redactor.add("");
    redactor.add(undefined);
    expect(redactor.text("abcd xyz abcde")).toBe("[REDACTED] xyz [REDACTED]e");
  });

  test("every occurrence of a known secret is replaced", () => {
    const redactor = new Redactor();
    redactor.add("tok-1234");
    expect(redactor.text("tok-1234/tok-1234 tok-1234")).toBe("[REDACTED]/[REDACTED] [REDACTED]");
  });

  // The client secret is added first; tokens follow, one per refresh.
  const secret = "client-secret-0000";
  const tokens = Array.from({ length: 8 }, (_, i) => `issued-token-${i + 1}`);

  test("after many refreshes the client secret is still redacted, and the oldest token is forgotten", () => {
    const redactor = new Redactor();
    redactor.add(secret);
    for (const token of tokens) redactor.add(token);
    expect(redactor.text(secret)).toBe("[REDACTED]");
    expect(redactor.text(tokens[0] ?? "")).toBe(tokens[0]);
    for (const token of tokens.slice(1)) expect(redactor.text(token)).toBe("[REDACTED]");
  });

  test("eight remembered values (the secret and seven tokens) are all kept", () => {
    const redactor = new Redactor();
    redactor.add(secret);
    for (const token of tokens.slice(0, 7)) redactor.add(token);
    for (const value of [secret, ...tokens.slice(0, 7)]) {
      expect(redactor.text(value)).toBe("[REDACTED]");
    }
  });

  test("adding the same token again does not push older tokens out", () => {
    const redactor = new Redactor();
    redactor.add(secret);
    for (const token of tokens.slice(0, 7)) redactor.add(token);
    for (let i = 0; i < 5; i++) redactor.add(tokens[6]);
    expect(redactor.text(tokens[0] ?? "")).toBe("[REDACTED]");
  });
});

describe("Redactor: credential-shaped text", () => {
  test.each([
    ["Authorization: Bearer abc.def", "Authorization: Bearer [REDACTED]"],
    ["authorization: bearer   abc.def", "authorization: bearer   [REDACTED]"],
    ['{"header":"Bearer abc.def"}', '{"header":"Bearer [REDACTED]"}'],
    ["Bearer abc;rest", "Bearer [REDACTED];rest"],
    ["Bearer abc,rest", "Bearer [REDACTED],rest"],
    ["Bearer abc'rest", "Bearer [REDACTED]'rest"],
    [
      "client_secret=xyz&grant_type=client_credentials",
      "client_secret=[REDACTED]&grant_type=client_credentials",
    ],
    ["clientSecret: xyz, next", "clientSecret: [REDACTED], next"],
    [
      '{"access_token":"abc","token_type":"Bearer"}',
      '{"access_token":"[REDACTED]","token_type":"Bearer"}',
    ],
    ["{accessToken: abc}", "{accessToken: [REDACTED]}"],
    ["refresh_token=abc;x", "refresh_token=[REDACTED];x"],
    ["refreshToken=abc}", "refreshToken=[REDACTED]}"],
    ["PASSWORD = hunter2", "PASSWORD = [REDACTED]"],
    ["password='hunter2' next", "password='[REDACTED]' next"],
    ["my_password_hint=kitten", "my_password_hint=kitten"],
    ["nothing to hide", "nothing to hide"],
  ])("%s", (input, shown) => {
    expect(new Redactor().text(input)).toBe(shown);
  });
});

describe("Redactor: parsed bodies", () => {
  test.each([
    ["authorization", true],
    ["Authorization", true],
    ["client_secret", true],
    ["clientSecret", true],
    ["access_token", true],
    ["accessToken", true],
    ["refresh_token", true],
    ["refreshToken", true],
    ["id_token", true],
    ["idToken", true],
    ["password", true],
    // RFC 7591's expiry of a client secret, and other fields that only mention one, are kept.
    ["client_secret_expires_at", false],
    ["hasPassword", false],
    ["token_type", false],
    ["authorizationUrl", false],
  ])("a field named %s is replaced: %s", (key, replaced) => {
    const body = { [key]: 42 };
    expect(new Redactor().value(body)).toEqual({ [key]: replaced ? "[REDACTED]" : 42 });
  });

  test("numbers, booleans and null are kept as they are, in objects and lists", () => {
    const body = { count: 3, ok: false, none: null, list: [1, null, true, "x"] };
    expect(new Redactor().value(body)).toEqual(body);
  });

  test("lists stay lists", () => {
    const out = new Redactor().value({ errors: [{ password: "p" }] });
    expect(Array.isArray((out as { errors: unknown }).errors)).toBe(true);
  });

  test("a secret-named field nine objects deep is still replaced", () => {
    let body: Record<string, unknown> = { client_secret: "deep-secret" };
    for (let i = 0; i < 8; i++) body = { nested: body };
    let out = new Redactor().value(body) as Record<string, unknown>;
    for (let i = 0; i < 8; i++) out = out.nested as Record<string, unknown>;
    expect(out).toEqual({ client_secret: "[REDACTED]" });
  });

  test("a secret-named field nine lists deep is still replaced", () => {
    let body: unknown = { password: "deep-secret" };
    for (let i = 0; i < 8; i++) body = [body];
    let out = new Redactor().value(body);
    for (let i = 0; i < 8; i++) out = (out as unknown[])[0];
    expect(out).toEqual({ password: "[REDACTED]" });
  });

  test("a secret ten levels deep is not shown: what lies deeper than nine levels is replaced whole", () => {
    const redactor = new Redactor();
    redactor.add("known-secret-value");
    let body: unknown = { client_secret: "deep-secret", note: "known-secret-value" };
    for (let i = 0; i < 9; i++) body = { nested: body };
    const shown = JSON.stringify(redactor.value(body));
    expect(shown).not.toContain("deep-secret");
    expect(shown).not.toContain("known-secret-value");
    expect(shown).toContain("[REDACTED: nested too deep]");
  });

  test("a list that contains itself is copied without overflowing the stack", () => {
    const list: unknown[] = ["x"];
    list.push(list);
    expect(() => new Redactor().value({ list })).not.toThrow();
  });

  test("a body that refers to itself is copied without overflowing the stack", () => {
    const body: Record<string, unknown> = { title: "loop" };
    body.self = body;
    expect(() => new Redactor().value(body)).not.toThrow();
  });
});

describe("the cause a ConnectionError keeps", () => {
  /** The ConnectionError of a GET whose fetch throws `thrown`, with a fixed token and no retries. */
  async function causeOf(thrown: unknown) {
    const org = createOrgClient({
      baseUrl: BASE_URL,
      auth: { accessToken: TOKEN },
      fetch: async () => {
        throw thrown;
      },
      retry: false,
      throttle: false,
    });
    const error = await org.tenants.get("t1").catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "ConnectionError" });
    return (error as Error).cause as Error & { code?: string };
  }

  test("a plain object thrown by fetch is copied as a redacted Error", async () => {
    const cause = await causeOf({ message: `socket hang up, Bearer ${TOKEN}`, code: "ECONNRESET" });
    expect(cause).toBeInstanceOf(Error);
    expect(cause.name).toBe("Error");
    expect(cause.message).toBe("socket hang up, Bearer [REDACTED]");
    expect(cause.code).toBe("ECONNRESET");
  });

  test("the original stack is kept, redacted", async () => {
    const original = new Error("connect failed");
    original.stack = `Error: connect failed\n    at send (${TOKEN})`;
    const cause = await causeOf(original);
    expect(cause.stack).toBe("Error: connect failed\n    at send ([REDACTED])");
  });

  test.each([
    [
      "a string",
      `connect ECONNREFUSED, client_secret=${CLIENT_SECRET}`,
      "connect ECONNREFUSED, client_secret=[REDACTED]",
    ],
  ])("%s thrown by fetch becomes a readable, redacted cause", async (_what, thrown, message) => {
    const cause = await causeOf(thrown);
    expect(cause).toBeInstanceOf(Error);
    expect(cause.message).toBe(message);
  });

  test("a cause of null ends the chain", async () => {
    const cause = await causeOf(new Error("reset", { cause: null }));
    expect(causeChain(cause)).toHaveLength(1);
  });

  test("a cause chain that loops is cut after four links", async () => {
    const looping = new Error("loop");
    (looping as { cause?: unknown }).cause = looping;
    const chain = causeChain(await causeOf(looping));
    expect(chain).toHaveLength(4);
    expect(chain.every((link) => (link as Error).message === "loop")).toBe(true);
  });
});
