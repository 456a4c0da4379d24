// Requests are validated against the spec before any state is touched, as the Prism mode does,
// and refused with the spec's own 400 body.

import { beforeAll, describe, expect, test } from "vitest";
import { type CallOptions, createHarness, webClient } from "./support/harness.js";

type Harness = ReturnType<typeof createHarness>;

describe("request validation", () => {
  let h: Harness;
  let id: string;

  beforeAll(async () => {
    h = createHarness();
    await h.signIn();
    id = (await h.send("POST", "/api/core/oauth-clients", { json: webClient("target") })).body
      .clientId;
  });

  // The four cases issue 4 names for the Prism mode, plus more of the same kind.
  const refusals: [string, string, () => string, CallOptions, RegExp][] = [
    [
      "a DELETE without qlik-confirm-delete",
      "DELETE",
      () => `/api/core/oauth-clients/${id}`,
      {},
      /header "qlik-confirm-delete" is required/,
    ],
    [
      "a sort outside its enum",
      "GET",
      () => "/api/core/oauth-clients?sort=-description",
      {},
      /query parameter "sort" must be one of \+clientId, -clientId/,
    ],
    [
      "an unencoded + in sort (a space)",
      "GET",
      () => "/api/core/oauth-clients?sort=+clientName",
      {},
      /query parameter "sort" must be one of/,
    ],
    [
      "a PATCH path outside /clientName and /description",
      "PATCH",
      () => `/api/core/oauth-clients/${id}`,
      { json: [{ op: "replace", path: "/appType", value: "spa" }] },
      /\[0\]\.path must be one of \/clientName, \/description/,
    ],
    [
      "a patch add without value",
      "PATCH",
      () => `/api/core/oauth-clients/${id}`,
      { json: [{ op: "add", path: "/description" }] },
      /\[0\]\.value is required/,
    ],
    [
      "a patch with an unknown op",
      "PATCH",
      () => `/api/core/oauth-clients/${id}`,
      { json: [{ op: "move", path: "/description" }] },
      /\[0\]\.op must be one of add, remove, replace/,
    ],
    [
      "a patch that is not an array",
      "PATCH",
      () => `/api/core/oauth-clients/${id}`,
      { json: { op: "add", path: "/description", value: "x" } },
      /body must be an array/,
    ],
    [
      "a create body without clientName",
      "POST",
      () => "/api/core/oauth-clients",
      { json: { appType: "web" } },
      /clientName is required/,
    ],
    [
      "a create body with an unknown appType",
      "POST",
      () => "/api/core/oauth-clients",
      { json: { appType: "desktop", clientName: "x" } },
      /appType must be one of web, native, spa, anonymous-embed/,
    ],
    [
      "private_key_jwt without publicKeys",
      "POST",
      () => "/api/core/oauth-clients",
      { json: webClient("x", { allowedAuthMethods: ["private_key_jwt"] }) },
      /publicKeys is required/,
    ],
    [
      "consentMethod other than trusted",
      "POST",
      () => "/api/core/oauth-clients",
      { json: webClient("x", { connectionConfig: { consentMethod: "required" } }) },
      /consentMethod must be one of trusted/,
    ],
    [
      "a public key with a bad alg",
      "POST",
      () => "/api/core/oauth-clients",
      {
        json: webClient("x", { publicKeys: [{ alg: "HS256", kid: "k", kty: "RSA", use: "sig" }] }),
      },
      /publicKeys\[0\]\.alg/,
    ],
    [
      "a body that is not JSON",
      "POST",
      () => "/api/core/oauth-clients",
      { rawBody: "{nope" },
      /not valid JSON/,
    ],
    [
      "a body sent as text/plain",
      "POST",
      () => "/api/core/oauth-clients",
      { rawBody: JSON.stringify(webClient("x")), contentType: "text/plain" },
      /must be sent as application\/json/,
    ],
    [
      "no body at all",
      "POST",
      () => "/api/core/oauth-clients",
      {},
      /JSON request body is required/,
    ],
    [
      "a limit that is not a number",
      "GET",
      () => "/api/core/oauth-clients?limit=ten",
      {},
      /query parameter "limit" must be a number/,
    ],
    [
      "totalResults that is not a boolean",
      "GET",
      () => "/api/core/oauth-clients?totalResults=yes",
      {},
      /query parameter "totalResults" must be a boolean/,
    ],
    [
      "a parameter given twice",
      "GET",
      () => "/api/core/oauth-clients?limit=1&limit=2",
      {},
      /query parameter "limit" is given more than once/,
    ],
  ];
  test.each(refusals)("refuses %s with the Error 400", async (_, method, path, call, detail) => {
    const before = h.org.snapshot();
    const answer = await h.send(method, path(), call);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      errors: [{ code: "HTTP-400", title: "Bad Request", detail: expect.stringMatching(detail) }],
    });
    // Nothing changed.
    expect(h.org.snapshot()).toEqual(before);
  });

  test("a body sent without Content-Type is refused, naming the type it must have", async () => {
    const token = await h.signIn();
    const request = new Request("https://mock.test/api/core/oauth-clients", {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      // Bytes, unlike a string, get no Content-Type from fetch.
      body: new TextEncoder().encode(JSON.stringify(webClient("x"))),
    });
    const answer = await h.org.handle(request);
    expect(answer.status).toBe(400);
    expect((await answer.json()).errors[0].detail).toBe(
      "The request body must be sent as application/json (Content-Type was missing).",
    );
    const typed = await h.send("POST", "/api/core/oauth-clients", {
      rawBody: "{}",
      contentType: "Text/Plain; charset=utf-8",
    });
    expect(typed.body.errors[0].detail).toBe(
      'The request body must be sent as application/json (Content-Type was "text/plain").',
    );
  });

  test.each([
    ["a limit above 100", "GET", "/api/core/tenants?limit=101", {}, "limit", /must be <= 100/],
    ["a negative limit", "GET", "/api/core/tenants?limit=-1", {}, "limit", /must be >= 0/],
    ["a fractional limit", "GET", "/api/core/tenants?limit=2.5", {}, "limit", /must be an integer/],
    [
      "a sort of an unknown field",
      "GET",
      "/api/core/tenants?sort=licenseNumber",
      {},
      "sort",
      /must match pattern/,
    ],
    [
      "totalResults as a boolean word",
      "GET",
      "/api/core/tenants?totalResults=yes",
      {},
      "totalResults",
      /must be one of true, false/,
    ],
    [
      "count without a filter",
      "GET",
      "/api/core/tenants/actions/count",
      {},
      "filter",
      /is required/,
    ],
    [
      "filter limit above 100",
      "POST",
      "/api/core/tenants/actions/filter?limit=500",
      { json: { filter: 'status eq "active"' } },
      "limit",
      /must be <= 100/,
    ],
  ] as const)(
    "refuses %s with the TenantsError 400 naming the parameter",
    async (_, method, path, call, parameter, detail) => {
      const answer = await h.send(method, path, call);
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({
        errors: [
          {
            code: "TENANTS-400",
            title: "Bad Request",
            status: "400",
            detail: expect.stringMatching(detail),
            source: { parameter },
          },
        ],
        traceId: expect.stringMatching(/^[0-9a-f]{16}$/),
      });
    },
  );

  test("a filterTenants body with a wrong filter points at it", async () => {
    const answer = await h.send("POST", "/api/core/tenants/actions/filter", {
      json: { filter: 5 },
    });
    expect(answer.body.errors[0]).toMatchObject({
      source: { pointer: "/filter" },
      detail: "Invalid request body: filter must be a string.",
    });
  });

  test.each<[string, string, string, CallOptions, string]>([
    [
      "every problem of a body, joined",
      "POST",
      "/api/core/oauth-clients",
      { json: { appType: "desktop" } },
      "Invalid request body: clientName is required; appType must be one of web, native, spa, anonymous-embed.",
    ],
    [
      "what a conditional rule asks for, not that the rule failed",
      "POST",
      "/api/core/oauth-clients",
      { json: webClient("x", { allowedAuthMethods: ["private_key_jwt"] }) },
      "Invalid request body: publicKeys is required.",
    ],
    [
      "a blank body as a missing one",
      "POST",
      "/api/core/oauth-clients",
      { rawBody: " \n " },
      "A JSON request body is required.",
    ],
    [
      "a body where the operation takes none",
      "DELETE",
      "/api/core/oauth-clients/abc",
      { rawBody: "{}", headers: { "qlik-confirm-delete": "abc" } },
      "This operation takes no request body; send none.",
    ],
  ])("words %s", async (_, method, path, call, detail) => {
    const answer = await h.send(method, path, call);
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].detail).toBe(detail);
  });

  test("a body with many problems names the first five", async () => {
    const wrongTypes = Object.fromEntries(
      ["appType", "clientName", "description", "logoUri", "clientUri", "redirectUris"].map(
        (key, index) => [key, index],
      ),
    );
    const answer = await h.send("POST", "/api/core/oauth-clients", { json: wrongTypes });
    expect(answer.body.errors[0].detail.split("; ")).toHaveLength(5);
  });

  test("a JSON media type is recognised in any case, with parameters and spaces", async () => {
    const answer = await h.send("POST", "/api/core/oauth-clients", {
      json: webClient("typed"),
      contentType: "Application/JSON ; charset=utf-8",
    });
    expect(answer.status).toBe(201);
  });

  test("a filterTenants body without filter points at the body", async () => {
    const answer = await h.send("POST", "/api/core/tenants/actions/filter", {
      json: { query: "x" },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0]).toMatchObject({
      source: { pointer: "" },
      detail: expect.stringMatching(/filter is required/),
    });
  });

  test("an unknown tenant is the TenantsError 404, an unknown client the Error 404", async () => {
    const tenant = await h.send("GET", "/api/core/tenants/nope");
    expect(tenant.status).toBe(404);
    expect(tenant.body).toEqual({
      errors: [
        { code: "TENANTS-404", title: "Not Found", status: "404", detail: "Tenant not found." },
      ],
      traceId: expect.any(String),
    });
    const client = await h.send("GET", "/api/core/oauth-clients/nope");
    expect(client.body).toEqual({
      errors: [
        {
          code: "HTTP-404",
          title: "Not Found",
          detail: "No OAuth client exists with the given ID.",
        },
      ],
    });
  });

  test("ids in the path are percent-decoded", async () => {
    const answer = await h.send("GET", "/api/core/tenants/TiQ8GPVr8qI714Lp5ChAAFFaU24MJy69%20");
    expect(answer.status).toBe(404);
    expect(
      (await h.send("GET", "/api/core/tenants/%54iQ8GPVr8qI714Lp5ChAAFFaU24MJy69")).status,
    ).toBe(200);
  });

  test("extra query parameters and unknown body fields are ignored, not stored", async () => {
    const created = await h.send("POST", "/api/core/oauth-clients?verbose=1", {
      json: webClient("extra", { secretSauce: "x", clientId: "chosen-by-caller" }),
    });
    expect(created.status).toBe(201);
    expect(created.body).not.toHaveProperty("secretSauce");
    expect(created.body.clientId).not.toBe("chosen-by-caller");
  });
});

