// The OAuth-client flow through @qlik-org/client, run against the stateful mode and against the
// Prism mode. Each step records whether the mode honoured it; the stateful mode must honour all,
// and the README's "Stateful mode vs Prism" table must say exactly what this run found.

import { readFileSync } from "node:fs";
import {
  BadRequestError,
  ConflictError,
  createOrgClient,
  NotFoundError,
  type OrgClient,
  TokenRequestError,
} from "@qlik-org/client";
import { afterAll, describe, expect, test } from "vitest";
import { type MockServer, startMockServer } from "../../src/index.js";

const credential = { clientId: "mock-client-id", clientSecret: "mock-client-secret" };

interface FlowContext {
  readonly org: OrgClient;
  readonly baseUrl: string;
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

const steps: Step[] = [
  {
    name: "token for valid credentials",
    run: async ({ org }) => typeof (await org.auth.getToken()) === "string",
  },
  {
    name: "401 for wrong credentials",
    run: ({ baseUrl }) =>
      rejectsWith(
        createOrgClient({
          baseUrl,
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
  const org = createOrgClient({
    baseUrl: server.url,
    auth: credential,
    retry: false,
    throttle: false,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      const url = input instanceof Request ? input.url : String(input);
      if (response.status === 401 && new URL(url).pathname !== "/oauth/token")
        unauthorizedAnswers++;
      return response;
    },
  });
  const ctx: FlowContext = {
    org,
    baseUrl: server.url,
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
