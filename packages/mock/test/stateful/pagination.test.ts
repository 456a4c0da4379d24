// Cursor paging over 250 OAuth clients and over tenants: every sort, forwards and backwards,
// following the links exactly as returned.

import { beforeAll, describe, expect, test } from "vitest";
import { type Answer, createHarness, origin, webClient } from "./support/harness.js";

type Harness = ReturnType<typeof createHarness>;
interface Client {
  clientId: string;
  clientName: string;
  appType: string;
  createdAt: string;
  updatedAt: string;
}

const sortFields = ["clientId", "clientName", "appType", "createdAt", "updatedAt"] as const;
const appTypes = ["web", "native", "spa", "anonymous-embed"];

/**
 * Expected order, written from the documented rule: by the field (text case-insensitively, then
 * exactly), then by creation order in the same direction.
 */
/** Creation order of the 250 clients, by id. */
const creationRank = new Map<string, number>();

function expectedOrder(
  clients: readonly Client[],
  field: (typeof sortFields)[number],
  descending: boolean,
) {
  const keys = (c: Client): (string | number)[] =>
    field === "createdAt" || field === "updatedAt"
      ? [Date.parse(c[field])]
      : [c[field].toLowerCase(), c[field]];
  const sign = descending ? -1 : 1;
  return [...clients]
    .sort((a, b) => {
      const [x, y] = [keys(a), keys(b)];
      for (let i = 0; i < x.length; i++) {
        if (x[i] !== y[i]) return sign * ((x[i] as string) < (y[i] as string) ? -1 : 1);
      }
      return sign * ((creationRank.get(a.clientId) ?? 0) - (creationRank.get(b.clientId) ?? 0));
    })
    .map((c) => c.clientId);
}

async function walk(h: Harness, firstUrl: string, direction: "next" | "prev") {
  const pages: Answer[] = [];
  let url: string | undefined = firstUrl;
  while (url) {
    const page = await h.send("GET", url);
    expect(page.status, url).toBe(200);
    pages.push(page);
    url = page.body.links[direction]?.href;
    expect(pages.length).toBeLessThan(100);
  }
  return pages;
}

