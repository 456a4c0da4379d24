// Wires the stateful organization: route → auth → rate limit → validation → handler, answering with
// spec-shaped responses for every outcome.

import { matchRoute, type OperationId, operationIds, operationMetadata } from "@qlik-org/generated";
import { attachViolations, violationsOf } from "../response-violations.js";
import { createFaultInjector, type FaultRule } from "./faults.js";
import type { HandlerContext, OperationHandler } from "./handler-context.js";
import { errorResponse, type Problem, rateLimitedResponse } from "./http-responses.js";
import {
  createOAuthClient,
  createOAuthClientSecret,
  deleteOAuthClient,
  deleteOAuthClientSecret,
  getOAuthClient,
  listOAuthClients,
  patchOAuthClient,
} from "./oauth-client-handlers.js";
import { type OrgData, snapshotOf } from "./org-data.js";
import { createRandomSource, freshRandomSeed, type RandomSource } from "./random.js";
import { RateLimiter } from "./rate-limits.js";
import { validateRequest } from "./request-validation.js";
import { buildOrgData, defaultSeed } from "./seed.js";
import { countTenants, filterTenants, getTenant, listTenants } from "./tenant-handlers.js";
import { requestToken } from "./token-handler.js";
import { documentedTokenLifetimeSeconds, TokenStore } from "./tokens.js";
import type { StatefulOrg, StatefulOrgOptions } from "./types.js";

// The one place operations meet code; typed so that an operation added to the spec fails the build.
const handlers: Readonly<Record<OperationId, OperationHandler>> = {
  requestToken,
  listTenants,
  getTenant,
  countTenants,
  filterTenants,
  listOAuthClients,
  createOAuthClient,
  getOAuthClient,
  deleteOAuthClient,
  patchOAuthClient,
  createOAuthClientSecret,
  deleteOAuthClientSecret,
};

// A malformed request, missing or wrong credentials, and the mock's own failure; the other errors
// (403, 404, 409, 429) answer from the organization's state, not from what was wrong with the request.
const refusalStatuses: ReadonlySet<number> = new Set([400, 401, 500]);

function documentedTiers(): Map<number, number> {
  const tiers = new Map<number, number>();
  for (const id of operationIds) {
    const limit = operationMetadata[id].rateLimit;
    if (limit) tiers.set(limit.tier, limit.requestsPerMinute);
  }
  return tiers;
}

/** The error's name, message and innermost stack frame, for the request log; at most 500 characters. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 500);
  const frame = error.stack
    ?.split("\n")
    .find((line) => line.trimStart().startsWith("at "))
    ?.trim();
  return `${error.name}: ${error.message}${frame ? ` (${frame})` : ""}`.slice(0, 500);
}

/** Whether `clientId` signed in with a seeded credential marked `forbidden`. */
function isForbidden(data: OrgData, clientId: string): boolean {
  return data.credentials.some(
    (credential) => credential.clientId === clientId && credential.forbidden,
  );
}

/** Adds `note` to what the request log shows for `response`. */
function noted(response: Response, note: string): Response {
  return attachViolations(response, [...(violationsOf(response) ?? []), note]);
}

