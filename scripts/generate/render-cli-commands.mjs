// Renders the command descriptions of the `qlik-org` CLI: one command per operation, its arguments
// and flags read from the spec's parameters and request bodies, mapped to the client method that
// serves it (`x-client-method`) and how that method takes its arguments.

import { withTsBanner } from "./banner.mjs";
import { collectClientMethods } from "./collect-client-methods.mjs";
import { collectOperations, httpMethods } from "./collect-operations.mjs";

const preamble = `/** One flag of a generated command. */
export interface CliFlag {
  /** The flag's name without dashes, kebab-case (\`client-name\`). */
  readonly name: string;
  /** Where the value goes: a query parameter, or a top-level property of the JSON body. */
  readonly in: "query" | "body";
  /** The query parameter's or body property's own name (\`clientName\`). */
  readonly key: string;
  /** How the value is parsed; \`string[]\` flags may be repeated or given comma-separated. */
  readonly type: "string" | "integer" | "number" | "boolean" | "string[]";
  /** The values the spec allows (an enum), or null for any. */
  readonly choices: readonly string[] | null;
  /** Help text, from the spec's description. */
  readonly description: string;
  /** Whether the spec requires it (a body property may come from \`--body\` instead). */
  readonly required: boolean;
}

/** One positional argument of a generated command: a path parameter. */
export interface CliArgument {
  /** The path parameter's name (\`tenantId\`). */
  readonly name: string;
  /** Help text, from the spec's description. */
  readonly description: string;
}

/** A JSON Patch field that a convenience flag replaces (\`--client-name\` → \`/clientName\`). */
export interface CliPatchField {
  /** The flag's name without dashes. */
  readonly name: string;
  /** The JSON Pointer the spec lets a patch step name. */
  readonly path: string;
}

/** What the command sends as its body. */
export type CliBody =
  | { readonly kind: "object"; readonly required: readonly string[] }
  | { readonly kind: "json-patch"; readonly fields: readonly CliPatchField[] };

/**
 * One argument of the client method, in the order the generated resource method takes them
 * (\`x-client-arguments\`, else path parameters, body, query): a path parameter, the body, the
 * query object, or one query parameter's value on its own (\`tenants.count(filter)\`).
 */
export type CliCallArgument =
  | { readonly from: "path"; readonly name: string }
  | { readonly from: "body" }
  | { readonly from: "query" }
  | { readonly from: "query-value"; readonly name: string };

/** How a list operation pages (\`x-client-paginate\`). */
export interface CliPagination {
  /** The client method, on the same resource, that yields every item (\`listAll\`). */
  readonly method: string;
  /** The property of a page that holds its items. */
  readonly items: string;
  /** Dotted path of the next page's URL in a page. */
  readonly nextLink: string;
}

/** A generated command: \`qlik-org <noun> <verb>\`. */
export interface CliCommand {
  /** The spec's operationId. */
  readonly operationId: string;
  /** The resource of \`x-client-method\` in kebab-case (\`oauth-clients\`). */
  readonly noun: string;
  /** The method of \`x-client-method\` in kebab-case (\`create-secret\`). */
  readonly verb: string;
  /** The client method that serves it, as \`resource.method\`. */
  readonly clientMethod: string;
  /** HTTP method in upper case. */
  readonly method: string;
  /** Path template relative to the server URL. */
  readonly path: string;
  /** One-line summary from the spec. */
  readonly summary: string;
  /** Longer description from the spec. */
  readonly description: string;
  /** Path parameters, in path order. */
  readonly arguments: readonly CliArgument[];
  /** Query parameters and top-level scalar body properties. */
  readonly flags: readonly CliFlag[];
  /** The body the operation takes, or null. */
  readonly body: CliBody | null;
  /** How the client method takes its arguments, in order. */
  readonly call: readonly CliCallArgument[];
  /** How to follow every page, or null when the operation does not page. */
  readonly paginate: CliPagination | null;
  /** True for a DELETE: the CLI asks before sending it. */
  readonly destructive: boolean;
}
`;

/** \`oauthClients\` → \`oauth-clients\`, \`allowedAuthMethods\` → \`allowed-auth-methods\`. */
export function kebabCase(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}

