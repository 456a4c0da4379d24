import { getEventListeners } from "node:events";
import { describe, expect, test, vi } from "vitest";
import { BadRequestError, OrgClientError } from "../src/index.js";
import { BASE_URL, clientWith } from "./support/client.js";
import { hang, json } from "./support/fake-fetch.js";

const tenant = (id: string) => ({
  id,
  status: "active",
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
  hostnames: [`${id}.eu.qlikcloud.com`],
  regionCode: "eu-west-1",
  countryCode: "SE",
});

/**
 * Pages keyed by the exact URL that fetches them; the first page is the list URL with the query.
 * `self` links are optional in the spec; `withSelf: false` leaves them out.
 */
function pagedServer(
  pages: Record<string, { ids: string[]; next?: string }>,
  { withSelf = true } = {},
) {
  return clientWith((request) => {
    const page = pages[request.url];
    if (!page)
      return json(400, { errors: [{ code: "HTTP-400", title: `unexpected ${request.url}` }] });
    return json(200, {
      data: page.ids.map(tenant),
      links: {
        ...(withSelf ? { self: { href: request.url } } : {}),
        ...(page.next ? { next: { href: page.next } } : {}),
      },
    });
  });
}

const first = `${BASE_URL}/api/core/tenants?limit=2`;
const second = `${BASE_URL}/api/core/tenants?limit=2&next=TiQ8GPVr8qI714Lp5ChAAFFaU24MJy69`;
const third = `${BASE_URL}/api/core/tenants?limit=2&offset=507f191e810c19729de860ea&sort=%2Bname`;

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe("listAll", () => {
  test("follows links.next.href exactly as given, whatever its parameter (next= or offset=)", async () => {
    const { org, requests } = pagedServer({
      [first]: { ids: ["a", "b"], next: second },
      [second]: { ids: ["c", "d"], next: third },
      [third]: { ids: ["e"] },
    });
    const items = await collect(org.tenants.listAll({ limit: 2 }));
    expect(items.map((t) => t.id)).toEqual(["a", "b", "c", "d", "e"]);
    expect(requests.map((r) => r.url)).toEqual([first, second, third]);
    expect(requests.every((r) => r.headers.get("authorization")?.startsWith("Bearer "))).toBe(true);
  });

  test("keeps one page ahead: nothing before iteration, then page n+1 is requested while page n is consumed", async () => {
    const { org, requests } = pagedServer({
      [first]: { ids: ["a", "b"], next: second },
      [second]: { ids: ["c"], next: third },
      [third]: { ids: ["d"] },
    });
    const iterator = org.tenants.listAll({ limit: 2 });
    expect(requests).toHaveLength(0);
    expect((await iterator.next()).value).toMatchObject({ id: "a" });
    // The first page arrived and its next page is already on its way: one page ahead, no more.
    expect(requests.map((r) => r.url)).toEqual([first, second]);
    expect((await iterator.next()).value).toMatchObject({ id: "b" });
    expect(requests).toHaveLength(2);
    expect((await iterator.next()).value).toMatchObject({ id: "c" });
    expect(requests.map((r) => r.url)).toEqual([first, second, third]);
    expect((await iterator.next()).value).toMatchObject({ id: "d" });
    expect((await iterator.next()).done).toBe(true);
    expect(requests).toHaveLength(3);
  });

  test("stops when a next link repeats an earlier one", async () => {
    const { org, requests } = pagedServer({
      [first]: { ids: ["a"], next: second },
      [second]: { ids: ["b"], next: first },
    });
    expect((await collect(org.tenants.listAll({ limit: 2 }))).map((t) => t.id)).toEqual(["a", "b"]);
    expect(requests).toHaveLength(2);
  });

  test.each([
    ["absolute", first],
    ["relative", "/api/core/tenants?limit=2"],
  ])(
    "without self links, stops when a next link (%s) leads back to the first page",
    async (_kind, backToFirst) => {
      const { org, requests } = pagedServer(
        {
          [first]: { ids: ["a"], next: second },
          [second]: { ids: ["b"], next: backToFirst },
        },
        { withSelf: false },
      );
      expect((await collect(org.tenants.listAll({ limit: 2 }))).map((t) => t.id)).toEqual([
        "a",
        "b",
      ]);
      expect(requests.map((r) => r.url)).toEqual([first, second]);
    },
  );

  test("without self links, stops when the first page links to itself", async () => {
    const { org, requests } = pagedServer(
      { [first]: { ids: ["a"], next: first } },
      { withSelf: false },
    );
    expect(await collect(org.tenants.listAll({ limit: 2 }))).toHaveLength(1);
    expect(requests).toHaveLength(1);
  });

  test("stops when a next link leads back to a page by its self link, though it was fetched under another URL", async () => {
    // The first page's self link is a canonical URL, not the one the client asked for; the second
    // page's next link points at that canonical URL: it is the first page again.
    const canonical = `${BASE_URL}/api/core/tenants?limit=2&next=first-page`;
    const { org, requests } = clientWith((request) =>
      request.url === first
        ? json(200, {
            data: [tenant("a")],
            links: { self: { href: canonical }, next: { href: second } },
          })
        : json(200, {
            data: [tenant("b")],
            links: { self: { href: second }, next: { href: canonical } },
          }),
    );
    expect((await collect(org.tenants.listAll({ limit: 2 }))).map((t) => t.id)).toEqual(["a", "b"]);
    expect(requests.map((r) => r.url)).toEqual([first, second]);
  });

  test("stops when a page links to itself", async () => {
    const { org, requests } = pagedServer({ [first]: { ids: ["a"], next: first } });
    expect(await collect(org.tenants.listAll({ limit: 2 }))).toHaveLength(1);
    expect(requests).toHaveLength(1);
  });

  test("an early break cancels the page fetched ahead and fetches none after it", async () => {
    const { org, requests } = clientWith(async (request) => {
      if (request.url === second) {
        // The page ahead never arrives: only the break can end it.
        return new Promise<Response>((_resolve, reject) =>
          request.signal.addEventListener("abort", () => reject(request.signal.reason)),
        );
      }
      return json(200, { data: [tenant("a"), tenant("b")], links: { next: { href: second } } });
    });
    for await (const item of org.tenants.listAll({ limit: 2 })) {
      if (item.id === "a") break;
    }
    expect(requests.map((r) => r.url)).toEqual([first, second]);
    expect(requests[1]?.signal.aborted).toBe(true);
  });

  test("an AbortSignal stops the iteration with its reason", async () => {
    const { org, requests } = pagedServer({
      [first]: { ids: ["a", "b"], next: second },
      [second]: { ids: ["c"] },
    });
    const controller = new AbortController();
    const reason = new Error("enough");
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const item of org.tenants.listAll({ limit: 2 }, { signal: controller.signal })) {
          seen.push(item.id);
          controller.abort(reason);
        }
      })(),
    ).rejects.toBe(reason);
    expect(seen).toEqual(["a"]);
    // The second page was requested ahead of time; nothing after it.
    expect(requests.map((r) => r.url)).toEqual([first, second]);
  });

  test("an abort while the next page is on its way ends the wait at once", async () => {
    const { org, requests } = clientWith((request) =>
      request.url === first
        ? json(200, { data: [tenant("a")], links: { next: { href: second } } })
        : hang(request.signal),
    );
    const controller = new AbortController();
    const reason = new Error("enough");
    const walk = collect(org.tenants.listAll({ limit: 2 }, { signal: controller.signal }));
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    controller.abort(reason);
    await expect(walk).rejects.toBe(reason);
    expect(requests[1]?.signal.aborted).toBe(true);
  });

  test("an already aborted signal sends nothing", async () => {
    const { org, requests } = pagedServer({ [first]: { ids: ["a"] } });
    const controller = new AbortController();
    controller.abort();
    await expect(
      collect(org.tenants.listAll({ limit: 2 }, { signal: controller.signal })),
    ).rejects.toThrow();
    expect(requests).toHaveLength(0);
  });

  test("an error on a later page is the typed error", async () => {
    const { org } = pagedServer({
      [first]: { ids: ["a"], next: `${BASE_URL}/api/core/tenants?next=gone` },
    });
    await expect(collect(org.tenants.listAll({ limit: 2 }))).rejects.toBeInstanceOf(
      BadRequestError,
    );
  });

  test("refuses a next link to another host (it would carry the token there)", async () => {
    const { org, requests } = pagedServer({
      [first]: { ids: ["a"], next: "https://elsewhere.example/api/core/tenants?next=x" },
    });
    await expect(collect(org.tenants.listAll({ limit: 2 }))).rejects.toBeInstanceOf(OrgClientError);
    expect(requests).toHaveLength(1);
  });

  test("a next link that is not a URL is an OrgClientError that quotes at most 200 characters of it", async () => {
    const { org } = pagedServer({ [first]: { ids: ["a"], next: "http://[not a url" } });
    await expect(collect(org.tenants.listAll({ limit: 2 }))).rejects.toThrow(
      "links.next.href is not a URL: http://[not a url",
    );
    const long = `http://[${"x".repeat(300)}`;
    const error = await collect(
      pagedServer({ [first]: { ids: ["a"], next: long } }).org.tenants.listAll({ limit: 2 }),
    ).catch((caught: unknown) => caught);
    expect((error as Error).message).toBe(`links.next.href is not a URL: ${long.slice(0, 200)}`);
  });

  test("the refusal of a next link to another host says where it pointed", async () => {
    const { org } = pagedServer({
      [first]: { ids: ["a"], next: "https://elsewhere.example/api/core/tenants?next=x" },
    });
    await expect(collect(org.tenants.listAll({ limit: 2 }))).rejects.toThrow(
      `Refusing to follow links.next.href to https://elsewhere.example/api/core/tenants?next=x: it is outside baseUrl ${BASE_URL}, and the client sends its credentials only there`,
    );
  });

  test("asks for each page once and yields each item once, ending on a page without a next link", async () => {
    const { org, requests } = pagedServer({
      [first]: { ids: ["a", "b"], next: second },
      [second]: { ids: ["c", "d"], next: third },
      [third]: { ids: ["e"] },
    });
    const ids = (await collect(org.tenants.listAll({ limit: 2 }))).map((t) => t.id);
    expect(ids).toEqual(["a", "b", "c", "d", "e"]);
    expect(requests.map((r) => r.url)).toEqual([first, second, third]);
  });

  test.each([
    ["null", null],
    ["an empty string", ""],
    ["a link without href", {}],
    ["a link whose href is no string", { href: 42 }],
  ])("a next link that is %s ends the walk", async (_what, next) => {
    const { org, requests } = clientWith(() =>
      json(200, {
        data: [tenant("a")],
        links: { next: next === null || typeof next === "object" ? next : { href: next } },
      }),
    );
    expect((await collect(org.tenants.listAll())).map((t) => t.id)).toEqual(["a"]);
    expect(requests).toHaveLength(1);
  });

  test("a page without its items list yields nothing from it and goes on", async () => {
    const { org } = clientWith((request) =>
      request.url === first
        ? json(200, { links: { next: { href: second } } })
        : json(200, { data: [tenant("b")], links: {} }),
    );
    expect((await collect(org.tenants.listAll({ limit: 2 }))).map((t) => t.id)).toEqual(["b"]);
  });

  test("stops when a page without a self link links to itself", async () => {
    const { org, requests } = pagedServer(
      { [first]: { ids: ["a"], next: second }, [second]: { ids: ["b"], next: second } },
      { withSelf: false },
    );
    expect((await collect(org.tenants.listAll({ limit: 2 }))).map((t) => t.id)).toEqual(["a", "b"]);
    expect(requests).toHaveLength(2);
  });

  test("a relative self link counts as the page it names", async () => {
    // The second page says it is "/api/core/tenants?page=2" and links back to itself absolutely.
    const secondPage = `${BASE_URL}/api/core/tenants?page=2`;
    const { org, requests } = clientWith((request) =>
      request.url === first
        ? json(200, {
            data: [tenant("a")],
            links: { next: { href: `${BASE_URL}/api/core/tenants?cursor=b` } },
          })
        : json(200, {
            data: [tenant("b")],
            links: { self: { href: "/api/core/tenants?page=2" }, next: { href: secondPage } },
          }),
    );
    expect((await collect(org.tenants.listAll({ limit: 2 }))).map((t) => t.id)).toEqual(["a", "b"]);
    expect(requests).toHaveLength(2);
  });

  test("a finished walk leaves no listener on the caller's signal", async () => {
    const { org } = pagedServer({
      [first]: { ids: ["a"], next: second },
      [second]: { ids: ["b"] },
    });
    const controller = new AbortController();
    await collect(org.tenants.listAll({ limit: 2 }, { signal: controller.signal }));
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  test("resolves a relative next link against the base URL", async () => {
    const { org, requests } = pagedServer({
      [first]: { ids: ["a"], next: "/api/core/tenants?limit=2&next=rel" },
      [`${BASE_URL}/api/core/tenants?limit=2&next=rel`]: { ids: ["b"] },
    });
    expect(await collect(org.tenants.listAll({ limit: 2 }))).toHaveLength(2);
    expect(requests[1]?.url).toBe(`${BASE_URL}/api/core/tenants?limit=2&next=rel`);
  });

  test("oauthClients.listAll walks OAuth clients the same way", async () => {
    const listFirst = `${BASE_URL}/api/core/oauth-clients?filter=appType%20eq%20%22web%22`;
    const listSecond = `${BASE_URL}/api/core/oauth-clients?next=cursor-2`;
    const oauthClient = (clientId: string) => ({
      clientId,
      clientName: clientId,
      appType: "web",
      createdAt: "2026-01-01T00:00:00Z",
    });
    const { org, requests } = clientWith((request) =>
      json(200, {
        data: request.url === listFirst ? [oauthClient("x")] : [oauthClient("y")],
        links: request.url === listFirst ? { next: { href: listSecond } } : {},
      }),
    );
    const ids = (await collect(org.oauthClients.listAll({ filter: 'appType eq "web"' }))).map(
      (c) => c.clientId,
    );
    expect(ids).toEqual(["x", "y"]);
    expect(requests.map((r) => r.url)).toEqual([listFirst, listSecond]);
  });
});
