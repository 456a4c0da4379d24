import { describe, expect, test } from "vitest";
import { createOrgClient, DEFAULT_BASE_URL, OrgClientError } from "../src/index.js";

const auth = { accessToken: "static-token-abcdef" };

describe("baseUrl", () => {
  test("defaults to Qlik's organization API host", () => {
    expect(DEFAULT_BASE_URL).toBe("https://console.qlikcloud.com");
    expect(() => createOrgClient({ auth })).not.toThrow();
  });

  test.each([
    "https://console.qlikcloud.com",
    "https://console.qlikcloud.com/",
    "https://proxy.example.com/qlik/",
    "http://127.0.0.1:4010",
    "http://localhost:4010",
    "http://[::1]:4010",
  ])("accepts %s", (baseUrl) => {
    expect(() => createOrgClient({ baseUrl, auth })).not.toThrow();
  });

  test.each([
    ["plain http to a remote host", "http://console.qlikcloud.com"],
    ["plain http to a LAN address", "http://192.168.1.10:4010"],
    ["a host that merely starts with localhost", "http://localhost.example.com"],
    ["another scheme", "ftp://console.qlikcloud.com"],
    ["a relative URL", "/api"],
    ["a query string", "https://console.qlikcloud.com/?x=1"],
  ])("rejects %s", (_why, baseUrl) => {
    expect(() => createOrgClient({ baseUrl, auth })).toThrow(OrgClientError);
  });

  test("rejects credentials in the URL without repeating them", () => {
    let error: unknown;
    try {
      createOrgClient({ baseUrl: "https://user:pa55word-secret@console.qlikcloud.com", auth });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OrgClientError);
    expect(String((error as Error).message)).not.toContain("pa55word-secret");
    expect((error as Error).stack).not.toContain("pa55word-secret");
  });

  test("the error says why", () => {
    expect(() => createOrgClient({ baseUrl: "http://console.qlikcloud.com", auth })).toThrow(
      /must use https:/,
    );
  });
});

describe("baseUrl, what the caller reads", () => {
  test.each([
    ["/api", "baseUrl is not an absolute URL (expected for example https://console.qlikcloud.com)"],
    [
      "https://user@console.qlikcloud.com",
      "baseUrl must not carry credentials (user:password@); pass them as auth instead (host console.qlikcloud.com)",
    ],
    [
      "https://:only-a-password@console.qlikcloud.com",
      "baseUrl must not carry credentials (user:password@); pass them as auth instead (host console.qlikcloud.com)",
    ],
    [
      "https://console.qlikcloud.com/base#top",
      "baseUrl must not have a query or fragment: https://console.qlikcloud.com/base",
    ],
    [
      "ftp://localhost:2121",
      "baseUrl must use https: (plain http: is allowed only for 127.0.0.1, ::1 and localhost), got ftp://localhost:2121",
    ],
  ])("%s is refused: %s", (baseUrl, message) => {
    expect(() => createOrgClient({ baseUrl, auth })).toThrow(message);
  });

  test("trailing slashes are dropped, so paths join with one slash", async () => {
    const seen: string[] = [];
    const org = createOrgClient({
      baseUrl: "https://proxy.example.com/qlik//",
      auth,
      fetch: async (input, init) => {
        seen.push(new Request(input, init).url);
        return new Response(JSON.stringify({ id: "t1" }), {
          status: 200,
          headers: { "content-type": "application/json" },
        });
      },
    });
    await org.tenants.get("t1").catch(() => undefined);
    expect(seen[0]).toBe("https://proxy.example.com/qlik/api/core/tenants/t1");
  });
});
