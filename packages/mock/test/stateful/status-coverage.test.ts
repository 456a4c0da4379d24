// Every documented operation-status pair, enumerated from the spec at test time: the stateful mode
// produces each one (spec-checked by the harness), except a named few it has no reason to send.

import { readFileSync } from "node:fs";
import { type OperationId, operationIds, operationMetadata } from "@qlik-org/generated";
import { afterAll, expect, test } from "vitest";
import { type Answer, createHarness, webClient } from "./support/harness.js";

type Harness = ReturnType<typeof createHarness>;

/** Pairs the stateful mode never sends, and why (the README repeats this list). */
const notProduced: Readonly<Record<string, string>> = {
  "getTenant 400": "a tenant id in the path is always well-formed",
  "getTenant 403": "every caller may read the organization's tenants",
  "getOAuthClient 400": "nothing in the request can be malformed",
  "deleteOAuthClientSecret 400": "nothing in the request can be malformed",
  "patchOAuthClient 202": "no patchable field makes Qlik issue a new secret",
};
const neverForOAuthClients = [403, 500, 503];

const seen = new Set<string>();
const tier1Probe = "/api/core/tenants";
const tier2Probe = {
  path: "/api/core/tenants/actions/filter",
  json: { filter: 'status eq "active"' },
};

async function fresh(limits = false): Promise<{ h: Harness; id: string; hint: string }> {
  const h = createHarness(
    limits
      ? {
          limits: {
            tier1: { requests: 1, windowMs: 1000 },
            tier2: { requests: 1, windowMs: 1000 },
          },
        }
      : {},
  );
  await h.signIn();
  const created = limits
    ? { body: { clientId: "none", clientSecrets: [{ hint: "none" }] } }
    : await h.send("POST", "/api/core/oauth-clients", { json: webClient("c") });
  return { h, id: created.body.clientId, hint: created.body.clientSecrets[0].hint };
}

const q = encodeURIComponent;
const subscription = 'subscriptionId eq "9876543210987654"';
type Scenario = (x: { h: Harness; id: string; hint: string }) => Promise<Answer>;

const scenarios: Partial<Record<OperationId, Partial<Record<number, Scenario>>>> = {
  requestToken: {
    200: ({ h }) =>
      h.send("POST", "/oauth/token", {
        json: {
          client_id: "mock-client-id",
          client_secret: "mock-client-secret",
          grant_type: "client_credentials",
        },
      }),
    400: ({ h }) => h.send("POST", "/oauth/token", { json: {} }),
    401: ({ h }) =>
      h.send("POST", "/oauth/token", {
        json: { client_id: "x", client_secret: "y", grant_type: "client_credentials" },
      }),
  },
  listTenants: {
    200: ({ h }) => h.send("GET", "/api/core/tenants"),
    400: ({ h }) => h.send("GET", "/api/core/tenants?limit=1000"),
    403: ({ h }) => h.send("GET", `/api/core/tenants?filter=${q('subscriptionId eq "other"')}`),
  },
  getTenant: {
    200: ({ h }) => h.send("GET", "/api/core/tenants/TiQ8GPVr8qI714Lp5ChAAFFaU24MJy69"),
    404: ({ h }) => h.send("GET", "/api/core/tenants/missing"),
  },
  countTenants: {
    200: ({ h }) => h.send("GET", `/api/core/tenants/actions/count?filter=${q(subscription)}`),
    400: ({ h }) => h.send("GET", `/api/core/tenants/actions/count?filter=${q('name eq "x"')}`),
    403: ({ h }) =>
      h.send("GET", `/api/core/tenants/actions/count?filter=${q('subscriptionId eq "other"')}`),
  },
  filterTenants: {
    200: ({ h }) =>
      h.send("POST", "/api/core/tenants/actions/filter", { json: { filter: subscription } }),
    400: ({ h }) => h.send("POST", "/api/core/tenants/actions/filter", { json: { filter: "(" } }),
    403: ({ h }) =>
      h.send("POST", "/api/core/tenants/actions/filter", {
        json: { filter: 'subscriptionId eq "other"' },
      }),
  },
  listOAuthClients: {
    200: ({ h }) => h.send("GET", "/api/core/oauth-clients"),
    400: ({ h }) => h.send("GET", "/api/core/oauth-clients?sort=name"),
  },
  createOAuthClient: {
    201: ({ h }) => h.send("POST", "/api/core/oauth-clients", { json: webClient("n") }),
    400: ({ h }) => h.send("POST", "/api/core/oauth-clients", { json: {} }),
  },
  getOAuthClient: {
    200: ({ h, id }) => h.send("GET", `/api/core/oauth-clients/${id}`),
    404: ({ h }) => h.send("GET", "/api/core/oauth-clients/missing"),
  },
  deleteOAuthClient: {
    204: ({ h, id }) =>
      h.send("DELETE", `/api/core/oauth-clients/${id}`, { headers: { "qlik-confirm-delete": id } }),
    400: ({ h, id }) =>
      h.send("DELETE", `/api/core/oauth-clients/${id}`, {
        headers: { "qlik-confirm-delete": "other" },
      }),
    404: ({ h }) =>
      h.send("DELETE", "/api/core/oauth-clients/missing", {
        headers: { "qlik-confirm-delete": "missing" },
      }),
  },
  patchOAuthClient: {
    204: ({ h, id }) =>
      h.send("PATCH", `/api/core/oauth-clients/${id}`, {
        json: [{ op: "replace", path: "/clientName", value: "x" }],
      }),
    400: ({ h, id }) =>
      h.send("PATCH", `/api/core/oauth-clients/${id}`, {
        json: [{ op: "replace", path: "/nope", value: "x" }],
      }),
    404: ({ h }) => h.send("PATCH", "/api/core/oauth-clients/missing", { json: [] }),
  },
  createOAuthClientSecret: {
    201: ({ h, id }) => h.send("POST", `/api/core/oauth-clients/${id}/client-secrets`),
    400: async ({ h }) => {
      const spa = await h.send("POST", "/api/core/oauth-clients", {
        json: { appType: "spa", clientName: "s" },
      });
      return h.send("POST", `/api/core/oauth-clients/${spa.body.clientId}/client-secrets`);
    },
    404: ({ h }) => h.send("POST", "/api/core/oauth-clients/missing/client-secrets"),
    409: async ({ h, id }) => {
      for (let i = 0; i < 4; i++)
        await h.send("POST", `/api/core/oauth-clients/${id}/client-secrets`);
      return h.send("POST", `/api/core/oauth-clients/${id}/client-secrets`);
    },
  },
  deleteOAuthClientSecret: {
    204: ({ h, id, hint }) =>
      h.send("DELETE", `/api/core/oauth-clients/${id}/client-secrets/${hint}`),
    404: ({ h, id }) => h.send("DELETE", `/api/core/oauth-clients/${id}/client-secrets/zzzz`),
  },
};

