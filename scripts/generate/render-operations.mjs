// Renders per-operation metadata (route, client method, rate-limit tier, statuses, retry safety).

import { withTsBanner } from "./banner.mjs";

const preamble = `/** What the spec says about one operation, for code that must not hard-code routes. */
export interface OperationMetadata {
  /** The spec's operationId. */
  readonly operationId: string;
  /** HTTP method in upper case. */
  readonly method: "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";
  /** Path template relative to the server URL. */
  readonly path: string;
  /** The client method that serves it, as \`resource.method\` (\`x-client-method\`). */
  readonly clientMethod: string;
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
  /** True when repeating the request cannot change server state twice: an idempotent method, or \`x-safe-to-retry\`. */
  readonly safeToRetry: boolean;
  /** The 2xx a mock answers when the request asks for none (\`x-mock-default-status\`), or null for the lowest. */
  readonly mockDefaultStatus: number | null;
}
`;

/**
 * Renders \`operations.ts\` from the operation records.
 * @param {ReturnType<typeof import("./collect-operations.mjs").collectOperations>["records"]} records
 */
export function renderOperations(records) {
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

/** The client method of every operationId, as \`resource.method\` on the client (\`x-client-method\`). */
export const resourceMethodByOperationId = {
${records.map((record) => `  ${record.operationId}: ${JSON.stringify(record.clientMethod)},`).join("\n")}
} as const satisfies Record<OperationId, string>;
`);
}
