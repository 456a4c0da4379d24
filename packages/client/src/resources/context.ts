// What every resource method shares: the openapi-fetch client and the way results become data or
// typed errors.

import {
  type OperationId,
  operationMetadata,
  type operations,
  type paths,
} from "@qlik-org/generated";
import type { Client } from "openapi-fetch";
import { errorFromResponse } from "../error-from-response.js";
import { type OrgApiError, OrgClientError } from "../errors.js";
import { type FetchedPage, type Page, resolveLink } from "../pagination.js";
import { PendingRequest, PendingRequestConstructor } from "../pending-request.js";
import type { Redactor } from "../redact.js";
import { readJsonBody } from "../success-body.js";
import type { ResponseOutcome, Transport } from "../transport.js";

/** Per-call options of a resource method. */
export interface RequestOptions {
  /** Cancels the call, including retry and throttling waits. */
  signal?: AbortSignal;
  /** Extra request headers. */
  headers?: Record<string, string>;
}

/** The parts of a client that resource methods use. */
export interface ResourceContext {
  /** The typed openapi-fetch client. */
  readonly client: Client<paths>;
  /** The transport, for requests to a `links.next.href`. */
  readonly transport: Transport;
  /** Whether middleware is registered (then openapi-fetch must build real Requests for it). */
  readonly hasMiddleware: () => boolean;
  /** Normalised base URL. */
  readonly baseUrl: string;
  /** Facts the transport recorded about failed responses. */
  readonly outcomes: WeakMap<Response, ResponseOutcome>;
  /** Redacts error contents. */
  readonly redactor: Redactor;
}

/** What openapi-fetch resolves to. */
export interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Method and URL of the request behind a response, for error reports. */
function requestOf(ctx: ResourceContext, operationId: OperationId, response: Response) {
  const meta = operationMetadata[operationId];
  return (
    ctx.outcomes.get(response)?.request ?? {
      method: meta.method,
      url: response.url || `${ctx.baseUrl}${meta.path}`,
    }
  );
}

/** The typed error for a failed result. */
export function failure(
  ctx: ResourceContext,
  operationId: OperationId,
  result: FetchResult<unknown>,
): OrgApiError {
  const { response } = result;
  return errorFromResponse(
    {
      response,
      body: result.error,
      operationId: ctx.outcomes.get(response)?.operationId ?? operationId,
      request: requestOf(ctx, operationId, response),
    },
    ctx.redactor,
  );
}

type Responses<Op extends OperationId> = operations[Op]["responses"];
type JsonContent<R> = R extends { content: { "application/json": infer Body } } ? Body : never;

/** The JSON body of an operation's 2xx response, as the spec types it. */
export type SuccessBody<Op extends OperationId> = JsonContent<
  Responses<Op>[Extract<keyof Responses<Op>, 200 | 201 | 202>]
>;

/**
 * The parsed JSON body of a successful result (requested with `parseAs: "text"`); throws the typed
 * error for a failure, and InvalidResponseError for a body that is not JSON.
 */
export async function unwrap<Op extends OperationId>(
  ctx: ResourceContext,
  operationId: Op,
  pending: Promise<FetchResult<string>>,
): Promise<SuccessBody<Op>> {
  const result = await pending;
  const { response } = result;
  if (!response.ok) throw failure(ctx, operationId, result);
  const request = requestOf(ctx, operationId, response);
  return readJsonBody(result.data, response, operationId, request, ctx.redactor) as SuccessBody<Op>;
}

/** Like unwrap, for an operation whose `emptyStatus` (204) carries no body: resolves to undefined then. */
export async function unwrapOptional<Op extends OperationId>(
  ctx: ResourceContext,
  operationId: Op,
  pending: Promise<FetchResult<string>>,
  emptyStatus: number,
): Promise<SuccessBody<Op> | undefined> {
  const result = await pending;
  if (result.response.status === emptyStatus) return undefined;
  return unwrap(ctx, operationId, Promise.resolve(result));
}

/**
 * Like unwrap for a DELETE: a 404 that answers a repeat of a DELETE whose earlier attempt may have
 * reached the server means the first attempt did the job, so it counts as success.
 */
export async function unwrapDelete(
  ctx: ResourceContext,
  operationId: OperationId,
  pending: Promise<FetchResult<unknown>>,
): Promise<void> {
  const result = await pending;
  const { response } = result;
  if (response.ok) return;
  if (response.status === 404 && ctx.outcomes.get(response)?.afterAmbiguousFailure) return;
  throw failure(ctx, operationId, result);
}

/**
 * Fetches one page of a list through `send`, which makes the openapi-fetch call with the given
 * fetch: the first page where openapi-fetch builds its URL (`href` undefined), a later one at a
 * `links.next.href` (resolved against the base URL). Resolves to the page and the URL it came from.
 */
export async function fetchPage<Item>(
  ctx: ResourceContext,
  href: string | undefined,
  send: (fetch: (request: Request) => Promise<Response>) => Promise<Page<Item>>,
): Promise<FetchedPage<Item>> {
  let target: string | undefined;
  if (href !== undefined) {
    target = resolveLink(ctx.baseUrl, href);
    if (target === undefined) {
      throw new OrgClientError(
        `links.next.href is not a URL: ${ctx.redactor.text(href).slice(0, 200)}`,
      );
    }
  }
  let url = target ?? "";
  const page = await send((request: Request | PendingRequest) => {
    if (target === undefined) {
      url = resolveLink(ctx.baseUrl, request.url) ?? request.url;
      return ctx.transport(request);
    }
    return ctx.transport(
      request instanceof PendingRequest ? request.withUrl(target) : new Request(target, request),
    );
  });
  return { page, url };
}

/** The openapi-fetch options of a resource call: the caller's signal and headers, text parsing (see unwrap), and PendingRequest unless middleware needs real Requests. */
export function fetchInit(ctx: ResourceContext, options: RequestOptions | undefined) {
  return {
    signal: options?.signal,
    headers: options?.headers,
    parseAs: "text" as const,
    Request: ctx.hasMiddleware() ? undefined : PendingRequestConstructor,
  };
}