function sampleRequest(id: OperationId): {
  method: string;
  path: string;
  json?: unknown;
  headers?: Record<string, string>;
} {
  const { method, path } = operationMetadata[id];
  const concrete = path.replace(/\{[^}]+\}/g, "x");
  const extras: Partial<Record<OperationId, object>> = {
    countTenants: { path: `${concrete}?filter=${q(subscription)}` },
    filterTenants: { json: { filter: subscription } },
    createOAuthClient: { json: webClient("n") },
    patchOAuthClient: { json: [] },
    deleteOAuthClient: { headers: { "qlik-confirm-delete": "x" } },
  };
  return { method, path: concrete, ...extras[id] };
}

for (const operationId of operationIds) {
  const { successStatuses, errorStatuses, rateLimit, requiresAuth } =
    operationMetadata[operationId];
  for (const status of [...successStatuses, ...errorStatuses]) {
    const pair = `${operationId} ${status}`;
    const isOAuthClientOp = operationMetadata[operationId].tag === "OAuth clients";
    if (pair in notProduced || (isOAuthClientOp && neverForOAuthClients.includes(status))) continue;
    test(pair, async () => {
      const scenario = scenarios[operationId]?.[status];
      let answer: Answer;
      if (scenario) {
        const context = await fresh();
        answer = await scenario(context);
        for (const s of context.h.seen) seen.add(s);
      } else if (status === 401 && requiresAuth) {
        const { h } = await fresh();
        const { method, path, ...call } = sampleRequest(operationId);
        answer = await h.send(method, path, { ...call, token: null });
        for (const s of h.seen) seen.add(s);
      } else if (status === 429 && rateLimit) {
        const { h } = await fresh(true);
        // Use up the tier with another operation: the whole tier is blocked.
        if (rateLimit.tier === 1) await h.send("GET", tier1Probe);
        else await h.send("POST", tier2Probe.path, { json: tier2Probe.json });
        const { method, path, ...call } = sampleRequest(operationId);
        answer = await h.send(method, path, call);
        for (const s of h.seen) seen.add(s);
      } else {
        throw new Error(`no scenario produces ${pair}; add one or list it in notProduced`);
      }
      expect(answer.status).toBe(status);
    });
  }
}

const documented = operationIds.flatMap((id) =>
  [...operationMetadata[id].successStatuses, ...operationMetadata[id].errorStatuses].map(
    (s) => `${id} ${s}`,
  ),
);

test("every pair is produced or named as never produced, and the README says how many", () => {
  const produced = documented.filter((pair) => seen.has(pair));
  const skipped = documented.filter(
    (pair) =>
      pair in notProduced ||
      (operationMetadata[pair.split(" ")[0] as OperationId].tag === "OAuth clients" &&
        neverForOAuthClients.includes(Number(pair.split(" ")[1]))),
  );
  expect(produced.length + skipped.length).toBe(documented.length);
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  expect(readme).toContain(
    `${produced.length} of the ${documented.length} documented operation-status`,
  );
});

afterAll(() => {
  const produced = documented.filter((pair) => seen.has(pair));
  process.stdout.write(
    `stateful coverage: ${produced.length}/${documented.length} documented operation-status pairs produced and spec-checked\n`,
  );
});
