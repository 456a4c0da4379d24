// What every resource method shares: the openapi-fetch client and the way results become data or
// typed errors.

import { type OperationId, operationMetadata, type paths } from "@qlik-org/generated";
import type { Client } from "openapi-fetch";
import { errorFromResponse } from "../error-from-response.js";
import type { OrgApiError } from "../errors.js";
import type { Redactor } from "../redact.js";
import type { FetchLike, ResponseOutcome } from "../transport.js";

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
  readonly transport: FetchLike;
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

/** The typed error for a failed result. */
export function failure(
  ctx: ResourceContext,
  operationId: OperationId,
  result: FetchResult<unknown>,
): OrgApiError {
  const { response } = result;
  const outcome = ctx.outcomes.get(response);
  return errorFromResponse(
    {
      response,
      body: result.error,
      operationId: outcome?.operationId ?? operationId,
      request: outcome?.request ?? {
        method: operationMetadata[operationId].method,
        url: response.url,
      },
    },
    ctx.redactor,
  );
}

/** The data of a successful result; throws the typed error otherwise. */
export async function unwrap<T>(
  ctx: ResourceContext,
  operationId: OperationId,
  pending: Promise<FetchResult<T>>,
): Promise<T> {
  const result = await pending;
  if (!result.response.ok) throw failure(ctx, operationId, result);
  return result.data as T;
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

/** A fetch for openapi-fetch that sends the request to `href` (resolved against the base URL) instead. */
export function fetchAt(
  ctx: ResourceContext,
  href: string,
): (request: Request) => Promise<Response> {
  const url = new URL(href, `${ctx.baseUrl}/`).href;
  return (request) => ctx.transport(new Request(url, request));
}

/** The options openapi-fetch understands, taken from a resource call's options. */
export function fetchInit(options: RequestOptions | undefined): RequestOptions {
  return options ? { signal: options.signal, headers: options.headers } : {};
}