describe("OAuth client pagination across 250 clients", () => {
  let h: Harness;
  let clients: Client[];

  beforeAll(async () => {
    h = createHarness();
    await h.signIn();
    for (let i = 0; i < 250; i++) {
      // Every third creation shares the clock reading of the one before, so createdAt has ties.
      if (i % 3 !== 0) h.advance(1000);
      // Names repeat (ties) and vary in case (case-insensitive order).
      const name = `${i % 2 ? "Client" : "client"}-${String((i * 37) % 101).padStart(3, "0")}`;
      const created = await h.send("POST", "/api/core/oauth-clients", {
        json: { ...webClient(name), appType: appTypes[i % appTypes.length] },
      });
      expect(created.status).toBe(201);
      creationRank.set(created.body.clientId, i);
    }
    // Touch some clients so updatedAt differs from createdAt.
    const all = (await h.send("GET", "/api/core/oauth-clients?limit=1000")).body.data as Client[];
    for (const client of all.filter((_, i) => i % 7 === 0)) {
      h.advance(500);
      await h.send("PATCH", `/api/core/oauth-clients/${client.clientId}`, {
        json: [{ op: "replace", path: "/description", value: "touched" }],
      });
    }
    clients = (await h.send("GET", "/api/core/oauth-clients?limit=1000")).body.data;
    expect(clients).toHaveLength(250);
  });

  for (const field of sortFields) {
    for (const sign of ["+", "-"] as const) {
      test(`sort=${sign}${field}: forward via links.next, backward via links.prev`, async () => {
        const expected = expectedOrder(clients, field, sign === "-");
        const first = `/api/core/oauth-clients?limit=17&sort=${encodeURIComponent(`${sign}${field}`)}`;

        const forward = await walk(h, first, "next");
        expect(forward).toHaveLength(Math.ceil(250 / 17));
        expect(forward[0]?.body.links.prev).toBeUndefined();
        expect(forward.at(-1)?.body.links.next).toBeUndefined();
        for (const page of forward.slice(0, -1)) expect(page.body.data).toHaveLength(17);
        const forwardIds = forward.flatMap((p) => p.body.data.map((c: Client) => c.clientId));
        expect(forwardIds).toEqual(expected);

        for (const page of forward) {
          for (const link of Object.values<{ href: string }>(page.body.links)) {
            expect(link.href.startsWith(`${origin}/api/core/oauth-clients?`)).toBe(true);
            expect(new URL(link.href).searchParams.get("sort")).toBe(`${sign}${field}`);
          }
        }

        // From the last page back to the first: the same pages in reverse.
        const last = forward.at(-1)?.body.links.self.href as string;
        const backward = await walk(h, last, "prev");
        const backwardIds = backward
          .reverse()
          .flatMap((p) => p.body.data.map((c: Client) => c.clientId));
        expect(backwardIds).toEqual(expected);
      });
    }
  }

  test("the default order is oldest first", async () => {
    const page = await h.send("GET", "/api/core/oauth-clients?limit=250");
    expect(page.body.data.map((c: Client) => c.clientId)).toEqual(
      expectedOrder(clients, "createdAt", false),
    );
  });

  test("totalResults only when asked, and the same on every page", async () => {
    for (const query of ["limit=5", "limit=5&totalResults=false"]) {
      expect((await h.send("GET", `/api/core/oauth-clients?${query}`)).body).not.toHaveProperty(
        "totalResults",
      );
    }
    const pages = await walk(h, "/api/core/oauth-clients?limit=100&totalResults=true", "next");
    expect(pages.map((p) => p.body.totalResults)).toEqual([250, 250, 250]);
    const filtered = await h.send(
      "GET",
      `/api/core/oauth-clients?limit=5&totalResults=true&filter=${encodeURIComponent('appType eq "spa"')}`,
    );
    expect(filtered.body.totalResults).toBe(clients.filter((c) => c.appType === "spa").length);
  });

  test("links keep the filter, so every page is filtered", async () => {
    const filter = 'appType eq "native" or appType eq "spa"';
    const pages = await walk(
      h,
      `/api/core/oauth-clients?limit=20&sort=-clientName&filter=${encodeURIComponent(filter)}`,
      "next",
    );
    const items = pages.flatMap((p) => p.body.data as Client[]);
    expect(items.map((c) => c.clientId)).toEqual(
      expectedOrder(
        clients.filter((c) => c.appType === "native" || c.appType === "spa"),
        "clientName",
        true,
      ),
    );
  });

  test("limit=0 gives an empty page without neighbours", async () => {
    const page = await h.send("GET", "/api/core/oauth-clients?limit=0&totalResults=true");
    expect(page.body).toEqual({
      data: [],
      links: { self: { href: `${origin}/api/core/oauth-clients?limit=0&totalResults=true` } },
      totalResults: 250,
    });
  });

  test("a fractional limit is an upper bound: limit=2.5 pages by 2, and the links keep it", async () => {
    const all = (await h.send("GET", "/api/core/oauth-clients?limit=100")).body.data.map(
      (c: Client) => c.clientId,
    );
    const first = await h.send("GET", "/api/core/oauth-clients?limit=2.5");
    expect(first.body.data.map((c: Client) => c.clientId)).toEqual(all.slice(0, 2));
    expect(new URL(first.body.links.next.href).searchParams.get("limit")).toBe("2.5");
    const second = await h.send("GET", first.body.links.next.href);
    expect(second.body.data.map((c: Client) => c.clientId)).toEqual(all.slice(2, 4));
  });

  test("a positive limit below 1 pages by 1, so a listing that follows next links never ends early", async () => {
    const all = (await h.send("GET", "/api/core/oauth-clients?limit=100")).body.data.map(
      (c: Client) => c.clientId,
    );
    const first = await h.send("GET", "/api/core/oauth-clients?limit=0.5");
    expect(first.body.data.map((c: Client) => c.clientId)).toEqual(all.slice(0, 1));
    const second = await h.send("GET", first.body.links.next.href);
    expect(second.body.data.map((c: Client) => c.clientId)).toEqual(all.slice(1, 2));
  });

  test.each([
    ["3", 3],
    ["3.", 3],
    [".5", 1],
    ["1e1", 10],
    ["1E+1", 10],
    ["25e-1", 2],
    ["-2", 0],
  ])("limit=%s is read as a number: a page of %i", async (limit, size) => {
    const page = await h.send("GET", `/api/core/oauth-clients?limit=${encodeURIComponent(limit)}`);
    expect(page.status).toBe(200);
    expect(page.body.data).toHaveLength(size);
  });

  test.each(["1x", "x1", "1e", "e1", ".", "1.2.3", "--1", "0x10"])(
    "limit=%s is not a number: 400",
    async (limit) => {
      const page = await h.send(
        "GET",
        `/api/core/oauth-clients?limit=${encodeURIComponent(limit)}`,
      );
      expect(page.status).toBe(400);
      expect(page.body.errors[0].detail).toBe('query parameter "limit" must be a number.');
    },
  );

  test("a negative limit gives an empty page, as limit=0 does", async () => {
    const page = await h.send("GET", "/api/core/oauth-clients?limit=-1");
    expect(page.status).toBe(200);
    expect(page.body.data).toEqual([]);
  });

  test("next and prev together: next wins", async () => {
    const first = await h.send("GET", "/api/core/oauth-clients?limit=3");
    const second = await h.send("GET", first.body.links.next.href);
    const next = new URL(second.body.links.next.href).searchParams.get("next") as string;
    const prev = new URL(second.body.links.prev.href).searchParams.get("prev") as string;
    const both = await h.send(
      "GET",
      `/api/core/oauth-clients?limit=3&next=${encodeURIComponent(next)}&prev=${encodeURIComponent(prev)}`,
    );
    const third = await h.send("GET", second.body.links.next.href);
    expect(both.status).toBe(200);
    expect(both.body.data).toEqual(third.body.data);
    // Its links name one cursor each, never both.
    expect(new URL(both.body.links.next.href).searchParams.has("prev")).toBe(false);
    expect(new URL(both.body.links.prev.href).searchParams.has("next")).toBe(false);
  });

  test.each([
    ["next=bm90LWEtY3Vyc29y", "next"],
    ["prev=%%%", "prev"],
  ])("%s is refused with 400", async (query, parameter) => {
    const answer = await h.send("GET", `/api/core/oauth-clients?${query}`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].detail).toContain(parameter);
  });
});