describe("routing", () => {
  test("a path outside the spec is 404 and a wrong method is 405 with Allow", async () => {
    const h = createHarness();
    await h.signIn();
    const unknown = await h.send("GET", "/api/core/users");
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0].detail).toMatch(/No operation is served at \/api\/core\/users/);
    const wrongMethod = await h.send("PUT", "/api/core/oauth-clients");
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("GET, POST");
    expect(wrongMethod.body.errors[0].detail).toBe("/api/core/oauth-clients does not accept PUT.");
    expect((await h.send("GET", "/api/core/tenants/actions/filter")).headers.get("allow")).toBe(
      "POST",
    );
    // A literal segment wins over a template: this is countTenants, not getTenant("actions").
    const count = await h.send(
      "GET",
      `/api/core/tenants/actions/count?filter=${encodeURIComponent('subscriptionId eq "9876543210987654"')}`,
    );
    expect(count.body).toEqual({ total: 3 });
  });
});

describe("request validation, more wording", () => {
  test("a parameter that breaks two rules names both, and false is a boolean", async () => {
    const h = createHarness();
    await h.signIn();
    const limit = await h.send("GET", "/api/core/tenants?limit=-1.5");
    expect(limit.body.errors[0].detail).toBe(
      'query parameter "limit" must be an integer; query parameter "limit" must be >= 0.',
    );
    const listed = await h.send("GET", "/api/core/oauth-clients?totalResults=false");
    expect(listed.status).toBe(200);
    expect(listed.body).not.toHaveProperty("totalResults");
  });

  test.each([
    ["{nope", "The request body is not valid JSON."],
    [" ", "A JSON request body is required."],
  ])("a filterTenants body %j points at the whole body", async (rawBody, detail) => {
    const h = createHarness();
    await h.signIn();
    const answer = await h.send("POST", "/api/core/tenants/actions/filter", { rawBody });
    expect(answer.body.errors[0]).toMatchObject({ detail, source: { pointer: "" } });
  });
});
