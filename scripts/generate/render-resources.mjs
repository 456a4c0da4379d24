// Renders the resource methods: per `x-client-method`, a typed method with the spec's summary and
// description as its doc comment, which builds its request with the generated builder and hands it
// to a client core (`ResourceCore`) that knows HTTP, auth, retries and errors.

import { withTsBanner } from "./banner.mjs";
import {
  argumentTypes,
  docText,
  itemType,
  parameterList,
  resultType,
} from "./client-method-types.mjs";

const preamble = `/** Where a paged list keeps its items and the URL of its next page (\`x-client-paginate\`). */
export interface Pagination {
  /** Property of a page that holds its items. */
  readonly items: string;
  /** Property path, in a page, to the next page's URL. */
  readonly nextLink: readonly string[];
}

/** What the generated resource methods need from a client core. */
export interface ResourceCore<Options, TokenOptions> {
  /** The base URL the request builders put in front of each path. */
  readonly baseUrl: string;
  /** Sends the request \`build\` returns; resolves to its parsed 2xx body (undefined when the 2xx has none). */
  send<T>(build: () => OperationRequest, options: Options | undefined): Promise<T>;
  /** Yields every item of a paged list, from the request \`build\` returns, page by page. */
  paginate<T>(
    build: () => OperationRequest,
    pagination: Pagination,
    options: Options | undefined,
  ): AsyncGenerator<T, void, undefined>;
  /** The bearer token the next request will carry (the \`x-client-token-grant\` operation). */
  getToken(options: TokenOptions | undefined): Promise<string>;
  /** Throws the client's argument error when \`value\`, argument \`name\` of \`method\`, cannot be sent (in \`header\` too, when given). */
  checkArgument(method: string, name: string, value: unknown, header?: string): void;
}
`;

/**
 * Renders \`resources.ts\`.
 * @param {ReturnType<typeof import("./collect-client-methods.mjs").collectClientMethods>} described
 */
export function renderResources({ methods, resources }) {
  const typeImports = new Set();
  const builderImports = [];
  const interfaces = [];
  const factories = [];
  const paginations = [];
  for (const resource of resources) {
    const members = methods.filter((method) => method.resource === resource.name);
    if (members.length === 0) continue;
    const signatures = [];
    const implementations = [];
    const usesOptions = members.some((method) => !method.tokenGrant);
    const usesToken = members.some((method) => method.tokenGrant);
    for (const method of members) {
      const { args, aliases } = argumentTypes(method);
      for (const alias of aliases) typeImports.add(alias.name);
      if (method.body?.schemaName && !method.tokenGrant) typeImports.add(method.body.schemaName);
      for (const success of method.tokenGrant ? [] : method.successes) {
        if (success.schemaName) typeImports.add(success.schemaName);
      }
      const rendered = renderMethod(method, args, paginations);
      if (!method.tokenGrant) builderImports.push(`${method.record.operationId}Request`);
      if (method.pagination?.itemSchemaName) typeImports.add(method.pagination.itemSchemaName);
      signatures.push(...rendered.signatures);
      implementations.push(...rendered.implementations);
    }
    const typeParameters = [
      usesOptions ? "Options = unknown" : null,
      usesToken ? "TokenOptions = unknown" : null,
    ].filter(Boolean);
    const generic = typeParameters.length ? `<${typeParameters.join(", ")}>` : "";
    resource.generic = [usesOptions ? "Options" : null, usesToken ? "TokenOptions" : null]
      .filter(Boolean)
      .join(", ");
    interfaces.push(`/** ${docText(resource.description)} */
export interface ${resource.typeName}${generic} {
${signatures.join("\n")}
}`);
    factories.push(`    ${resource.name}: {
${implementations.join("\n")}
    },`);
  }
  const used = resources.filter((resource) => resource.generic !== undefined);
  const resourcesInterface = `/** Every resource of the client, one property per resource of \`x-client-method\`. */
export interface Resources<Options = unknown, TokenOptions = unknown> {
${used
  .map(
    (resource) =>
      `  /** ${docText(resource.description)} */\n  readonly ${resource.name}: ${resource.typeName}<${resource.generic}>;`,
  )
  .join("\n")}
}`;
  return withTsBanner(`import type { ${[...typeImports].sort().join(", ")} } from "./index.js";
import { ${[...builderImports].sort().join(", ")}, type OperationRequest } from "./requests.js";

${preamble}
${paginations.join("\n")}

${interfaces.join("\n\n")}

${resourcesInterface}

/** Builds every resource method on \`core\`. */
export function createResources<Options, TokenOptions>(
  core: ResourceCore<Options, TokenOptions>,
): Resources<Options, TokenOptions> {
  const base = core.baseUrl;
  return {
${factories.join("\n")}
  };
}
`);
}

