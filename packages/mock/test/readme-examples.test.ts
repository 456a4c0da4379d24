// The README's snippets, run as written (give or take the test scaffolding).

import { readFileSync } from "node:fs";
import { createOrgClient, NotFoundError } from "@qlik-org/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assertMatchesSpec,
  createPrismHandler,
  type MockServer,
  SpecMismatchError,
  startMockServer,
} from "../src/index.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(async () => {
  await mock?.close();
});

describe("README examples", () => {
  it("the opening example: list, then assertMatchesSpec", async () => {
    const org = createOrgClient({
      baseUrl: mock.url,
      auth: { clientId: "id", clientSecret: "secret" },
    });
    const page = await org.oauthClients.list({ limit: 10 });
    assertMatchesSpec("listOAuthClients", 200, page);
    expect(page.data).toHaveLength(1);
  });

  it("a per-client fetch that adds Prefer", async () => {
    const org = createOrgClient({
      baseUrl: mock.url,
      auth: { clientId: "id", clientSecret: "secret" },
      retry: false,
      throttle: false,
      fetch: (input, init) => {
        const request = new Request(input, init);
        if (new URL(request.url).pathname !== "/oauth/token")
          request.headers.set("prefer", "code=404");
        return fetch(request);
      },
    });
    await expect(org.oauthClients.get("abc")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("createPrismHandler as the client's fetch, with no port", async () => {
    const handler = await createPrismHandler();
    const org = createOrgClient({
      baseUrl: "http://127.0.0.1",
      auth: { accessToken: "test" },
      fetch: (input, init) => handler.handle(new Request(input, init)),
    });
    const created = await org.oauthClients.create({ appType: "web", clientName: "ci" });
    expect(created.clientSecret).toBe("string");
  });

  it("the SpecMismatchError message", () => {
    const body = {
      data: [
        {
          appType: "desktop",
          clientId: "a",
          clientName: "a",
          createdAt: "2025-01-01T00:00:00Z",
          connectionConfig: { consentMethod: "required" },
        },
        {
          appType: "web",
          clientId: "b",
          clientName: "b",
          createdAt: "soon",
          connectionConfig: { consentMethod: "required" },
        },
      ],
    };
    expect(() => assertMatchesSpec("listOAuthClients", 200, body)).toThrow(SpecMismatchError);
    expect(() => assertMatchesSpec("listOAuthClients", 200, body)).toThrow(
      [
        "listOAuthClients 200 response does not match the spec:",
        "  - links is required",
        "  - data[0].appType must be one of web, native, spa, anonymous-embed",
        "  - data[1].createdAt must be a valid date-time",
      ].join("\n"),
    );
  });

  it("the options table lists exactly the fields of MockServerOptions", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const source = readFileSync(new URL("../src/start-mock-server.ts", import.meta.url), "utf8");
    const block = /interface MockServerOptions \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? "";
    const fields = [...block.matchAll(/^ {2}(\w+)\?:/gm)].map((m) => m[1]);
    // The options tables come before the exports table, whose rows look alike.
    const options = readme.slice(0, readme.indexOf("\n## Exports"));
    const rows = [...options.matchAll(/^\| `(\w+)` +\|/gm)].map((m) => m[1]);
    expect(fields.length).toBeGreaterThan(0);
    expect(rows).toEqual(fields);
  });
});
