// The fetch that openapi-fetch calls for the path-based surface (`org.GET(...)` and friends): it
// finds the request's operation in the generated route table and sends it on the one send path,
// then hands openapi-fetch a Response whose body was read under the time limit.

import { matchRoute, type OperationPolicy, operationPolicies } from "@qlik-org/generated";
import { OrgClientError } from "./errors.js";
import { type SendContext, send } from "./send.js";

/** Statuses whose responses have no body; `new Response` refuses one for them (fetch never returns a 1xx). */
const NULL_BODY_STATUSES = [204, 205, 304];

/** openapi-fetch's `fetch`. */
export type PathTransport = (request: Request, initExt?: RequestInit) => Promise<Response>;

/** Builds the fetch given to openapi-fetch. */
export function createPathTransport(ctx: SendContext): PathTransport {
  const base = ctx.baseUrl;

  /** The operation of a request, or undefined for a path the spec lacks; refuses other hosts. */
  function policyOf(url: string, method: string): OperationPolicy | undefined {
    // A Request's URL always has a path ("https://host/" at least), and "https://host.evil/" does
    // not start with "https://host/".
    if (!url.startsWith(`${base}/`)) {
      throw new OrgClientError(
        `Refusing to send ${method} ${ctx.redactor.text(url)}: it is outside baseUrl ${base}, and the client sends its credentials only there`,
      );
    }
    const query = url.indexOf("?", base.length);
    const match = matchRoute(method, url.slice(base.length, query === -1 ? undefined : query));
    return match.kind === "operation" ? operationPolicies[match.operationId] : undefined;
  }

  return async function pathTransport(request) {
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
    const { response, body: bytes } = await send<ArrayBuffer>(
      ctx,
      { policy, method, url, headers, body },
      // openapi-fetch's Request always has a signal: the caller's, or one that never aborts.
      { ...ctx.defaults, signal: request.signal },
      "bytes",
    );
    const whole = new Response(NULL_BODY_STATUSES.includes(response.status) ? null : bytes, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    // A constructed Response has an empty url; error reports and pagination read it.
    Object.defineProperty(whole, "url", { value: response.url });
    return whole;
  };
}