/** The doc comment of a method: summary, operationId, description, and what is never repeated. */
function methodDoc(method, extra) {
  const { record } = method;
  const lines = [`${docText(record.summary)} (\`${record.operationId}\`).`];
  if (extra) lines.push("", extra);
  if (method.description) lines.push("", ...docText(method.description).split("\n"));
  if (!record.safeToRetry) {
    lines.push(
      "",
      "Never repeated after a failure that may have reached the server: it is not safe to retry.",
    );
  }
  return `  /**\n${lines.map((line) => `   *${line ? ` ${line}` : ""}`).join("\n")}\n   */`;
}

/** The interface members and object members of one operation's method (and its pager). */
function renderMethod(method, args, paginations) {
  const { record } = method;
  const clientMethod = `${method.resource}.${method.method}`;
  if (method.tokenGrant) {
    return {
      signatures: [
        `${methodDoc(method, "Resolves to the cached token while it is valid, else to a fresh one.")}\n  ${method.method}(options?: TokenOptions): Promise<string>;`,
      ],
      implementations: [`      ${method.method}: (options) => core.getToken(options),`],
    };
  }
  const params = [...parameterList(args), "options?: Options"].join(", ");
  const names = args.map((arg) => arg.identifier);
  const call = `${record.operationId}Request(${["base", ...names].join(", ")})`;
  const checks = args
    .filter(
      (arg) => arg.parameter && (arg.parameter.in === "path" || arg.parameter.in === "header"),
    )
    .map((arg) => {
      const header = method.parameters.find(
        (parameter) => parameter.in === "header" && parameter.valueFrom === arg.parameter.name,
      );
      const extra = header ? `, ${JSON.stringify(header.name)}` : "";
      return `core.checkArgument(${JSON.stringify(clientMethod)}, ${JSON.stringify(arg.identifier)}, ${arg.identifier}${extra});`;
    });
  // Arguments are checked inside the builder thunk, so a bad one rejects (or fails the first
  // iteration of a pager) instead of throwing at the call.
  const build = checks.length
    ? `() => {\n${checks.map((check) => `          ${check}\n`).join("")}          return ${call};\n        }`
    : `() => ${call}`;
  const result = resultType(method);
  const parameters = [...names, "options"].join(", ");
  const signatures = [`${methodDoc(method)}\n  ${method.method}(${params}): Promise<${result}>;`];
  const implementations = [
    `      ${method.method}: (${parameters}) =>\n        core.send<${result}>(${build}, options),`,
  ];
  const { pagination } = method;
  if (pagination) {
    const constant = `${record.operationId}Pagination`;
    paginations.push(
      `const ${constant}: Pagination = { items: ${JSON.stringify(pagination.items)}, nextLink: ${JSON.stringify(pagination.nextLink.split("."))} };`,
    );
    const item = itemType(method);
    const extra = `Every item of \`${method.method}\`, page after page: it follows \`${pagination.nextLink}\` exactly as given and fetches the next page while the current one is consumed.`;
    signatures.push(
      `${methodDoc(method, extra)}\n  ${pagination.method}(${params}): AsyncGenerator<${item}, void, undefined>;`,
    );
    implementations.push(
      `      ${pagination.method}: (${parameters}) =>\n        core.paginate<${item}>(${build}, ${constant}, options),`,
    );
  }
  return { signatures, implementations };
}
