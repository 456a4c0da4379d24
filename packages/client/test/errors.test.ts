import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  OrgApiError,
  type OrgClient,
  OrgClientError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  ServiceUnavailableError,
  TimeoutError,
  TokenRequestError,
} from "../src/index.js";
import { clientWith } from "./support/client.js";
import { json } from "./support/fake-fetch.js";

const body = (status: number) => ({
  errors: [
    { code: `HTTP-${status}`, title: `Title ${status}`, detail: `Detail ${status}` },
    { code: "second", title: "Second problem" },
  ],
});

/** Calls getOAuthClient once against `answer`, with retries off, and returns what it threw. */
async function errorFor(answer: () => Response): Promise<unknown> {
  const { org } = clientWith(answer, { retry: false });
  return org.oauthClients.get("c1").then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

describe("one error class per status", () => {
  test.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, ServiceUnavailableError],
    [302, RedirectError],
    [308, RedirectError],
    [402, OrgApiError],
    [418, OrgApiError],
    [502, OrgApiError],
    [504, OrgApiError],
  ] as const)("%i → %o", async (status, ErrorClass) => {
    const error = await errorFor(() => json(status, body(status)));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(OrgApiError);
    expect(error).toBeInstanceOf(OrgClientError);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe(ErrorClass.name);
    expect(Object.getPrototypeOf(error)).toBe(ErrorClass.prototype);
  });
});

