// The status Prism mode answers when a request names none, where the spec declares one in
// `x-mock-default-status` instead of Prism's own choice (the lowest documented 2xx).

import { matchRoute, operationMetadata } from "@qlik-org/generated";
import type { IHttpOperation } from "@stoplight/types";

/**
 * A lookup of the default status for a request to `operations` (Prism's parsed spec). An operation
 * gets one only when the served spec has it at the same method and path and documents that status,
 * so another spec is unaffected.
 */
export function createDefaultStatusLookup(
  operations: readonly IHttpOperation[],
): (method: string, path: string) => number | undefined {
  const served = new Map(operations.map((operation) => [operation.iid, operation]));
  return (method, path) => {
    const route = matchRoute(method, path);
    if (route.kind !== "operation") return undefined;
    const metadata = operationMetadata[route.operationId];
    const status = metadata.mockDefaultStatus;
    const operation = served.get(route.operationId);
    const documented =
      operation?.method.toUpperCase() === metadata.method &&
      operation.path === metadata.path &&
      operation.responses.some((response) => response.code === String(status));
    return status !== null && documented ? status : undefined;
  };
}