describe("cursor stability while the list changes", () => {
  test("deleting the anchor client between pages neither skips nor repeats a client", async () => {
    const h = createHarness();
    await h.signIn();
    for (let i = 0; i < 10; i++) {
      h.advance(1000);
      await h.send("POST", "/api/core/oauth-clients", { json: webClient(`c${i}`) });
    }
    const first = await h.send("GET", "/api/core/oauth-clients?limit=4");
    const ids: string[] = first.body.data.map((c: Client) => c.clientId);
    const anchor = ids.at(-1) as string;
    await h.send("DELETE", `/api/core/oauth-clients/${anchor}`, {
      headers: { "qlik-confirm-delete": anchor },
    });
    const second = await h.send("GET", first.body.links.next.href);
    const all = (await h.send("GET", "/api/core/oauth-clients?limit=100")).body.data.map(
      (c: Client) => c.clientId,
    );
    expect(second.body.data.map((c: Client) => c.clientId)).toEqual(all.slice(3, 7));
  });
});

describe("tenant pagination", () => {
  const regions = ["us-east-1", "eu-west-1", "ap-southeast-2"];
  const statuses = ["active", "disabled", "deleted", "deactivated"];
  const tenants = Array.from({ length: 60 }, (_, i) => ({
    id: `tenant${String(i).padStart(3, "0")}`,
    ...(i % 5 === 4 ? {} : { name: `Tenant ${String((i * 13) % 17).padStart(2, "0")}` }),
    hostnames: [`t${(i * 7) % 23}.qlikcloud.com`, `alias${i}.qlikcloud.com`],
    regionCode: regions[i % 3] as string,
    countryCode: ["US", "DE", "AU", "SE"][i % 4] as string,
    status: statuses[(i * 3) % 4] as "active",
    createdAt: new Date(Date.UTC(2025, 0, 1 + (i % 20))).toISOString(),
    updatedAt: new Date(Date.UTC(2026, 0, 1 + ((i * 11) % 29))).toISOString(),
    subscriptionId: `sub-${i % 4}`,
  }));
  const h = createHarness({
    seed: {
      credentials: [{ clientId: "mock-client-id", clientSecret: "mock-client-secret" }],
      tenants,
    },
  });
  const fields = [
    "name",
    "regionCode",
    "countryCode",
    "hostnames",
    "createdAt",
    "updatedAt",
    "status",
    "subscriptionId",
  ];

  // Documented rule for tenants: comma-separated keys, a missing value after every value, ties in
  // seed order.
  function expected(keys: { field: string; descending: boolean }[]) {
    const value = (t: (typeof tenants)[number], field: string) => {
      const raw = (t as Record<string, unknown>)[field];
      if (field === "hostnames") return (raw as string[]).join("\u0000");
      if (field.endsWith("At")) return Date.parse(raw as string);
      return raw as string | undefined;
    };
    const compare = (x: unknown, y: unknown) =>
      x === y
        ? 0
        : x === undefined
          ? 1
          : y === undefined
            ? -1
            : (x as string) < (y as string)
              ? -1
              : 1;
    return [...tenants]
      .sort((a, b) => {
        for (const { field, descending } of keys) {
          const order = compare(value(a, field), value(b, field));
          if (order !== 0) return descending ? -order : order;
        }
        const tie = tenants.indexOf(a) - tenants.indexOf(b);
        return keys[0]?.descending ? -tie : tie;
      })
      .map((t) => t.id);
  }

  const sorts = [
    ...fields.flatMap((field) => [[{ field, descending: false }], [{ field, descending: true }]]),
    [
      { field: "regionCode", descending: true },
      { field: "name", descending: false },
    ],
    [
      { field: "status", descending: false },
      { field: "countryCode", descending: true },
      { field: "createdAt", descending: false },
    ],
  ];

  for (const keys of sorts) {
    const sort = keys.map((k) => `${k.descending ? "-" : "+"}${k.field}`).join(",");
    test(`sort=${sort} pages both ways through listTenants and filterTenants`, async () => {
      await h.signIn();
      const want = expected(keys);
      const forward = await walk(
        h,
        `/api/core/tenants?limit=7&sort=${encodeURIComponent(sort)}`,
        "next",
      );
      expect(forward.flatMap((p) => p.body.data.map((t: { id: string }) => t.id))).toEqual(want);
      const backward = await walk(h, forward.at(-1)?.body.links.self.href, "prev");
      expect(
        backward.reverse().flatMap((p) => p.body.data.map((t: { id: string }) => t.id)),
      ).toEqual(want);

      // filterTenants: the same pages, the filter repeated in the body of every followed link.
      const filter = { filter: 'subscriptionId eq "sub-1" or subscriptionId eq "sub-2"' };
      const ids: string[] = [];
      let url: string | undefined =
        `/api/core/tenants/actions/filter?limit=4&sort=${encodeURIComponent(sort)}`;
      while (url) {
        const page = await h.send("POST", url, { json: filter });
        expect(page.status).toBe(200);
        ids.push(...page.body.data.map((t: { id: string }) => t.id));
        url = page.body.links.next?.href;
      }
      const inSubs = new Set(
        tenants.filter((t) => ["sub-1", "sub-2"].includes(t.subscriptionId)).map((t) => t.id),
      );
      expect(ids).toEqual(want.filter((id) => inSubs.has(id)));
    });
  }

  test("the cursor is a tenant id, and the next link uses next= as documented", async () => {
    await h.signIn();
    const page = await h.send("GET", "/api/core/tenants?limit=2&sort=name");
    const next = new URL(page.body.links.next.href);
    expect(next.searchParams.get("next")).toBe(page.body.data[1].id);
    const unknown = await h.send("GET", "/api/core/tenants?next=not-a-tenant");
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]).toMatchObject({ status: "400", source: { parameter: "next" } });
  });

  test("limit defaults to 20 and a raw + in sort must be written %2B", async () => {
    await h.signIn();
    expect((await h.send("GET", "/api/core/tenants")).body.data).toHaveLength(20);
    expect((await h.send("GET", "/api/core/tenants?sort=%2Bname")).status).toBe(200);
    // An unencoded + is a space in a query string, which is not a sortable field.
    expect((await h.send("GET", "/api/core/tenants?sort=+name")).status).toBe(400);
    const twice = await h.send("GET", "/api/core/tenants?sort=name,-name");
    expect(twice.status).toBe(400);
    expect(twice.body.errors[0]).toMatchObject({
      detail: 'The sort field "name" is given more than once.',
      source: { parameter: "sort" },
    });
  });

  test("totalResults counts the matching tenants when asked, on lists and filters alike", async () => {
    await h.signIn();
    const listed = await h.send("GET", "/api/core/tenants?limit=2&totalResults=true");
    expect(listed.body.totalResults).toBe(60);
    expect(listed.body.data).toHaveLength(2);
    const filtered = await h.send("POST", "/api/core/tenants/actions/filter?totalResults=true", {
      json: { filter: 'subscriptionId eq "sub-1"' },
    });
    expect(filtered.body.totalResults).toBe(15);
    for (const query of ["", "?totalResults=false"]) {
      expect((await h.send("GET", `/api/core/tenants${query}`)).body).not.toHaveProperty(
        "totalResults",
      );
    }
  });
});