/** Creates an in-memory organization that answers requests as the documented API does. */
export function createStatefulOrg(options: StatefulOrgOptions = {}): StatefulOrg {
  const clock = options.clock ?? (() => new Date());
  // Only a missing seed means the default one; `null` is refused by the seed check like any non-object.
  const seed = options.seed === undefined ? defaultSeed : options.seed;
  const randomSeed = options.randomSeed ?? freshRandomSeed();
  const lifetime = options.tokenLifetimeSeconds ?? documentedTokenLifetimeSeconds;
  if (!Number.isInteger(lifetime) || lifetime < 1) {
    throw new RangeError("tokenLifetimeSeconds must be a whole number of seconds, at least 1");
  }
  const limiter = options.limits ? new RateLimiter(options.limits, documentedTiers()) : null;
  // Tokens, trace ids and data each draw from their own sequence, so signing in or failing a request
  // does not change the ids and secrets the same data operations produce.
  const tokens = new TokenStore(lifetime, createRandomSource(randomSeed ^ 0x9e3779b9));
  const traceIds = createRandomSource(randomSeed ^ 0x5bd1e995);
  const faults = createFaultInjector(options.faults, createRandomSource(randomSeed ^ 0x27d4eb2f));

  let random: RandomSource;
  let data: OrgData;
  const reset = (): void => {
    random = createRandomSource(randomSeed);
    data = buildOrgData(seed, clock(), random);
    limiter?.reset();
    faults.reset();
  };
  reset();

  const fail = (
    operationId: OperationId | null,
    status: number,
    problem: Problem,
    headers = {},
  ) => {
    const response = errorResponse(operationId, status, problem, traceIds.hex(16), headers);
    // Why a request was refused reaches onRequest and the CLI log, as Prism's violations do.
    return refusalStatuses.has(status) ? attachViolations(response, [problem.detail]) : response;
  };

  const handle = async (request: Request): Promise<Response> => {
    let operationId: OperationId | null = null;
    try {
      const url = new URL(request.url);
      const route = matchRoute(request.method, url.pathname);
      if (route.kind !== "operation") {
        return route.kind === "not-found"
          ? fail(null, 404, { detail: `No operation is served at ${url.pathname}.` })
          : fail(
              null,
              405,
              { detail: `${url.pathname} does not accept ${request.method}.` },
              {
                allow: route.allow.join(", "),
              },
            );
      }
      operationId = route.operationId;
      const fault = faults.pick(operationId);
      if (!fault) return await serve(operationId, request, url, route.pathParams);
      if (fault.latencyMs) await new Promise((resolve) => setTimeout(resolve, fault.latencyMs));
      if (!fault.afterCommit && (fault.status !== undefined || fault.reset)) {
        return faultResponse(operationId, fault);
      }
      const served = await serve(operationId, request, url, route.pathParams);
      if (fault.status === undefined && !fault.reset) {
        return noted(served, `injected fault: ${fault.latencyMs} ms latency`);
      }
      return faultResponse(operationId, fault);
    } catch (error) {
      // A bug must still produce an answer; the documented 500 body is the least surprising one.
      // The error itself goes to the request log (onRequest, the CLI), so it is not lost.
      const response = fail(operationId, 500, {
        detail: "The stateful mock failed to handle the request.",
      });
      return attachViolations(response, [`stateful mock error: ${describeFailure(error)}`]);
    }
  };

  /** The answer an injected fault gives instead of (or, with afterCommit, after) serving. */
  const faultResponse = (operationId: OperationId, fault: FaultRule): Response => {
    const when = fault.afterCommit ? " after the change was made" : "";
    // Response.error() is fetch's network error: org.fetch rejects with it, the HTTP server and
    // MSW drop the connection.
    if (fault.reset) return noted(Response.error(), `injected fault: connection reset${when}`);
    const status = fault.status ?? 500;
    const headers =
      status === 429 || status === 503
        ? { "retry-after": String(fault.retryAfterSeconds ?? 1) }
        : undefined;
    const response = errorResponse(
      operationId,
      status,
      { detail: `An injected fault answered ${status}${when}.` },
      traceIds.hex(16),
      headers,
    );
    return noted(response, `injected fault: ${status}${when}`);
  };

  /** Serves a request matched to `operationId`: auth, rate limits, validation, then its handler. */
  const serve = async (
    operationId: OperationId,
    request: Request,
    url: URL,
    pathParams: Record<string, string>,
  ): Promise<Response> => {
    const metadata = operationMetadata[operationId];
    const now = clock();

    let caller: string | null = null;
    if (metadata.requiresAuth) {
      const check = tokens.check(request.headers.get("authorization"), now);
      if (!check.ok) {
        return fail(operationId, 401, { detail: check.detail }, { "www-authenticate": "Bearer" });
      }
      caller = check.clientId;
    }
    if (caller !== null && isForbidden(data, caller)) {
      // What Qlik answers a client without the role the operation needs; only where it is documented.
      if ((metadata.errorStatuses as readonly number[]).includes(403)) {
        const detail = "This client lacks the permission this operation needs.";
        return noted(fail(operationId, 403, { detail }), `forbidden credential: ${detail}`);
      }
    }
    if (limiter && caller !== null && metadata.rateLimit) {
      const decision = limiter.take(caller, metadata.rateLimit.tier, now.getTime());
      if (!decision.allowed) return rateLimitedResponse(decision.retryAfterSeconds);
    }

    const validation = await validateRequest(operationId, request, url, pathParams);
    if (!validation.ok) return fail(operationId, 400, validation.problem);

    const id = operationId;
    const context: HandlerContext = {
      operationId: id,
      url,
      input: validation.input,
      caller,
      now,
      data,
      random,
      tokens,
      fail: (status, problem) => fail(id, status, problem),
    };
    return handlers[id](context);
  };

  return {
    handle,
    // A Request passed on its own is answered as it is: wrapping it again would copy its body.
    fetch: async (input, init) => {
      const response = await handle(
        input instanceof Request && init === undefined ? input : new Request(input, init),
      );
      // What fetch does with a network error (here, an injected connection reset).
      if (response.type === "error") throw new TypeError("fetch failed: the connection was reset");
      return response;
    },
    reset,
    snapshot: () => snapshotOf(data, tokens.list(clock())),
  };
}
