// The status Prism mode answers when a request names none, where Prism's own choice (the lowest
// documented 2xx) would contradict the docs.

import type { IHttpOperation } from "@stoplight/types";

/**
 * Default success status by operationId. patchOAuthClient documents 202 only for an update that makes
 * Qlik issue a new secret (returned in the body), otherwise 204; no patchable path (`/clientName`,
 * `/description`) does that, so a plain update answers 204. `Prefer: code=202` still gets the 202.
 */
export const defaultSuccessStatuses: Readonly<Record<string, number>> = { patchOAuthClient: 204 };

interface DefaultRoute {
  readonly method: string;
  readonly path: RegExp;
  readonly status: number;
}

function templatePattern(template: string): RegExp {
  const parts = template
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join("[^/]+")}$`);
}

/**
 * A lookup of the default status for a request to `operations` (Prism's parsed spec). An operation
 * gets one only when the served spec documents that status for it, so another spec is unaffected.
 */
export function createDefaultStatusLookup(
  operations: readonly IHttpOperation[],
): (method: string, path: string) => number | undefined {
  const routes: DefaultRoute[] = [];
  for (const operation of operations) {
    const status = operation.iid === undefined ? undefined : defaultSuccessStatuses[operation.iid];
    if (status === undefined) continue;
    if (!operation.responses.some((response) => response.code === String(status))) continue;
    routes.push({ method: operation.method, path: templatePattern(operation.path), status });
  }
  return (method, path) =>
    routes.find((route) => route.method === method.toLowerCase() && route.path.test(path))?.status;
}
