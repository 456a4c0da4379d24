// Maps a method and path to an operationId, using the paths of `operationMetadata` (nothing hand-listed).

import type { OperationId } from "@qlik-org/generated";
import { operationIds, operationMetadata } from "@qlik-org/generated";

/** A request matched to an operation, with its decoded path parameters. */
export interface RouteMatch {
  readonly kind: "operation";
  readonly operationId: OperationId;
  readonly pathParams: Readonly<Record<string, string>>;
}

/** No operation matched: unknown path (404) or known path with another method (405). */
export interface RouteMiss {
  readonly kind: "not-found" | "method-not-allowed";
  /** Methods the path supports, for `Allow` on a 405. */
  readonly allow: readonly string[];
}

interface CompiledRoute {
  readonly operationId: OperationId;
  readonly method: string;
  readonly segments: readonly ({ readonly literal: string } | { readonly param: string })[];
  readonly literalCount: number;
}

function compile(operationId: OperationId): CompiledRoute {
  const { path, method } = operationMetadata[operationId];
  const segments = path
    .split("/")
    .slice(1)
    .map((segment) => {
      const param = /^\{(.+)\}$/.exec(segment)?.[1];
      return param ? { param } : { literal: segment };
    });
  return {
    operationId,
    method,
    segments,
    literalCount: segments.filter((s) => "literal" in s).length,
  };
}

// Literal segments win over templated ones (`/tenants/actions/count` before `/tenants/{tenantId}`).
const routes = operationIds.map(compile).sort((a, b) => b.literalCount - a.literalCount);

function matchSegments(
  route: CompiledRoute,
  parts: readonly string[],
): Record<string, string> | undefined {
  if (route.segments.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, segment] of route.segments.entries()) {
    const part = parts[index] ?? "";
    if ("literal" in segment) {
      if (segment.literal !== part) return undefined;
    } else {
      if (part === "") return undefined;
      try {
        params[segment.param] = decodeURIComponent(part);
      } catch {
        return undefined;
      }
    }
  }
  return params;
}

/** Finds the operation for `method` and `pathname`. */
export function matchRoute(method: string, pathname: string): RouteMatch | RouteMiss {
  const parts = pathname.split("/").slice(1);
  const allow = new Set<string>();
  let pathKnown = false;
  for (const route of routes) {
    const params = matchSegments(route, parts);
    if (!params) continue;
    pathKnown = true;
    allow.add(route.method);
    if (route.method === method.toUpperCase()) {
      return { kind: "operation", operationId: route.operationId, pathParams: params };
    }
  }
  return { kind: pathKnown ? "method-not-allowed" : "not-found", allow: [...allow].sort() };
}