describe("error fields", () => {
  test("carry status, the first item's code/title/detail, every item, the operation", async () => {
    const error = (await errorFor(() =>
      json(404, body(404), { "x-request-id": "req-42" }),
    )) as NotFoundError;
    expect(error).toMatchObject({
      status: 404,
      code: "HTTP-404",
      title: "Title 404",
      detail: "Detail 404",
      operationId: "getOAuthClient",
      requestId: "req-42",
      request: { method: "GET", url: "https://console.qlikcloud.com/api/core/oauth-clients/c1" },
    });
    expect(error.errors).toEqual(body(404).errors);
    expect(error.body).toEqual(body(404));
    expect(error.message).toBe(
      "404 Title 404: Detail 404 (+1 more) [getOAuthClient, request id req-42]",
    );
  });

  test("take the request id from a tenants error body's traceId", async () => {
    const { org } = clientWith(() =>
      json(403, {
        errors: [{ code: "TENANTS-11", title: "Forbidden", status: "403" }],
        traceId: "5f2b6c9a1e4d3b7b",
      }),
    );
    const error = await org.tenants.get("t1").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({ requestId: "5f2b6c9a1e4d3b7b", code: "TENANTS-11" });
  });

  test("RateLimitError carries Retry-After in ms", async () => {
    const error = await errorFor(() =>
      json(
        429,
        { errors: [{ code: "HTTP-429", title: "API rate limit reached." }] },
        {
          "retry-after": "30",
        },
      ),
    );
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(30_000);
  });

  test("ServiceUnavailableError carries a Retry-After longer than the client waits for", async () => {
    const { org, requests } = clientWith(() => json(503, body(503), { "retry-after": "120" }));
    const error = await org.oauthClients.get("c1").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect((error as ServiceUnavailableError).retryAfterMs).toBe(120_000);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ retryAfterMs: 120_000 });
    expect(requests).toHaveLength(1);
  });

  test("TokenRequestError carries the token endpoint's Retry-After", async () => {
    const { org, requests } = clientWith(() => json(429, body(429), { "retry-after": "120" }), {
      auth: { clientId: "ci-public-id", clientSecret: "cs-SECRET-7f3a9c1e5b" },
    });
    const error = await org.auth.getToken().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenRequestError);
    expect((error as TokenRequestError).retryAfterMs).toBe(120_000);
    expect(requests).toHaveLength(1);
  });

  test("an error without Retry-After has retryAfterMs undefined", async () => {
    const error = (await errorFor(() => json(503, body(503)))) as OrgApiError;
    expect(error.retryAfterMs).toBeUndefined();
  });

  test("an HTML page from a proxy still gives a typed error with a readable message", async () => {
    const html = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>body{color:red}</style></head>
      <body><h1>Bad Gateway</h1><p>The proxy server received an invalid response.</p></body></html>`;
    const error = (await errorFor(
      () => new Response(html, { status: 503, headers: { "content-type": "text/html" } }),
    )) as ServiceUnavailableError;
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error.message).toBe(
      "503 Service Unavailable: the server answered with a non-JSON body: 502 Bad Gateway [getOAuthClient]",
    );
    expect(error.errors).toEqual([]);
    expect(error.code).toBeUndefined();
    expect(error.body).toBe("502 Bad Gateway");
  });

  test("plain text without a title is shortened and kept readable", async () => {
    const error = (await errorFor(
      () => new Response(`upstream connect error ${"x".repeat(500)}`, { status: 500 }),
    )) as OrgApiError;
    expect(error.message).toMatch(
      /^500 Internal Server Error: the server answered with a non-JSON body: upstream connect error x+…/,
    );
    expect(error.message.length).toBeLessThan(300);
  });

  test("an empty error body is kept as no body", async () => {
    const error = (await errorFor(() => new Response("", { status: 409 }))) as OrgApiError;
    expect(error.body).toBeUndefined();
  });

  test.each(["x-request-id", "request-id", "x-correlation-id", "x-amzn-requestid"])(
    "takes the request id from %s",
    async (header) => {
      const error = (await errorFor(() =>
        json(500, body(500), { [header]: "req-7f3a" }),
      )) as OrgApiError;
      expect(error.requestId).toBe("req-7f3a");
    },
  );

  test("an empty error body still names the status", async () => {
    const error = (await errorFor(() => new Response(null, { status: 404 }))) as OrgApiError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe("404 Not Found [getOAuthClient]");
  });
});

describe("a success status with a body that is not JSON", () => {
  test.each([
    [
      "malformed JSON",
      "application/json",
      '{"clientId": ',
      /has malformed JSON \(.+\): \{"clientId":/,
    ],
    ["an empty body", "application/json", "", /has an empty body where JSON was expected/],
    [
      "another content type",
      "text/plain",
      "all good",
      /has content type text\/plain where JSON was expected: all good/,
    ],
  ])("%s gives InvalidResponseError", async (_what, contentType, text, message) => {
    const { org } = clientWith(
      () => new Response(text, { status: 200, headers: { "content-type": contentType } }),
    );
    const error = await org.oauthClients.get("c1").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toBeInstanceOf(OrgClientError);
    expect(error).not.toBeInstanceOf(OrgApiError);
    expect(error).toMatchObject({ status: 200, operationId: "getOAuthClient" });
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toMatch(/took effect/);
  });

  test("after a POST, the message says the operation took effect", async () => {
    const { org } = clientWith(() => new Response("<html>ok</html>", { status: 201 }));
    const error = await org.oauthClients
      .create({ appType: "web", clientName: "ci" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(
      /^201 Created from createOAuthClient has .*took effect/,
    );
  });

  test("accepts JSON with parameters, +json types and a missing content type", async () => {
    // A byte body, unlike a string body, gets no content type by default.
    const body = new TextEncoder().encode(JSON.stringify({ clientId: "c1" }));
    const variants: Record<string, string>[] = [
      { "content-type": "application/json; charset=utf-8" },
      { "content-type": "application/vnd.qlik+json" },
      {},
    ];
    for (const headers of variants) {
      const { org } = clientWith(() => new Response(body, { status: 200, headers }));
      await expect(org.oauthClients.get("c1")).resolves.toEqual({ clientId: "c1" });
    }
  });

  test.each([
    "application/jsonp",
    "application/jsonp; charset=utf-8",
    "application/json-seq",
    "text/application/json",
  ])("content type %s is not JSON", async (contentType) => {
    const { org } = clientWith(
      () =>
        new Response('{"clientId":"c1"}', {
          status: 200,
          headers: { "content-type": contentType },
        }),
    );
    const error = await org.oauthClients.get("c1").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({
      request: { method: "GET", url: "https://console.qlikcloud.com/api/core/oauth-clients/c1" },
    });
    expect((error as Error).message).toBe(
      `200 OK from getOAuthClient has content type ${contentType} where JSON was expected: {"clientId":"c1"}`,
    );
  });

  test("update reads 202 as JSON and 204 as nothing", async () => {
    const patch = [{ op: "remove", path: "/description" }] as const;
    const empty202 = clientWith(() => new Response("", { status: 202 }));
    await expect(empty202.org.oauthClients.update("c1", [...patch])).rejects.toBeInstanceOf(
      InvalidResponseError,
    );
    const plain204 = clientWith(() => new Response(null, { status: 204 }));
    await expect(plain204.org.oauthClients.update("c1", [...patch])).resolves.toBeUndefined();
  });
});

describe("serialising errors", () => {
  test("JSON.stringify gives the documented fields", async () => {
    const error = await errorFor(() => json(409, body(409)));
    const parsed = JSON.parse(JSON.stringify(error));
    expect(parsed).toMatchObject({
      name: "ConflictError",
      message: expect.stringContaining("409"),
      status: 409,
      code: "HTTP-409",
      operationId: "getOAuthClient",
    });
  });

  test("util.inspect shows the stack and the fields", async () => {
    const error = await errorFor(() => json(400, body(400)));
    const text = inspect(error);
    expect(text).toMatch(/^BadRequestError: 400 Title 400/);
    expect(text).toContain("code: 'HTTP-400'");
    // The whole body stays out of log lines; its items are in `errors`.
    expect(text).not.toContain("body:");
  });

  test("transport errors are not API errors", () => {
    const request = { method: "GET", url: "https://console.qlikcloud.com/x" };
    const init = { message: "m", operationId: undefined, request, attempts: 1 };
    expect(new ConnectionError(init)).not.toBeInstanceOf(OrgApiError);
    expect(new ConnectionError(init)).toBeInstanceOf(OrgClientError);
    expect(new TimeoutError({ ...init, timeoutMs: 5 })).toBeInstanceOf(OrgClientError);
    expect(new TimeoutError({ ...init, timeoutMs: 5 }).name).toBe("TimeoutError");
    expect(TokenRequestError.prototype).toBeInstanceOf(OrgApiError);
  });
});

describe("an error's message names the status even when HTTP/2 sends no reason phrase", () => {
  test.each([
    [400, "Bad Request"],
    [401, "Unauthorized"],
    [403, "Forbidden"],
    [404, "Not Found"],
    [405, "Method Not Allowed"],
    [409, "Conflict"],
    [413, "Content Too Large"],
    [415, "Unsupported Media Type"],
    [422, "Unprocessable Content"],
    [429, "Too Many Requests"],
    [500, "Internal Server Error"],
    [502, "Bad Gateway"],
    [503, "Service Unavailable"],
    [504, "Gateway Timeout"],
    [418, "HTTP error"],
  ])("%i → %s", async (status, phrase) => {
    const error = (await errorFor(() => new Response(null, { status }))) as OrgApiError;
    expect(error.message).toBe(`${status} ${phrase} [getOAuthClient]`);
  });

  test("the server's own reason phrase wins", async () => {
    const error = (await errorFor(
      () => new Response(null, { status: 404, statusText: "Nowhere To Be Found" }),
    )) as OrgApiError;
    expect(error.message).toBe("404 Nowhere To Be Found [getOAuthClient]");
  });
});

describe("what the message shows of a body that is not the documented JSON", () => {
  const html = (status: number, text: string) => () =>
    new Response(text, { status, headers: { "content-type": "text/html" } });
  const prefix = "500 Internal Server Error: the server answered with a non-JSON body: ";

  test.each([
    [
      '<html><head><title lang="en">Down  for\n maintenance</title></head><body>Noise</body></html>',
      "Down for maintenance",
    ],
    [
      '<body><script type="module">var a = 1 < 2;</script><style>p > a {}</style><!-- if a > b --><p>Gateway</p><p>error</p></body>',
      "Gateway error",
    ],
    ["<b>Tom &amp; Jerry &lt;3 &gt; &quot;x&quot; &#39;y&#39;</b>", "Tom & Jerry <3 > \"x\" 'y'"],
    ["a<br>b", "a b"],
    ["a<script>x()</script>b", "a b"],
  ])("%j → %j", async (body, shown) => {
    const error = (await errorFor(html(500, body))) as OrgApiError;
    expect(error.message).toBe(`${prefix}${shown} [getOAuthClient]`);
  });

  test("text of 200 characters is shown whole; longer text is cut to 199 and an ellipsis", async () => {
    const exact = (await errorFor(html(500, "y".repeat(200)))) as OrgApiError;
    expect(exact.message).toBe(`${prefix}${"y".repeat(200)} [getOAuthClient]`);
    const longer = (await errorFor(html(500, "y".repeat(201)))) as OrgApiError;
    expect(longer.message).toBe(`${prefix}${"y".repeat(199)}… [getOAuthClient]`);
  });

  test.each([
    [
      "empty strings",
      { errors: [{ code: "", title: "", detail: "" }] },
      "404 Not Found [getOAuthClient]",
    ],
    [
      "items that are not objects",
      { errors: ["oops", null, { title: "Gone", detail: "d" }] },
      "404 Gone: d [getOAuthClient]",
    ],
    ["errors that is not a list", { errors: { title: "Gone" } }, "404 Not Found [getOAuthClient]"],
    ["a list body", [{ title: "Gone" }], "404 Not Found [getOAuthClient]"],
    [
      "fields that are not strings",
      { errors: [{ code: 42, title: 7, detail: false }] },
      "404 Not Found [getOAuthClient]",
    ],
  ])("a JSON body with %s falls back to the status", async (_what, body, message) => {
    const error = (await errorFor(() => json(404, body))) as OrgApiError;
    expect(error.message).toBe(message);
    expect(error.code).toBeUndefined();
    expect(error.errors.every((item) => typeof item === "object" && item !== null)).toBe(true);
  });

  test("a JSON body without an errors list gives an empty errors list", async () => {
    const error = (await errorFor(() => json(404, { message: "gone" }))) as OrgApiError;
    expect(error.errors).toEqual([]);
  });

  test.each([
    [301, "Moved Permanently"],
    [302, "Found"],
    [303, "See Other"],
    [307, "Temporary Redirect"],
    [308, "Permanent Redirect"],
  ])("a %i redirect that is not followed is named %s", async (status, phrase) => {
    const error = (await errorFor(
      () => new Response(null, { status, headers: { location: "https://elsewhere.example/" } }),
    )) as OrgApiError;
    expect(error.message.startsWith(`${status} ${phrase}: redirect to`)).toBe(true);
  });

  test.each([
    [200, "OK", (org: OrgClient) => org.oauthClients.get("c1")],
    [204, "No Content", (org: OrgClient) => org.oauthClients.get("c1")],
    [
      202,
      "Accepted",
      (org: OrgClient) => org.oauthClients.update("c1", [{ op: "remove", path: "/description" }]),
    ],
  ])("a %i %s with a body that is not JSON names its status", async (status, phrase, call) => {
    const { org } = clientWith(() => new Response(status === 204 ? null : "", { status }));
    const error = await call(org).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message.startsWith(`${status} ${phrase} from `)).toBe(true);
  });
});

describe("what a logged error shows", () => {
  const request = { method: "GET", url: "https://console.qlikcloud.com/api/core/tenants/t1" };
  test.each([
    [
      "ConnectionError",
      () => new ConnectionError({ message: "m", operationId: "getTenant", request, attempts: 3 }),
      { name: "ConnectionError", message: "m", operationId: "getTenant", request, attempts: 3 },
    ],
    [
      "TimeoutError",
      () =>
        new TimeoutError({
          message: "m",
          operationId: "getTenant",
          request,
          attempts: 1,
          timeoutMs: 500,
        }),
      {
        name: "TimeoutError",
        message: "m",
        operationId: "getTenant",
        request,
        attempts: 1,
        timeoutMs: 500,
      },
    ],
    [
      "InvalidResponseError",
      () =>
        new InvalidResponseError({ message: "m", status: 200, operationId: "getTenant", request }),
      {
        name: "InvalidResponseError",
        message: "m",
        status: 200,
        operationId: "getTenant",
        request,
      },
    ],
    ["OrgClientError", () => new OrgClientError("m"), { name: "OrgClientError", message: "m" }],
  ])("%s: JSON.stringify gives its fields", (_name, make, shown) => {
    expect(JSON.parse(JSON.stringify(make()))).toEqual(shown);
  });

  test("a RedirectError's JSON names where it pointed", async () => {
    const error = await errorFor(
      () =>
        new Response(null, { status: 302, headers: { location: "https://elsewhere.example/x" } }),
    );
    expect(error).toBeInstanceOf(RedirectError);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      name: "RedirectError",
      status: 302,
      location: "https://elsewhere.example/x",
    });
  });

  test("util.inspect prints the stack, then the fields, and nothing more when there are none", () => {
    const plain = new OrgClientError("boom");
    expect(plain.stack).toMatch(/^OrgClientError: boom\n\s+at /);
    expect(inspect(plain)).toBe(plain.stack);
    const connection = new ConnectionError({
      message: "down",
      operationId: "getTenant",
      request: { method: "GET", url: "https://x.example/t" },
      attempts: 2,
    });
    expect(inspect(connection).startsWith(`${connection.stack} {`)).toBe(true);
    expect(inspect(connection)).toContain("attempts: 2");
  });
});
