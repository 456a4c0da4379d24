// Renders per-operation metadata (route, rate-limit tier, statuses, retry safety) from the spec.

import { withTsBanner } from "./banner.mjs";

const httpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
// RFC 9110 §9.2.2: repeating these has the same effect on the server as sending them once.
const idempotentMethods = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"]);

/**
 * Collects one metadata record per operation, in spec order.
 * @param {any} bundled the bundled spec
 */
export function collectOperations(bundled) {
  const records = [];
  for (const [path, pathItem] of Object.entries(bundled.paths ?? {})) {
    for (const method of httpMethods) {
      const operation = pathItem[method];
      if (!operation) continue;
      if (!operation.operationId) {
        throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      }
      const statuses = Object.keys(operation.responses ?? {})
        .filter((status) => /^\d{3}$/.test(status))
        .map(Number)
        .sort((a, b) => a - b);
      const rateLimit = operation["x-rate-limit"];
      const security = operation.security ?? bundled.security ?? [];
      const upperMethod = method.toUpperCase();
      records.push({
        operationId: operation.operationId,
        method: upperMethod,
        path,
        tag: operation.tags?.[0] ?? null,
        summary: operation.summary ?? "",
        rateLimit: rateLimit
          ? { tier: rateLimit.tier, requestsPerMinute: rateLimit.requestsPerMinute }
          : null,
        requiresAuth: security.some((requirement) => Object.keys(requirement).length > 0),
        successStatuses: statuses.filter((status) => status >= 200 && status < 300),
        errorStatuses: statuses.filter((status) => status >= 400),
        safeToRetry: idempotentMethods.has(upperMethod),
      });
    }
  }
  return records;
}

const preamble = `/** What the spec says about one operation, for code that must not hard-code routes. */
export interface OperationMetadata {
  /** The spec's operationId. */
  readonly operationId: string;
  /** HTTP method in upper case. */
  readonly method: "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";
  /** Path template relative to the server URL. */
  readonly path: string;
  /** First tag of the operation, or null. */
  readonly tag: string | null;
  /** One-line summary from the spec. */
  readonly summary: string;
  /** Documented rate-limit tier (x-rate-limit), or null when the operation has none. */
  readonly rateLimit: { readonly tier: number; readonly requestsPerMinute: number } | null;
  /** Whether the operation needs a bearer token. */
  readonly requiresAuth: boolean;
  /** Documented 2xx statuses, ascending. */
  readonly successStatuses: readonly number[];
  /** Documented 4xx/5xx statuses, ascending. */
  readonly errorStatuses: readonly number[];
  /** True when repeating the request cannot change server state twice (idempotent method). */
  readonly safeToRetry: boolean;
}
`;

/**
 * Renders \`operations.ts\` from the bundled spec.
 * @param {any} bundled
 */
export function renderOperations(bundled) {
  const records = collectOperations(bundled);
  const body = records
    .map(
      (record) =>
        `  ${record.operationId}: ${JSON.stringify(record, null, 2).replace(/\n/g, "\n  ")},`,
    )
    .join("\n");
  const ids = records.map((record) => JSON.stringify(record.operationId)).join(", ");
  return withTsBanner(`${preamble}
/** Every operationId in the spec, in spec order. */
export const operationIds = [${ids}] as const;

/** An operationId of the spec. */
export type OperationId = (typeof operationIds)[number];

/** Metadata of every operation, keyed by operationId. */
export const operationMetadata = {
${body}
} as const satisfies Record<OperationId, OperationMetadata>;
`);
}
