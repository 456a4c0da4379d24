// Renders the request builders: per operation, a function that writes its URL from the path
// template and its declared query parameters, and its headers and JSON body, with no generic
// serializer; and the run-time policy of each operation (retry safety, token, rate-limit tier).

import { withTsBanner } from "./banner.mjs";
import { argumentTypes, docText, parameterList } from "./client-method-types.mjs";

const preamble = `import type { components, operations } from "./schema.js";
import type { OperationId } from "./operations.js";
__IMPORTS__
/** What a client needs to know about an operation when it sends it. */
export interface OperationPolicy {
  /** The spec's operationId. */
  readonly operationId: OperationId;
  /** HTTP method in upper case. */
  readonly method: string;
  /** Whether repeating it cannot change server state twice (an idempotent method, or \`x-safe-to-retry\`). */
  readonly safeToRetry: boolean;
  /** Whether it needs a bearer token. */
  readonly requiresAuth: boolean;
  /** Its rate-limit tier (\`x-rate-limit\`), or null. */
  readonly rateLimit: { readonly tier: number; readonly requestsPerMinute: number } | null;
  /** Whether any documented 2xx answer carries a JSON body. */
  readonly returnsJson: boolean;
  /** The documented 2xx statuses without a body (such as 204). */
  readonly emptyStatuses: readonly number[];
}

/** A request ready to send: the operation's policy, the absolute URL, header parameters and JSON body. */
export interface OperationRequest {
  /** The operation it calls. */
  readonly policy: OperationPolicy;
  /** Absolute URL, query string included. */
  readonly url: string;
  /** Header parameters and the body's content type; no credentials. */
  readonly headers: Readonly<Record<string, string>> | undefined;
  /** The JSON body as text, or undefined. */
  readonly body: string | undefined;
}

/** \`&name=value\`, or nothing for an absent value. */
function pair(name: string, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map((item) => pair(name, item)).join("");
  return \`&\${name}=\${encodeURIComponent(String(value))}\`;
}

/** The query string (with its \`?\`) of the pairs, or nothing. */
function search(pairs: string): string {
  return pairs === "" ? "" : \`?\${pairs.slice(1)}\`;
}
`;

/**
 * Renders \`requests.ts\`.
 * @param {ReturnType<typeof import("./collect-client-methods.mjs").collectClientMethods>["methods"]} methods
 */
export function renderRequests(methods) {
  const aliases = new Map();
  const builders = [];
  const schemaNames = new Set();
  for (const method of methods) {
    const { args, aliases: needed } = argumentTypes(method);
    for (const alias of needed) aliases.set(alias.name, alias);
    if (method.body?.schemaName) schemaNames.add(method.body.schemaName);
    builders.push(renderBuilder(method, args));
  }
  const policies = methods
    .map(({ record, successes }) => {
      const policy = {
        operationId: record.operationId,
        method: record.method,
        safeToRetry: record.safeToRetry,
        requiresAuth: record.requiresAuth,
        rateLimit: record.rateLimit,
        returnsJson: successes.some((success) => success.json),
        emptyStatuses: successes
          .filter((success) => !success.json)
          .map((success) => success.status),
      };
      return `  ${record.operationId}: ${JSON.stringify(policy)},`;
    })
    .join("\n");
  const imports = schemaNames.size
    ? `import type { ${[...schemaNames].sort().join(", ")} } from "./index.js";\n`
    : "";
  const aliasSource = [...aliases.values()]
    .map((alias) => `/** ${docText(alias.doc)} */\nexport type ${alias.name} = ${alias.type};`)
    .join("\n\n");
  return withTsBanner(`${preamble.replace("__IMPORTS__", imports)}
/** The policy of every operation, keyed by operationId. */
export const operationPolicies = {
${policies}
} as const satisfies Record<OperationId, OperationPolicy>;

${aliasSource}

${builders.join("\n\n")}
`);
}

/** The builder of one operation. */
function renderBuilder(method, args) {
  const { record, parameters } = method;
  const url = record.path.replace(/\{([^}]+)\}/g, (_, name) => {
    const arg = args.find((candidate) => candidate.parameter?.name === name);
    return `\${encodeURIComponent(${arg.identifier})}`;
  });
  const queryPairs = [];
  for (const parameter of parameters.filter((p) => p.in === "query")) {
    const positional = args.find((arg) => arg.parameter === parameter);
    const source = positional
      ? positional.identifier
      : `query?.[${JSON.stringify(parameter.name)}]`;
    queryPairs.push(`pair(${JSON.stringify(encodeURIComponent(parameter.name))}, ${source})`);
  }
  const headers = [];
  if (method.body) headers.push(`"content-type": "application/json"`);
  for (const parameter of parameters.filter((p) => p.in === "header")) {
    const name = JSON.stringify(parameter.name.toLowerCase());
    const from = parameter.valueFrom
      ? args.find((arg) => arg.parameter?.name === parameter.valueFrom)
      : args.find((arg) => arg.parameter === parameter);
    headers.push(
      from.optional
        ? `...(${from.identifier} === undefined ? {} : { ${name}: String(${from.identifier}) })`
        : `${name}: ${from.identifier}`,
    );
  }
  const bodyArg = args.find((arg) => arg.kind === "body");
  const body = bodyArg
    ? bodyArg.optional
      ? `body === undefined ? undefined : JSON.stringify(body)`
      : "JSON.stringify(body)"
    : "undefined";
  const urlExpression = queryPairs.length
    ? `\`\${baseUrl}${url}\${search(${queryPairs.join(" + ")})}\``
    : `\`\${baseUrl}${url}\``;
  const signature = ["baseUrl: string", ...parameterList(args)].join(", ");
  return `/** Builds the request of \`${record.operationId}\` (${record.method} ${record.path}) against \`baseUrl\`. */
export function ${record.operationId}Request(${signature}): OperationRequest {
  return {
    policy: operationPolicies.${record.operationId},
    url: ${urlExpression},
    headers: ${headers.length ? `{ ${headers.join(", ")} }` : "undefined"},
    body: ${body},
  };
}`;
}