describe("the ends of a listing", () => {
  /** Five clients, c1 to c5, created in that order at one instant; sends go with a token. */
  async function fiveClients() {
    const h = createHarness();
    await h.signIn();
    for (const name of ["c1", "c2", "c3", "c4", "c5"]) {
      await h.send("POST", "/api/core/oauth-clients", { json: webClient(name) });
    }
    const names = (answer: Answer) => answer.body.data.map((c: Client) => c.clientName);
    const remove = async (...clientNames: string[]) => {
      const all = (await h.send("GET", "/api/core/oauth-clients")).body.data as Client[];
      for (const client of all.filter((c) => clientNames.includes(c.clientName))) {
        await h.send("DELETE", `/api/core/oauth-clients/${client.clientId}`, {
          headers: { "qlik-confirm-delete": client.clientId },
        });
      }
    };
    return { h, names, remove };
  }

  test("clients created at one instant list in creation order, and reversed with -createdAt", async () => {
    const { h, names } = await fiveClients();
    expect(names(await h.send("GET", "/api/core/oauth-clients"))).toEqual([
      "c1",
      "c2",
      "c3",
      "c4",
      "c5",
    ]);
    expect(names(await h.send("GET", "/api/core/oauth-clients?sort=-createdAt"))).toEqual([
      "c5",
      "c4",
      "c3",
      "c2",
      "c1",
    ]);
  });

  test("the first page has no prev link, the last no next, and a prev page is a full page", async () => {
    const { h, names } = await fiveClients();
    const first = await h.send("GET", "/api/core/oauth-clients?limit=2");
    expect(Object.keys(first.body.links).sort()).toEqual(["next", "self"]);
    const second = await h.send("GET", first.body.links.next.href);
    expect(Object.keys(second.body.links).sort()).toEqual(["next", "prev", "self"]);
    const last = await h.send("GET", second.body.links.next.href);
    expect(names(last)).toEqual(["c5"]);
    expect(Object.keys(last.body.links).sort()).toEqual(["prev", "self"]);
    expect(names(await h.send("GET", last.body.links.prev.href))).toEqual(["c3", "c4"]);
  });

  test("a next link whose anchor and everything after it were deleted gives an empty page", async () => {
    const { h, names, remove } = await fiveClients();
    const first = await h.send("GET", "/api/core/oauth-clients?limit=4");
    await remove("c2", "c3", "c4", "c5");
    const next = await h.send("GET", first.body.links.next.href);
    expect(next.status).toBe(200);
    expect(names(next)).toEqual([]);
    expect(Object.keys(next.body.links)).toEqual(["self"]);
  });

  test("a prev link whose anchor and everything after it were deleted gives the last page left", async () => {
    const { h, names, remove } = await fiveClients();
    const first = await h.send("GET", "/api/core/oauth-clients?limit=2");
    const second = await h.send("GET", first.body.links.next.href);
    await remove("c3", "c4", "c5");
    const prev = await h.send("GET", second.body.links.prev.href);
    expect(names(prev)).toEqual(["c1", "c2"]);
  });

  test("list items show the client's consentMethod", async () => {
    const { h } = await fiveClients();
    const page = await h.send("GET", "/api/core/oauth-clients?limit=1");
    expect(page.body.data[0].connectionConfig).toEqual({ consentMethod: "required" });
  });
});

