// The TypeScript side of a client method: the type of each positional argument, the named aliases
// those types need, and the type it resolves to. Shared by the request builders and the resource
// methods, so a builder and the method that calls it always agree.

import { pascalCase } from "./collect-client-methods.mjs";

/** Makes text safe inside a `/** … *\/` comment. */
export function docText(text) {
  return String(text).replace(/\*\//g, "*\\/").trim();
}

/** First sentence-ish line of a description, for a one-line doc comment. */
export function firstLine(text) {
  const line = docText(text)
    .split(/\n\s*\n|\n/)[0]
    .trim();
  return line.length > 0 ? line : "";
}

/**
 * The typed positional arguments of a method and the aliases they use.
 * @param {ReturnType<typeof import("./collect-client-methods.mjs").collectClientMethods>["methods"][number]} method
 */
export function argumentTypes(method) {
  const { record, args, parameters } = method;
  const op = JSON.stringify(record.operationId);
  const pascal = pascalCase(record.operationId);
  const aliases = [];
  const positionalNames = new Set(args.filter((arg) => arg.parameter).map((arg) => arg.name));
  const typed = args.map((arg) => {
    if (arg.kind === "body") {
      const name = method.body.schemaName ?? `${pascal}Body`;
      if (!method.body.schemaName) {
        aliases.push({
          name,
          doc: `The JSON body of \`${record.operationId}\`.`,
          type: `NonNullable<operations[${op}]["requestBody"]>["content"]["application/json"]`,
        });
      }
      return { ...arg, identifier: "body", type: name, optional: !method.body.required };
    }
    if (arg.kind === "query") {
      const rest = parameters.filter(
        (parameter) => parameter.in === "query" && !positionalNames.has(parameter.name),
      );
      const name = `${pascal}Query`;
      const base = `NonNullable<operations[${op}]["parameters"]["query"]>`;
      const omitted = [...positionalNames]
        .filter((n) => parameters.some((p) => p.in === "query" && p.name === n))
        .map((n) => JSON.stringify(n));
      aliases.push({
        name,
        doc: `Query parameters of \`${record.operationId}\`${omitted.length ? " (besides its positional ones)" : ""}.`,
        type: omitted.length ? `Omit<${base}, ${omitted.join(" | ")}>` : base,
      });
      return {
        ...arg,
        identifier: "query",
        type: name,
        optional: !rest.some((parameter) => parameter.required),
        queryParameters: rest,
      };
    }
    const { parameter } = arg;
    // A path parameter names a resource, so its shared component name is its type's name
    // (`OAuthClientId`); any other positional parameter is named after its operation.
    let name = parameter.in === "path" ? parameter.componentName : null;
    if (name) {
      aliases.push({
        name,
        doc: firstLine(parameter.description) || `The \`${parameter.name}\` parameter.`,
        type: `components["parameters"][${JSON.stringify(name)}]`,
        shared: true,
      });
    } else {
      name = `${pascal}${pascalCase(parameter.name)}`;
      aliases.push({
        name,
        doc: firstLine(parameter.description) || `The \`${parameter.name}\` parameter.`,
        type: `operations[${op}]["parameters"][${JSON.stringify(parameter.in)}][${JSON.stringify(parameter.name)}]`,
      });
    }
    return {
      ...arg,
      identifier: identifierOf(parameter.name),
      type: parameter.required ? name : `NonNullable<${name}>`,
      optional: !parameter.required,
    };
  });
  // An optional argument before a required one must still be passed (as undefined).
  for (let i = typed.length - 2; i >= 0; i--) {
    if (typed[i].optional && !typed[i + 1].optional) {
      typed[i] = { ...typed[i], optional: false, type: `${typed[i].type} | undefined` };
    }
  }
  return { args: typed, aliases };
}

/** A parameter name as a JavaScript identifier (`qlik-confirm-delete` → `qlikConfirmDelete`). */
export function identifierOf(name) {
  const camel = name.replace(/[^A-Za-z0-9_$]+([A-Za-z0-9])/g, (_, c) => c.toUpperCase());
  const safe = camel.replace(/[^A-Za-z0-9_$]/g, "");
  return /^[0-9]/.test(safe) ? `_${safe}` : safe;
}

/** `name: Type` / `name?: Type` for each argument. */
export function parameterList(args) {
  return args.map((arg) => `${arg.identifier}${arg.optional ? "?" : ""}: ${arg.type}`);
}

/** What the method resolves to: the union of its 2xx JSON bodies, `| undefined` when a 2xx has none. */
export function resultType(method) {
  const { successes, record } = method;
  const op = JSON.stringify(record.operationId);
  const bodies = [
    ...new Set(
      successes
        .filter((success) => success.json)
        .map(
          (success) =>
            success.schemaName ??
            `operations[${op}]["responses"][${success.status}]["content"]["application/json"]`,
        ),
    ),
  ];
  if (bodies.length === 0) return "void";
  const empty = successes.some((success) => !success.json);
  return `${bodies.join(" | ")}${empty ? " | undefined" : ""}`;
}

/** The type of one item of a paged list. */
export function itemType(method) {
  const { pagination } = method;
  if (pagination.itemSchemaName) return pagination.itemSchemaName;
  const page = resultType(method);
  return `NonNullable<(${page})[${JSON.stringify(pagination.items)}]>[number]`;
}
