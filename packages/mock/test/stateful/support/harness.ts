// A stateful org with a hand-driven clock and every response checked against the spec.

import { createStatefulOrg, type StatefulOrgOptions } from "../../../src/stateful/index.js";
import { withSpecChecks } from "./spec-conformance.js";

/** Where requests in unit tests go; links must come back on this origin. */
export const origin = "http://org.mock.test:8080";

/** The credential of the default seed. */
export const defaultCredential = { clientId: "mock-client-id", clientSecret: "mock-client-secret" };

/** The token request of the default credential, as fetch's init. */
export const defaultTokenRequest: RequestInit = {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({
    grant_type: "client_credentials",
    client_id: defaultCredential.clientId,
    client_secret: defaultCredential.clientSecret,
  }),
};

/** What a test reads from a response. */
export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON bodies and assert on them.
  readonly body: any;
  readonly text: string;
}

/** Options of one request. */
export interface CallOptions {
  readonly token?: string | null;
  readonly json?: unknown;
  readonly rawBody?: string;
  readonly contentType?: string;
  readonly headers?: Record<string, string>;
}

/** Creates an org on a fixed clock (moved by `advance`), with spec checks on every response. */
export function createHarness(options: Partial<StatefulOrgOptions> = {}) {
  let now = Date.parse("2026-03-01T12:00:00.000Z");
  const org = createStatefulOrg({ randomSeed: 7, clock: () => new Date(now), ...options });
  const checked = withSpecChecks(org);
  let defaultToken: string | undefined;

  async function send(method: string, pathOrUrl: string, call: CallOptions = {}): Promise<Answer> {
    const headers = new Headers(call.headers);
    const token = call.token === undefined ? defaultToken : call.token;
    if (token) headers.set("authorization", `Bearer ${token}`);
    let body: string | undefined;
    if (call.json !== undefined) body = JSON.stringify(call.json);
    if (call.rawBody !== undefined) body = call.rawBody;
    if (body !== undefined) headers.set("content-type", call.contentType ?? "application/json");
    const url = pathOrUrl.startsWith("http") ? pathOrUrl : `${origin}${pathOrUrl}`;
    const response = await checked.handle(
      new Request(url, { method, headers, ...(body !== undefined ? { body } : {}) }),
    );
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text === "" ? undefined : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: response.status, headers: response.headers, body: parsed, text };
  }

  async function requestToken(credential = defaultCredential): Promise<string> {
    const answer = await send("POST", "/oauth/token", {
      token: null,
      json: {
        client_id: credential.clientId,
        client_secret: credential.clientSecret,
        grant_type: "client_credentials",
      },
    });
    if (answer.status !== 200) throw new Error(`token request answered ${answer.status}`);
    return answer.body.access_token;
  }

  return {
    org,
    seen: checked.seen,
    send,
    requestToken,
    /** Fetches a token with the default credential and sends it on every later call. */
    async signIn(): Promise<string> {
      defaultToken = await requestToken();
      return defaultToken;
    },
    advance(ms: number): void {
      now += ms;
    },
    now: () => new Date(now),
  };
}

/** A request body for `createOAuthClient`. */
export function webClient(clientName: string, extra: Record<string, unknown> = {}) {
  return {
    appType: "web",
    clientName,
    allowedGrantTypes: ["client_credentials"],
    allowedAuthMethods: ["client_secret"],
    ...extra,
  };
}
