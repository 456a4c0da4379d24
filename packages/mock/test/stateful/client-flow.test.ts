// The OAuth-client flow through @qlik-org/client, run against the stateful mode and against the
// Prism mode. Each step records whether the mode honoured it; the stateful mode must honour all,
// and the README's "Stateful mode vs Prism" table must say exactly what this run found. Every
// response the client receives from the stateful mode is checked against the spec on its way in.

import { readFileSync } from "node:fs";
import {
  BadRequestError,
  ConflictError,
  createOrgClient,
  NotFoundError,
  type OrgClient,
  TokenRequestError,
} from "@qlik-org/client";
import spec from "@qlik-org/generated/openapi.json" with { type: "json" };
import { afterAll, describe, expect, test } from "vitest";
import { type MockServer, startMockServer } from "../../src/index.js";
import { withSpecChecks } from "./support/spec-conformance.js";

const credential = { clientId: "mock-client-id", clientSecret: "mock-client-secret" };

interface FlowContext {
  readonly org: OrgClient;
  readonly baseUrl: string;
  /** The fetch every client of this flow uses (through the spec checks, for the stateful mode). */
  readonly fetch: typeof fetch;
  /** Moves the server's clock (stateful mode only; a no-op for Prism). */
  readonly advanceServerClock: (ms: number) => void;
  /** How often the server answered 401 to a call other than the token request. */
  readonly unauthorizedAnswers: () => number;
  readonly name: string;
  clientId?: string;
  hints: string[];
}

interface Step {
  readonly name: string;
  /** Resolves true when the mode behaved as the documented API does. */
  readonly run: (ctx: FlowContext) => Promise<boolean>;
}

async function rejectsWith(promise: Promise<unknown>, errorClass: new (...args: never[]) => Error) {
  try {
    await promise;
    return false;
  } catch (error) {
    return error instanceof errorClass;
  }
}

/** How many clients the paging step creates: several pages of 7 in every order, and still fast. */
const manyClients = 60;
const appTypes = ["web", "native", "spa", "anonymous-embed"] as const;
/** Every documented `sort` of listOAuthClients, both directions, from the spec itself. */
const oauthClientSorts: readonly string[] =
  spec.components.parameters.OAuthClientListSort.schema.enum;

type ListedClient = Awaited<ReturnType<OrgClient["oauthClients"]["list"]>>["data"][number];