describe("OAuth client cursors", () => {
  const base64url = (text: string | Uint8Array) => Buffer.from(text).toString("base64url");

  test("are URL-safe whatever the names hold, and lead through every client", async () => {
    const h = createHarness();
    await h.signIn();
    // Names whose bytes give "+" and "/" in standard base64.
    const clientNames = ["~~~", "~~~~", "???", "????", "~?~?~", ">>>?"];
    for (const name of clientNames) {
      await h.send("POST", "/api/core/oauth-clients", { json: webClient(name) });
    }
    const pages = await walk(h, "/api/core/oauth-clients?limit=1", "next");
    expect(pages.flatMap((p) => p.body.data.map((c: Client) => c.clientName))).toEqual(clientNames);
    for (const page of pages.slice(0, -1)) {
      expect(new URL(page.body.links.next.href).searchParams.get("next")).toMatch(
        /^[A-Za-z0-9_-]+$/,
      );
    }
  });

  test("that this server did not issue are refused", async () => {
    const h = createHarness();
    await h.signIn();
    // A name of a length whose cursor needs padding in standard base64.
    await h.send("POST", "/api/core/oauth-clients", { json: webClient("ab") });
    await h.send("POST", "/api/core/oauth-clients", { json: webClient("b") });
    const first = await h.send("GET", "/api/core/oauth-clients?limit=1");
    const issued = new URL(first.body.links.next.href).searchParams.get("next") as string;
    const fields = { s: 0, i: "x", n: "a", a: "web", c: "2026-03-01T12:00:00.000Z" };
    const forged = [
      // The issued cursor in standard base64, with padding.
      Buffer.from(issued, "base64url").toString("base64"),
      base64url(JSON.stringify({ ...fields, i: 1 })),
      base64url(JSON.stringify({ ...fields, c: null })),
      base64url(JSON.stringify({ ...fields, u: 5 })),
      base64url(JSON.stringify({ ...fields, s: "0" })),
      base64url(JSON.stringify({ ...fields, s: 0.5 })),
      base64url("not json"),
      // Not UTF-8: a byte that starts no character, inside the client id.
      base64url(
        new Uint8Array([
          ...Buffer.from('{"s":0,"i":"'),
          0xff,
          ...Buffer.from('","n":"a","a":"web","c":"x"}'),
        ]),
      ),
    ];
    expect(forged[0]).toMatch(/=$/);
    for (const cursor of forged) {
      const answer = await h.send(
        "GET",
        `/api/core/oauth-clients?next=${encodeURIComponent(cursor)}`,
      );
      expect(answer.status, cursor).toBe(400);
      expect(answer.body.errors[0].detail).toBe(
        "The next cursor is not one this server issued; follow links.next.href as returned.",
      );
    }
  });
});

