// The stateful mode validates requests as the Prism mode does (issue 7): the same request is accepted
// by both or refused by both. Each case also names the outcome, so agreeing on a wrong answer fails.

import { beforeAll, describe, expect, test } from "vitest";
import { createPrismHandler, type MockHandler } from "../../src/index.js";
import { createHarness, webClient } from "./support/harness.js";

type Harness = ReturnType<typeof createHarness>;

interface Case {
  readonly name: string;
  readonly method: string;
  /** Path and query; `{id}` is a client that exists in the stateful org, `{cursor}` one of its cursors. */
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
  readonly contentType?: string;
  /** What both modes must do with it. */
  readonly outcome: "accepted" | "refused";
}

const cases: Case[] = [
  // The spec types OAuth clients' `limit` as a number without bounds.
  {
    name: "limit=2.5 on OAuth clients",
    method: "GET",
    path: "/api/core/oauth-clients?limit=2.5",
    outcome: "accepted",
  },
  {
    name: "limit=-1 on OAuth clients",
    method: "GET",
    path: "/api/core/oauth-clients?limit=-1",
    outcome: "accepted",
  },
  {
    name: "limit=ten on OAuth clients",
    method: "GET",
    path: "/api/core/oauth-clients?limit=ten",
    outcome: "refused",
  },
  // Tenants' `limit` is an integer from 0 to 100.
  {
    name: "limit=2.5 on tenants",
    method: "GET",
    path: "/api/core/tenants?limit=2.5",
    outcome: "refused",
  },
  {
    name: "limit=101 on tenants",
    method: "GET",
    path: "/api/core/tenants?limit=101",
    outcome: "refused",
  },
  // Nothing in the spec forbids both cursors; `next` wins.
  {
    name: "next and prev together on OAuth clients",
    method: "GET",
    path: "/api/core/oauth-clients?limit=1&next={cursor}&prev={cursor}",
    outcome: "accepted",
  },
  {
    name: "next and prev together on tenants",
    method: "GET",
    path: "/api/core/tenants?limit=1&next=TiQ8GPVr8qI714Lp5ChAAFFaU24MJy69&prev=TiQ8GPVr8qI714Lp5ChAAFFaU24MJy69",
    outcome: "accepted",
  },
  {
    name: "sort outside its enum",
    method: "GET",
    path: "/api/core/oauth-clients?sort=-description",
    outcome: "refused",
  },
  // createOAuthClientSecret documents no request body.
  {
    name: "createOAuthClientSecret without a body",
    method: "POST",
    path: "/api/core/oauth-clients/{id}/client-secrets",
    outcome: "accepted",
  },
  {
    name: "createOAuthClientSecret with a JSON body",
    method: "POST",
    path: "/api/core/oauth-clients/{id}/client-secrets",
    body: "{}",
    outcome: "refused",
  },
  {
    name: "createOAuthClientSecret with a text body",
    method: "POST",
    path: "/api/core/oauth-clients/{id}/client-secrets",
    body: "secret please",
    contentType: "text/plain",
    outcome: "refused",
  },
  {
    name: "deleteOAuthClientSecret with a JSON body",
    method: "DELETE",
    path: "/api/core/oauth-clients/{id}/client-secrets/abcd",
    body: '{"hint":"abcd"}',
    outcome: "refused",
  },
  {
    name: "deleteOAuthClient with a JSON body",
    method: "DELETE",
    path: "/api/core/oauth-clients/{id}",
    headers: { "qlik-confirm-delete": "{id}" },
    body: "{}",
    outcome: "refused",
  },
  {
    name: "deleteOAuthClient without qlik-confirm-delete",
    method: "DELETE",
    path: "/api/core/oauth-clients/{id}",
    outcome: "refused",
  },
  {
    name: "a create body without clientName",
    method: "POST",
    path: "/api/core/oauth-clients",
    body: '{"appType":"web"}',
    outcome: "refused",
  },
  {
    name: "a PATCH path outside /clientName and /description",
    method: "PATCH",
    path: "/api/core/oauth-clients/{id}",
    body: '[{"op":"replace","path":"/appType","value":"spa"}]',
    outcome: "refused",
  },
];

describe("the stateful mode accepts and refuses what the Prism mode does", () => {
  let prism: MockHandler;
  let h: Harness;
  let token: string;

  beforeAll(async () => {
    prism = await createPrismHandler();
    h = createHarness();
    token = await h.signIn();
    for (const name of ["a", "b", "c"]) {
      await h.send("POST", "/api/core/oauth-clients", { json: webClient(name) });
    }
  });

  /** A fresh web client (each case may change it) and a cursor of the client list. */
  async function fill(text: string): Promise<string> {
    const id = (await h.send("POST", "/api/core/oauth-clients", { json: webClient("target") })).body
      .clientId as string;
    const page = await h.send("GET", "/api/core/oauth-clients?limit=1");
    const cursor = new URL(page.body.links.next.href).searchParams.get("next") as string;
    return text.replaceAll("{id}", id).replaceAll("{cursor}", encodeURIComponent(cursor));
  }

  test.each(cases)("$name: $outcome", async (c) => {
    const path = await fill(c.path);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(c.headers ?? {})) headers[name] = await fill(value);
    if (c.body !== undefined) headers["content-type"] = c.contentType ?? "application/json";
    const stateful = await h.send(c.method, path, {
      headers,
      ...(c.body !== undefined ? { rawBody: c.body, contentType: headers["content-type"] } : {}),
    });
    const fromPrism = await prism.handle(
      new Request(`http://127.0.0.1${path}`, {
        method: c.method,
        headers: { ...headers, authorization: `Bearer ${token}` },
        ...(c.body !== undefined ? { body: c.body } : {}),
      }),
    );
    const outcome = (status: number) => (status < 400 ? "accepted" : "refused");
    expect({ stateful: stateful.status, prism: fromPrism.status }).toEqual({
      stateful: c.outcome === "accepted" ? expect.any(Number) : 400,
      prism: c.outcome === "accepted" ? expect.any(Number) : 400,
    });
    expect([outcome(stateful.status), outcome(fromPrism.status)], stateful.text).toEqual([
      c.outcome,
      c.outcome,
    ]);
  });
});