/** The cursor a link carries, or undefined when the link leads off this server (Prism's examples). */
function cursorOf(href: string | undefined, name: "next" | "prev", baseUrl: string) {
  if (href === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  return url.origin === new URL(baseUrl).origin
    ? (url.searchParams.get(name) ?? undefined)
    : undefined;
}

/**
 * Pages forwards with `links.next` to the end, then backwards with `links.prev` from the last page
 * to the first; null when a link is missing or leads elsewhere, or the walk never ends.
 */
async function walkBothWays(
  { org, baseUrl }: FlowContext,
  query: { filter: string; sort: string; limit: number },
): Promise<{ forward: ListedClient[]; backward: ListedClient[] } | null> {
  const typedQuery = query as Parameters<OrgClient["oauthClients"]["list"]>[0];
  let page = await org.oauthClients.list(typedQuery);
  const forward = [...page.data];
  for (let pages = 1; page.links.next; pages++) {
    const next = cursorOf(page.links.next.href, "next", baseUrl);
    if (next === undefined || pages > 50) return null;
    page = await org.oauthClients.list({ ...typedQuery, next });
    forward.push(...page.data);
  }
  const backward = [...page.data];
  for (let pages = 1; page.links.prev; pages++) {
    const prev = cursorOf(page.links.prev.href, "prev", baseUrl);
    if (prev === undefined || pages > 50) return null;
    page = await org.oauthClients.list({ ...typedQuery, prev });
    backward.unshift(...page.data);
  }
  return { forward, backward };
}

/** Whether `clients` are in ascending order of `field` (text case-insensitively, a missing value last). */
function isAscending(clients: readonly ListedClient[], field: string): boolean {
  const key = (client: ListedClient): string | number | undefined => {
    const value = (client as unknown as Record<string, string | undefined>)[field];
    if (value === undefined) return undefined;
    return field.endsWith("At") ? Date.parse(value) : value.toLowerCase();
  };
  return clients.every((client, i) => {
    if (i === 0) return true;
    const [a, b] = [key(clients[i - 1] as ListedClient), key(client)];
    if (a === undefined) return b === undefined;
    return b === undefined || a <= b;
  });
}

const steps: Step[] = [
  {
    name: "token for valid credentials",
    run: async ({ org }) => typeof (await org.auth.getToken()) === "string",
  },
  {
    name: "401 for wrong credentials",
    run: ({ baseUrl, fetch }) =>
      rejectsWith(
        createOrgClient({
          baseUrl,
          fetch,
          auth: { clientId: "mock-client-id", clientSecret: "wrong" },
          retry: false,
          throttle: false,
        }).auth.getToken(),
        TokenRequestError,
      ),
  },
  {
    name: "create returns the client and its secret once",
    run: async (ctx) => {
      const created = await ctx.org.oauthClients.create({
        appType: "web",
        clientName: ctx.name,
        allowedGrantTypes: ["client_credentials"],
        allowedAuthMethods: ["client_secret"],
      });
      ctx.clientId = created.clientId;
      ctx.hints = (created.clientSecrets ?? []).map((s) => s.hint);
      return typeof created.clientSecret === "string" && created.clientSecret.length > 0;
    },
  },
  {
    name: "list finds the created client",
    run: async ({ org, name }) =>
      (await org.oauthClients.list({ limit: 100 })).data.some((c) => c.clientName === name),
  },
  {
    name: "a filtered list pages both ways in every sort order",
    run: async (ctx) => {
      const prefix = `${ctx.name}-many-`;
      const created = new Set<string>();
      for (let i = 0; i < manyClients; i++) {
        const { clientId } = await ctx.org.oauthClients.create({
          appType: appTypes[i % appTypes.length] as "web",
          // Mixed case, so text sorts are seen to ignore it.
          clientName: `${prefix}${["alpha", "Beta", "gamma", "Delta"][i % 4]}-${i}`,
        });
        created.add(clientId);
      }
      const filter = `clientName co "${prefix}"`;
      const forwards = new Map<string, string[]>();
      for (const sort of oauthClientSorts) {
        const walked = await walkBothWays(ctx, { filter, sort, limit: 7 });
        if (!walked) return false;
        // Backwards from the last page, the same clients in the same order; every client once.
        const ids = walked.forward.map((c) => c.clientId);
        if (JSON.stringify(ids) !== JSON.stringify(walked.backward.map((c) => c.clientId))) {
          return false;
        }
        if (ids.length !== created.size || !ids.every((id) => created.has(id))) return false;
        if (sort.startsWith("+") && !isAscending(walked.forward, sort.slice(1))) return false;
        forwards.set(sort, ids);
      }
      // `-x` is exactly the reverse of `+x`.
      return oauthClientSorts.every(
        (sort) =>
          sort.startsWith("+") ||
          JSON.stringify(forwards.get(sort)) ===
            JSON.stringify([...(forwards.get(`+${sort.slice(1)}`) ?? [])].reverse()),
      );
    },
  },
  {
    name: "get returns the created client",
    run: async ({ org, clientId, name }) => {
      const client = await org.oauthClients.get(clientId as string);
      return client.clientName === name && !("clientSecret" in client);
    },
  },
  {
    name: "update changes clientName (204, then visible)",
    run: async ({ org, clientId, name }) => {
      const result = await org.oauthClients.update(clientId as string, [
        { op: "replace", path: "/clientName", value: `${name}-renamed` },
      ]);
      const after = await org.oauthClients.get(clientId as string);
      return result === undefined && after.clientName === `${name}-renamed`;
    },
  },
  {
    name: "secrets: 5 in all, 409 on the sixth",
    run: async (ctx) => {
      for (let i = 0; i < 4; i++) {
        ctx.hints.push((await ctx.org.oauthClients.createSecret(ctx.clientId as string)).hint);
      }
      return rejectsWith(ctx.org.oauthClients.createSecret(ctx.clientId as string), ConflictError);
    },
  },
  {
    name: "delete secret by hint removes it",
    run: async ({ org, clientId, hints }) => {
      const hint = hints[1] as string;
      await org.oauthClients.deleteSecret(clientId as string, hint);
      const after = await org.oauthClients.get(clientId as string);
      return (
        !(after.clientSecrets ?? []).some((s) => s.hint === hint) &&
        (await rejectsWith(org.oauthClients.deleteSecret(clientId as string, hint), NotFoundError))
      );
    },
  },
  {
    name: "delete with a wrong qlik-confirm-delete is 400",
    run: async ({ org, clientId }) => {
      const { response } = await org.DELETE("/api/core/oauth-clients/{id}", {
        params: {
          path: { id: clientId as string },
          header: { "qlik-confirm-delete": "not-the-id" },
        },
      });
      return response.status === 400;
    },
  },
  {
    name: "delete client, then get is 404",
    run: async ({ org, clientId }) => {
      await org.oauthClients.delete(clientId as string);
      return rejectsWith(org.oauthClients.get(clientId as string), NotFoundError);
    },
  },
  {
    name: "listAll pages through every client via links.next",
    run: async ({ org, name }) => {
      const created = new Set<string>();
      for (let i = 0; i < 7; i++) {
        created.add(
          (await org.oauthClients.create({ appType: "spa", clientName: `${name}-page-${i}` }))
            .clientId,
        );
      }
      const seen: string[] = [];
      try {
        for await (const client of org.oauthClients.listAll({ limit: 3, sort: "+clientName" })) {
          if (client.clientName.startsWith(`${name}-page-`)) seen.push(client.clientId);
        }
      } catch {
        return false;
      }
      return seen.length === created.size && seen.every((id) => created.has(id));
    },
  },
  {
    name: "list with both next and prev is 200",
    run: async ({ org }) => {
      const first = await org.oauthClients.list({ limit: 1 });
      let cursor = "opaque";
      try {
        cursor = new URL(first.links.next?.href ?? "").searchParams.get("next") ?? cursor;
      } catch {
        // Prism's example links are placeholders; any cursor does for it.
      }
      const { response } = await org.GET("/api/core/oauth-clients", {
        params: { query: { limit: 1, next: cursor, prev: cursor } },
      });
      return response.status === 200;
    },
  },
  {
    name: "invalid filter is 400",
    run: ({ org }) =>
      rejectsWith(org.oauthClients.list({ filter: 'appType eq "web" and' }), BadRequestError),
  },
  {
    name: "sort outside the enum is 400",
    run: async ({ org }) => {
      const { response } = await org.GET("/api/core/oauth-clients", {
        // biome-ignore lint/suspicious/noExplicitAny: deliberately outside the enum.
        params: { query: { sort: "-description" as any } },
      });
      return response.status === 400;
    },
  },
  {
    name: "expired token is 401, the client fetches a new one",
    run: async (ctx) => {
      const before = ctx.unauthorizedAnswers();
      ctx.advanceServerClock(21600 * 1000);
      await ctx.org.tenants.list();
      // The server refused the old token once; the client then got a new one and the call succeeded.
      return ctx.unauthorizedAnswers() === before + 1;
    },
  },
];

type Mode = "stateful" | "Prism";
const found: Record<Mode, Map<string, boolean>> = { stateful: new Map(), Prism: new Map() };
const specChecks: Partial<Record<Mode, ReturnType<typeof withSpecChecks>>> = {};
const servers: MockServer[] = [];

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

async function runFlow(mode: Mode): Promise<void> {
  // Starts at real time: the client schedules its own token refresh from `expires_at` by its clock.
  let now = Date.now();
  const server =
    mode === "stateful"
      ? await startMockServer({ stateful: true, clock: () => new Date(now), randomSeed: 3 })
      : await startMockServer();
  servers.push(server);
  let unauthorizedAnswers = 0;
  // Every response, the token requests' included, is checked against the spec before the client
  // sees it; mismatches are collected and must be none at the end.
  const checked = withSpecChecks(
    { handle: (request) => fetch(request) },
    { throwOnMismatch: false },
  );
  specChecks[mode] = checked;
  const flowFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const response = await checked.handle(request);
    if (response.status === 401 && new URL(request.url).pathname !== "/oauth/token")
      unauthorizedAnswers++;
    return response;
  };
  const org = createOrgClient({
    baseUrl: server.url,
    auth: credential,
    retry: false,
    throttle: false,
    fetch: flowFetch,
  });
  const ctx: FlowContext = {
    org,
    baseUrl: server.url,
    fetch: flowFetch,
    advanceServerClock: (ms) => {
      now += ms;
    },
    unauthorizedAnswers: () => unauthorizedAnswers,
    name: `flow-${mode}`,
    hints: [],
  };
  for (const step of steps) {
    if (mode === "stateful") {
      // Every step must hold here; an error is a failure with its own message.
      found[mode].set(step.name, await step.run(ctx));
    } else {
      found[mode].set(step.name, await step.run(ctx).catch(() => false));
    }
  }
}

