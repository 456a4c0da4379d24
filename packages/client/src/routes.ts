// Maps a request (method + path) to its operation in the generated metadata, so that routes,
// rate-limit tiers and retry safety come from the spec. Everything is compiled once, at load time.

import { type OperationId, operationIds, operationMetadata } from "@qlik-org/generated";

/** What the client needs to know about the operation a request belongs to. */
export interface Route {
  /** The operation's id in the spec. */
  readonly operationId: OperationId;
  /** Rate-limit tier, or null when the operation has none. */
  readonly tier: number | null;
  /** Documented requests per minute of that tier. */
  readonly requestsPerMinute: number | null;
  /** Whether a bearer token must be sent. */
  readonly requiresAuth: boolean;
  /** Whether the request may be repeated after an ambiguous failure (idempotent method). */
  readonly safeToRetry: boolean;
}

interface TemplateRoute {
  readonly method: string;
  readonly pattern: RegExp;
  readonly route: Route;
}

const exactRoutes = new Map<string, Route>();
const templateRoutes: TemplateRoute[] = [];

const PARAM = /\{[^/{}]+\}/g;
const REGEX_SPECIAL = /[.*+?^$()|[\]\\]/g;

for (const operationId of operationIds) {
  const meta = operationMetadata[operationId];
  const route: Route = {
    operationId,
    tier: meta.rateLimit?.tier ?? null,
    requestsPerMinute: meta.rateLimit?.requestsPerMinute ?? null,
    requiresAuth: meta.requiresAuth,
    safeToRetry: meta.safeToRetry,
  };
  if (!meta.path.includes("{")) {
    exactRoutes.set(`${meta.method} ${meta.path}`, route);
    continue;
  }
  const source = meta.path
    .split(PARAM)
    .map((literal) => literal.replace(REGEX_SPECIAL, "\\$&"))
    .join("[^/]+");
  templateRoutes.push({ method: meta.method, pattern: new RegExp(`^${source}$`), route });
}

/** Finds the operation for a method and a path relative to the base URL (no query string). */
export function matchRoute(method: string, path: string): Route | undefined {
  const exact = exactRoutes.get(`${method} ${path}`);
  if (exact) return exact;
  for (const candidate of templateRoutes) {
    if (candidate.method === method && candidate.pattern.test(path)) return candidate.route;
  }
  return undefined;
}
