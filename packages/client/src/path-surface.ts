// openapi-fetch's path-based surface (`org.GET(...)` and friends) on the client's send path. Each
// call gets a fetch of its own, which finds the request's operation in the generated route table,
// sends it on the one send path and hands openapi-fetch the live response. The attempt's time limit
// and the caller's abort keep covering the body until openapi-fetch has read it.

import {
  matchRoute,
  type OperationPolicy,
  operationPolicies,
  type paths,
} from "@qlik-org/generated";
import type { Client } from "openapi-fetch";
import * as openapiFetch from "openapi-fetch";
import { checkUnderBaseUrl } from "./base-url.js";
import { transportError } from "./error-factory.js";
import type { ErrorRequest } from "./errors.js";
import { type Exchange, type SendContext, send } from "./send.js";
import { raceAbort } from "./sleep.js";

// openapi-fetch's CJS build puts createClient on `exports.default`. Our CJS build wraps that module
// the way Node imports CommonJS (the whole `exports` as the default), so there it sits one level
// deeper than in ESM.
const createClient = (
  typeof openapiFetch.default === "function"
    ? openapiFetch.default
    : (openapiFetch.default as unknown as { default: typeof openapiFetch.default }).default
) as typeof openapiFetch.default;

/** The HTTP methods openapi-fetch's client has a function of the same name for. */
const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/** The per-call options of openapi-fetch that matter here. */
type CallInit = { readonly parseAs?: string; readonly signal?: AbortSignal | null } | undefined;

/** One openapi-fetch call, given the options to call it with. */
type Call = (init: object) => Promise<unknown>;

/** Builds the path-based surface: openapi-fetch's client, every call on the client's send path. */
export function createPathSurface(ctx: SendContext): Client<paths> {
  const base = ctx.baseUrl;
  const client = createClient<paths>({ baseUrl: base });

  /** The operation of a request, or undefined for a path the spec lacks; refuses other hosts. */
  function policyOf(url: string, method: string): OperationPolicy | undefined {
    checkUnderBaseUrl(url, base, `send ${method}`, ctx.redactor);
    const query = url.indexOf("?", base.length);
    const match = matchRoute(method, url.slice(base.length, query === -1 ? undefined : query));
    return match.kind === "operation" ? operationPolicies[match.operationId] : undefined;
  }

  /** Runs one call with a fetch of its own, and ends its attempt once openapi-fetch has the body. */
  async function through(init: CallInit, call: Call): Promise<unknown> {
    let handed:
      | {
          readonly request: ErrorRequest;
          readonly policy: OperationPolicy | undefined;
          readonly exchange: Exchange<undefined>;
        }
      | undefined;
    // The platform's fetch ends a body read when the attempt's signal aborts; one the caller
    // injected may not, so then the whole call is raced against that signal.
    const abandon = ctx.fetch === undefined ? undefined : new AbortController();

    async function fetch(request: Request): Promise<Response> {
      const { url, method } = request;
      const policy = policyOf(url, method);
      // A copy: openapi-fetch hands the same Request to the caller's onResponse and onError
      // middleware, which must not find the bearer token on it.
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        headers[name] = value;
      });
      // Read once and kept, so that a retry can send it again.
      const body = request.body === null ? undefined : await request.arrayBuffer();
      const exchange = await send(
        ctx,
        { policy, method, url, headers, body },
        // The caller's own signal: the Request's copy of it would cost a listener per call, and
        // without a caller's signal it never aborts.
        { ...ctx.defaults, signal: init?.signal ?? undefined },
        "unread",
      );
      handed = { request: { method, url }, policy, exchange };
      if (abandon) {
        const attempt = exchange.attempt.signal;
        attempt.addEventListener("abort", () => abandon.abort(attempt.reason));
      }
      return exchange.response;
    }

    try {
      const pending = call({ ...init, fetch });
      return await (abandon ? raceAbort(pending, abandon.signal) : pending);
    } catch (error) {
      if (!handed?.exchange.attempt.timedOut()) throw error;
      const { request, policy, exchange } = handed;
      throw transportError(ctx.redactor, {
        error,
        timedOut: true,
        timeoutMs: ctx.defaults.timeoutMs,
        headersArrived: true,
        request,
        operationId: policy?.operationId,
        safe: policy?.safeToRetry ?? false,
        attempts: exchange.attempts,
      });
    } finally {
      // A stream handed to the caller is still arriving: its attempt ends with its time limit.
      if (init?.parseAs !== "stream") handed?.exchange.attempt.end();
    }
  }

  const surface: Record<string, unknown> = { ...client };
  for (const method of METHODS) {
    const call = client[method] as (url: string, init: object) => Promise<unknown>;
    surface[method] = (url: string, init?: CallInit) =>
      through(init, (withFetch) => call(url, withFetch));
  }
  surface.request = (method: "get", url: string, init?: CallInit) =>
    through(init, (withFetch) => client.request(method, url as never, withFetch as never));
  return surface as unknown as Client<paths>;
}