describe("the flow through @qlik-org/client", () => {
  test("the stateful mode honours every step", async () => {
    await runFlow("stateful");
    expect(Object.fromEntries(found.stateful)).toEqual(
      Object.fromEntries(steps.map((s) => [s.name, true])),
    );
    // Every response the client received matched the spec for its operation and status.
    expect(specChecks.stateful?.problems).toEqual([]);
    expect([...(specChecks.stateful?.seen ?? [])].sort()).toEqual(
      expect.arrayContaining([
        "requestToken 200",
        "requestToken 401",
        "createOAuthClient 201",
        "listOAuthClients 200",
        "listOAuthClients 400",
        "getOAuthClient 200",
        "getOAuthClient 404",
        "patchOAuthClient 204",
        "createOAuthClientSecret 201",
        "createOAuthClientSecret 409",
        "deleteOAuthClientSecret 204",
        "deleteOAuthClientSecret 404",
        "deleteOAuthClient 400",
        "deleteOAuthClient 204",
        "listTenants 401",
        "listTenants 200",
      ]),
    );
  });

  test("the Prism mode answers every step from examples, so only some hold", async () => {
    await runFlow("Prism");
    const honoured = steps.filter((s) => found.Prism.get(s.name)).map((s) => s.name);
    // The steps that need no memory and no credential check.
    expect(honoured).toEqual([
      "token for valid credentials",
      "create returns the client and its secret once",
      "list with both next and prev is 200",
      "sort outside the enum is 400",
    ]);
    // Prism's example answers match the spec too.
    expect(specChecks.Prism?.problems).toEqual([]);
  });

  test("the README's table says what this run found", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("### Stateful mode vs Prism"));
    const rows = [...section.matchAll(/^\|\s*(.+?)\s*\|\s*(yes|no)\s*\|\s*(yes|no)\s*\|$/gm)].map(
      (m) => ({
        step: m[1],
        stateful: m[2] === "yes",
        prism: m[3] === "yes",
      }),
    );
    expect(rows).toEqual(
      steps.map((s) => ({
        step: s.name,
        stateful: found.stateful.get(s.name),
        prism: found.Prism.get(s.name),
      })),
    );
  });
});