/** Follows internal `$ref`s of the bundled spec. */
function deref(bundled, value) {
  let current = value;
  while (current && typeof current === "object" && typeof current.$ref === "string") {
    const pointer = current.$ref.replace(/^#\//, "").split("/");
    current = pointer.reduce(
      (node, key) => node?.[key.replace(/~1/g, "/").replace(/~0/g, "~")],
      bundled,
    );
  }
  return current;
}

/** The one-line help text of a description (its first line). */
function oneLine(text) {
  return String(text ?? "")
    .trim()
    .split("\n")[0]
    .trim();
}

/** A flag's value type from a schema, or null when a flag cannot carry it. */
function flagType(schema) {
  if (!schema) return null;
  if (schema.type === "string") return "string";
  if (schema.type === "integer") return "integer";
  if (schema.type === "number") return "number";
  if (schema.type === "boolean") return "boolean";
  return null;
}

/**
 * Describes every operation that needs a token as a command. The token request itself has no
 * command: its body is the credentials, which never go on a command line (`qlik-org auth token`
 * is hand-written on `org.auth.getToken()`).
 * @param {any} bundled the bundled spec
 * @returns {{ commands: any[], problems: string[] }}
 */
export function describeCliCommands(bundled) {
  const { records } = collectOperations(bundled);
  const byId = new Map(records.map((record) => [record.operationId, record]));
  // The client method's own arguments (x-client-arguments, else path, body, query), as the
  // generated resource methods take them.
  const argumentsById = new Map(
    collectClientMethods(bundled, records).methods.map((method) => [
      method.record.operationId,
      method.args,
    ]),
  );
  const commands = [];
  const problems = [];
  for (const [path, rawItem] of Object.entries(bundled.paths ?? {})) {
    const pathItem = deref(bundled, rawItem);
    for (const method of httpMethods) {
      const operation = pathItem[method];
      const record = byId.get(operation?.operationId);
      if (!operation || !record?.requiresAuth) continue;
      const where = `${record.method} ${path} (${record.operationId})`;
      const [resource, clientMethodName] = record.clientMethod.split(".");
      const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map(
        (parameter) => deref(bundled, parameter),
      );

      // Path parameters become positional arguments, in the order the path names them.
      const pathNames = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
      const args = pathNames.map((name) => {
        const parameter = parameters.find((p) => p.in === "path" && p.name === name);
        return { name, description: oneLine(parameter?.description) };
      });

      const flags = [];
      const query = parameters.filter((parameter) => parameter.in === "query");
      for (const parameter of query) {
        const schema = deref(bundled, parameter.schema);
        const type = flagType(schema);
        if (!type) {
          problems.push(`${where}: query parameter "${parameter.name}" has no scalar type`);
          continue;
        }
        flags.push({
          name: kebabCase(parameter.name),
          in: "query",
          key: parameter.name,
          type,
          choices: schema.enum ?? null,
          description: oneLine(parameter.description),
          required: parameter.required === true,
        });
      }
      for (const parameter of parameters.filter((p) => p.in === "header")) {
        // The client fills this header itself (`x-client-value-from`), so it takes no flag.
        if (typeof parameter["x-client-value-from"] === "string") continue;
        problems.push(
          `${where}: header parameter "${parameter.name}" has no x-client-value-from; the CLI has no flag for headers`,
        );
      }

      let body = null;
      const bodySchema = deref(
        bundled,
        deref(bundled, operation.requestBody)?.content?.["application/json"]?.schema,
      );
      if (bodySchema?.type === "object") {
        body = { kind: "object", required: bodySchema.required ?? [] };
        for (const [key, rawProperty] of Object.entries(bodySchema.properties ?? {})) {
          const property = deref(bundled, rawProperty);
          const items = deref(bundled, property?.items);
          const scalar = flagType(property);
          const type =
            scalar ??
            (property?.type === "array" && flagType(items) === "string" ? "string[]" : null);
          // Objects and arrays of objects only come through --body.
          if (!type) continue;
          flags.push({
            name: kebabCase(key),
            in: "body",
            key,
            type,
            choices: (type === "string[]" ? items.enum : property.enum) ?? null,
            description: oneLine(property.description),
            required: (bodySchema.required ?? []).includes(key),
          });
        }
      } else if (bodySchema?.type === "array") {
        // A JSON Patch: each string field a step may name gets a flag that replaces it.
        const step = deref(bundled, bodySchema.items);
        const pointers = deref(bundled, step?.properties?.path)?.enum ?? [];
        body = {
          kind: "json-patch",
          fields: pointers.map((pointer) => ({
            name: kebabCase(pointer.replace(/^\//, "")),
            path: pointer,
          })),
        };
      } else if (bodySchema) {
        problems.push(`${where}: the CLI cannot send a request body of type ${bodySchema.type}`);
      }

      const seen = new Set(["all", "body", "patch", "output", "help"]);
      for (const flag of [...flags, ...(body?.kind === "json-patch" ? body.fields : [])]) {
        if (seen.has(flag.name)) problems.push(`${where}: two flags would be named --${flag.name}`);
        seen.add(flag.name);
      }

      const call = (argumentsById.get(record.operationId) ?? []).map((argument) => {
        if (argument.kind === "body") return { from: "body" };
        if (argument.kind === "query") return { from: "query" };
        if (argument.parameter.in === "path") return { from: "path", name: argument.name };
        if (argument.parameter.in === "query") return { from: "query-value", name: argument.name };
        problems.push(
          `${where}: argument "${argument.name}" is a header, which the CLI has no flag for`,
        );
        return { from: "query-value", name: argument.name };
      });

      const paginate = operation["x-client-paginate"];
      commands.push({
        operationId: record.operationId,
        noun: kebabCase(resource ?? ""),
        verb: kebabCase(clientMethodName ?? ""),
        clientMethod: record.clientMethod,
        method: record.method,
        path,
        summary: record.summary,
        description: String(operation.description ?? "").trim(),
        arguments: args,
        flags,
        body,
        call,
        paginate: paginate
          ? { method: paginate.method, items: paginate.items, nextLink: paginate.nextLink }
          : null,
        destructive: record.method === "DELETE",
      });
    }
  }
  return { commands, problems };
}

/**
 * Renders `cli-commands.ts` from the bundled spec; throws when an operation cannot be a command.
 * @param {any} bundled the bundled spec
 */
export function renderCliCommands(bundled) {
  const { commands, problems } = describeCliCommands(bundled);
  if (problems.length > 0) {
    throw new Error(
      `The spec's operations cannot all be CLI commands:\n  ${problems.join("\n  ")}`,
    );
  }
  const body = commands
    .map((command) => `  ${JSON.stringify(command, null, 2).replace(/\n/g, "\n  ")},`)
    .join("\n");
  return withTsBanner(`${preamble}
/** Every command of \`qlik-org\` that an operation of the spec defines, in spec order. */
export const cliCommands: readonly CliCommand[] = [
${body}
];
`);
}
