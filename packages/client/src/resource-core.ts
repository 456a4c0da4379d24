// The core under the generated resource methods: it sends what a generated request builder built on
// the one send path, and turns the outcome into data or a typed error.

import type { OperationRequest, Pagination, ResourceCore } from "@qlik-org/generated";
import type { TokenSource } from "./auth.js";
import { checkUnderBaseUrl } from "./base-url.js";
import { apiError, parseSuccessBody } from "./error-factory.js";
import { OrgClientError } from "./errors.js";
import { NOT_IN_HEADER } from "./header-value.js";
import { type FetchedPage, paginate, resolveLink } from "./pagination.js";
import { type RequestOptions, resolveCallSettings } from "./request-options.js";
import { type SendContext, send } from "./send.js";

/** Options of `auth.getToken`. */
export type TokenOptions = Pick<RequestOptions, "signal">;

/** Throws OrgClientError when `value` cannot be sent as a path segment (or in `header`). */
function checkArgument(method: string, name: string, value: unknown, header?: string): void {
  let problem: string | undefined;
  if (typeof value !== "string" || value === "") {
    problem = `${name} must be a non-empty string`;
  } else if (
    header !== undefined &&
    // Headers would strip surrounding whitespace (trim() also counts U+00A0, refused as well).
    (NOT_IN_HEADER.test(value) || value.trim() !== value)
  ) {
    // The value is not shown: it holds the very characters that make it unfit for a message.
    problem = `${name} cannot go into the ${header} header (it has a line break, a control or non-Latin-1 character, or surrounding whitespace)`;
  }
  if (problem !== undefined) throw new OrgClientError(`${method}: ${problem}`);
}

/** Sends one built request and returns its parsed 2xx body, or throws the typed error. */
async function sendOperation(
  ctx: SendContext,
  request: OperationRequest,
  options: RequestOptions | undefined,
  signal?: AbortSignal,
): Promise<unknown> {
  const { policy, url } = request;
  const settings = resolveCallSettings(ctx.defaults, options);
  const { response, body, afterAmbiguousFailure } = await send(
    ctx,
    { policy, method: policy.method, url, headers: request.headers, body: request.body },
    signal ? { ...settings, signal } : settings,
    "text",
  );
  const target = { method: policy.method, url };
  if (response.ok) {
    // An operation that answers no JSON, or a 2xx the spec documents without a body (204).
    if (!policy.returnsJson || policy.emptyStatuses.includes(response.status)) {
      return undefined;
    }
    return parseSuccessBody(body, response, policy, target, ctx.redactor);
  }
  // A repeated DELETE that finds nothing: the attempt that failed ambiguously did the job.
  if (response.status === 404 && policy.method === "DELETE" && afterAmbiguousFailure) {
    return undefined;
  }
  throw apiError(
    { response, text: body, operationId: policy.operationId, request: target },
    ctx.redactor,
  );
}

/** Builds the core the generated `createResources` puts the resource methods on. */
export function createResourceCore(
  ctx: SendContext,
  tokens: TokenSource,
): ResourceCore<RequestOptions, TokenOptions> {
  const { baseUrl } = ctx;
  return {
    baseUrl,
    async send<T>(build: () => OperationRequest, options: RequestOptions | undefined) {
      return (await sendOperation(ctx, build(), options)) as T;
    },
    paginate<T>(
      build: () => OperationRequest,
      pagination: Pagination,
      options: RequestOptions | undefined,
    ) {
      let first: OperationRequest | undefined;
      const fetchPage = async (
        href: string | undefined,
        signal: AbortSignal,
      ): Promise<FetchedPage> => {
        first ??= build();
        let url = first.url;
        if (href !== undefined) {
          const target = resolveLink(baseUrl, href);
          if (target === undefined) {
            throw new OrgClientError(
              `${pagination.nextLink.join(".")} is not a URL: ${ctx.redactor.text(href).slice(0, 200)}`,
            );
          }
          checkUnderBaseUrl(
            target,
            baseUrl,
            `follow ${pagination.nextLink.join(".")} to`,
            ctx.redactor,
          );
          url = target;
        }
        const page = await sendOperation(ctx, { ...first, url }, options, signal);
        return { page, url };
      };
      return paginate<T>(fetchPage, pagination, baseUrl, options?.signal);
    },
    getToken: async (options: TokenOptions | undefined) => tokens.get(options?.signal),
    checkArgument,
  };
}