describe("tenant sort order in detail", () => {
  const tenant = (id: string, extra: Record<string, unknown>) => ({
    id,
    hostnames: [`${id}.qlikcloud.com`],
    regionCode: "us-east-1",
    countryCode: "US",
    status: "active" as const,
    createdAt: "2025-01-01T00:00:00.000Z",
    ...extra,
  });
  const h = createHarness({
    seed: {
      credentials: [{ clientId: "mock-client-id", clientSecret: "mock-client-secret" }],
      tenants: [
        tenant("t-alpha", {
          name: "alpha",
          hostnames: ["a.qlikcloud.com", "b.qlikcloud.com"],
          createdAt: "2025-06-01T00:00:00.000Z",
        }),
        // Created before 2001: its timestamp has fewer digits than the others'.
        tenant("t-zulu", {
          name: "Zulu",
          hostnames: ["a.qlikcloud.com"],
          createdAt: "1999-12-31T00:00:00.000Z",
        }),
        tenant("t-none", { hostnames: ["c.qlikcloud.com"], createdAt: "2024-01-01T00:00:00.000Z" }),
      ],
    },
  });
  const order = async (query: string) => {
    await h.signIn();
    const answer = await h.send("GET", `/api/core/tenants?${query}`);
    expect(answer.status, answer.text).toBe(200);
    return answer.body.data.map((t: { id: string }) => t.id);
  };

  test.each([
    // A missing name sorts after every name, even one after "undefined" in the alphabet.
    ["sort=name", ["t-alpha", "t-zulu", "t-none"]],
    ["sort=-name", ["t-none", "t-zulu", "t-alpha"]],
    // Timestamps compare as instants, not as text.
    ["sort=createdAt", ["t-zulu", "t-none", "t-alpha"]],
    // The default order is the same: oldest first.
    ["", ["t-zulu", "t-none", "t-alpha"]],
    // A list of hostnames that begins another sorts before it.
    ["sort=hostnames", ["t-zulu", "t-alpha", "t-none"]],
    ["sort=-hostnames", ["t-none", "t-alpha", "t-zulu"]],
  ])("%s", async (query, ids) => {
    expect(await order(query)).toEqual(ids);
  });

  test("each tenant links to itself at the URL it was listed from, and a missing name is no match", async () => {
    await h.signIn();
    const listed = await h.send("GET", "/api/core/tenants?sort=name");
    expect(listed.body.data[0].links).toEqual({
      self: { href: `${origin}/api/core/tenants/t-alpha` },
    });
    const named = await h.send(
      "GET",
      `/api/core/tenants?filter=${encodeURIComponent('name eq "zulu"')}`,
    );
    expect(named.body.data.map((t: { id: string }) => t.id)).toEqual(["t-zulu"]);
  });
});
