// Reads what a client method needs to know about each operation: its positional arguments, the
// parameters and body it sends, what it answers with, and how it pages (the `x-client-*`
// extensions, spec/EXTENSIONS.md). The request builders, the resource methods and the CLI's command
// descriptions are rendered from these descriptions, so they cannot disagree with one another.

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `listOAuthClients` → `ListOAuthClients`. */
export function pascalCase(name) {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join("");
}

/** The component name a `$ref` points to (`#/components/schemas/Tenant` → `Tenant`), or null. */
function refName(node, kind) {
  const prefix = `#/components/${kind}/`;
  return typeof node?.$ref === "string" && node.$ref.startsWith(prefix)
    ? node.$ref.slice(prefix.length)
    : null;
}

/** Follows internal `$ref`s to the node they point at. */
function deref(bundled, node) {
  let current = node;
  for (let hops = 0; typeof current?.$ref === "string" && hops < 32; hops++) {
    current = current.$ref
      .slice(2)
      .split("/")
      .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce((parent, key) => parent?.[key], bundled);
  }
  return current;
}

/** The resource of each tag's `x-client-resource`, keyed by resource name. */
function collectResources(bundled, problems) {
  const resources = new Map();
  for (const tag of bundled.tags ?? []) {
    const resource = tag["x-client-resource"];
    if (resource === undefined) continue;
    if (!IDENTIFIER.test(resource?.name ?? "") || !IDENTIFIER.test(resource?.typeName ?? "")) {
      problems.push(
        `tag "${tag.name}": x-client-resource needs { name, typeName }, both identifiers`,
      );
      continue;
    }
    resources.set(resource.name, {
      name: resource.name,
      typeName: resource.typeName,
      description: tag.description ?? `The ${resource.name} operations.`,
    });
  }
  return resources;
}

/**
 * The parameters of an operation, path-level ones first, an operation-level one replacing a
 * path-level one of the same name and location (OpenAPI 3.1 §4.8.10).
 */
function collectParameters(bundled, pathItem, operation) {
  const byKey = new Map();
  for (const node of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
    const parameter = deref(bundled, node);
    byKey.set(`${parameter.in}:${parameter.name}`, {
      name: parameter.name,
      in: parameter.in,
      required: parameter.required === true,
      description: parameter.description ?? "",
      schema: deref(bundled, parameter.schema) ?? {},
      componentName: refName(node, "parameters"),
      valueFrom: parameter["x-client-value-from"] ?? null,
    });
  }
  return [...byKey.values()];
}

/** The JSON request body, or null. */
function collectBody(bundled, operation) {
  const body = deref(bundled, operation.requestBody);
  const media = body?.content?.["application/json"];
  if (!media) return null;
  return {
    required: body.required === true,
    schemaName: refName(media.schema, "schemas"),
    schema: deref(bundled, media.schema) ?? {},
    description: body.description ?? "",
  };
}

/** The documented 2xx answers, each with its JSON schema's component name, or null for no body. */
function collectSuccesses(bundled, operation) {
  return Object.entries(operation.responses ?? {})
    .filter(([status]) => /^2\d\d$/.test(status))
    .map(([status, node]) => {
      const response = deref(bundled, node);
      const media = response?.content?.["application/json"];
      return {
        status: Number(status),
        json: media !== undefined,
        schemaName: media ? refName(media.schema, "schemas") : null,
        schema: media ? (deref(bundled, media.schema) ?? {}) : null,
      };
    })
    .sort((a, b) => a.status - b.status);
}

/** Reads a dotted property path (`links.next.href`) through a schema; true when every step exists. */
function schemaHasPath(bundled, schema, dotted) {
  let current = schema;
  for (const key of dotted.split(".")) {
    current = deref(bundled, current?.properties?.[key]);
    if (current === undefined) return false;
  }
  return true;
}

/**
 * Checks `x-client-paginate` against the operation's 200 body: `items` must be an array property
 * and `nextLink` a dotted path to the next page's URL.
 */
function collectPagination(bundled, where, operation, successes, problems) {
  const paginate = operation["x-client-paginate"];
  if (paginate === undefined) return null;
  const ok = successes.find((success) => success.status === 200 && success.json);
  const { method, items, nextLink } = paginate ?? {};
  if (!IDENTIFIER.test(method ?? "") || typeof items !== "string" || typeof nextLink !== "string") {
    problems.push(`${where}: x-client-paginate needs { method, items, nextLink }`);
    return null;
  }
  const itemsSchema = deref(bundled, ok?.schema?.properties?.[items]);
  if (!ok || itemsSchema?.type !== "array") {
    problems.push(`${where}: x-client-paginate.items "${items}" is not an array in its 200 body`);
    return null;
  }
  if (!schemaHasPath(bundled, ok.schema, nextLink)) {
    problems.push(
      `${where}: x-client-paginate.nextLink "${nextLink}" is not a property path of its 200 body`,
    );
    return null;
  }
  return { method, items, nextLink, itemSchemaName: refName(itemsSchema.items, "schemas") };
}

/**
 * The positional arguments, in order: `x-client-arguments` when given (parameter names, `body`,
 * or `query` for an object of the remaining query parameters), else the path parameters in path
 * order, then `body`, then `query`, then headers the caller must give.
 */
function collectArguments(where, path, operation, parameters, body, problems) {
  const pathOrder = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
  const explicit = operation["x-client-arguments"];
  const fillable = (parameter) => parameter.in === "header" && parameter.valueFrom !== null;
  let names;
  if (explicit === undefined) {
    names = [...pathOrder];
    if (body) names.push("body");
    if (parameters.some((parameter) => parameter.in === "query")) names.push("query");
    for (const parameter of parameters) {
      if (parameter.in === "header" && !fillable(parameter)) names.push(parameter.name);
    }
  } else if (!Array.isArray(explicit) || explicit.some((name) => typeof name !== "string")) {
    problems.push(`${where}: x-client-arguments must be a list of names`);
    return [];
  } else {
    names = explicit;
  }
  const args = [];
  for (const name of names) {
    if (name === "body") {
      if (!body) problems.push(`${where}: x-client-arguments names "body", but there is none`);
      else args.push({ kind: "body", name: "body" });
    } else if (name === "query") {
      args.push({ kind: "query", name: "query" });
    } else {
      const parameter = parameters.find((candidate) => candidate.name === name);
      if (!parameter) problems.push(`${where}: x-client-arguments names unknown "${name}"`);
      else args.push({ kind: "parameter", name, parameter });
    }
  }
  const positional = new Set(args.filter((arg) => arg.parameter).map((arg) => arg.parameter));
  for (const parameter of parameters) {
    if (positional.has(parameter) || fillable(parameter)) continue;
    if (parameter.in === "path") {
      problems.push(`${where}: path parameter "${parameter.name}" is not a positional argument`);
    }
    if (parameter.in === "header" && parameter.required) {
      problems.push(`${where}: header "${parameter.name}" is neither an argument nor filled`);
    }
  }
  if (body?.required && !args.some((arg) => arg.kind === "body")) {
    problems.push(`${where}: its required body is not a positional argument`);
  }
  for (const parameter of parameters.filter(fillable)) {
    if (!pathOrder.includes(parameter.valueFrom)) {
      problems.push(
        `${where}: x-client-value-from of header "${parameter.name}" names "${parameter.valueFrom}", which is not a path parameter`,
      );
    }
  }
  for (const parameter of parameters) {
    const type = parameter.schema.type;
    if (parameter.in === "query" && (type === "object" || type === undefined)) {
      problems.push(
        `${where}: query parameter "${parameter.name}" is not a scalar or an array of scalars, which the request builders do not serialize`,
      );
    }
  }
  return args;
}

/**
 * One description per operation, in spec order, and the problems found.
 * @param {any} bundled the bundled spec
 * @param {ReturnType<typeof import("./collect-operations.mjs").collectOperations>["records"]} records
 */
export function collectClientMethods(bundled, records) {
  const problems = [];
  const resources = collectResources(bundled, problems);
  const methods = [];
  for (const record of records) {
    const operation = bundled.paths[record.path][record.method.toLowerCase()];
    const pathItem = bundled.paths[record.path];
    const where = `${record.method} ${record.path} (${record.operationId})`;
    const [resource, method] = record.clientMethod.split(".");
    const parameters = collectParameters(bundled, pathItem, operation);
    const body = collectBody(bundled, operation);
    const successes = collectSuccesses(bundled, operation);
    const args = collectArguments(where, record.path, operation, parameters, body, problems);
    const pagination = collectPagination(bundled, where, operation, successes, problems);
    const tokenGrant = operation["x-client-token-grant"];
    if (tokenGrant !== undefined && tokenGrant !== true) {
      problems.push(`${where}: x-client-token-grant must be true or left out`);
    }
    if (!resources.has(resource)) {
      resources.set(resource, {
        name: resource,
        typeName: `${pascalCase(resource)}Resource`,
        description: `The \`${resource}\` operations.`,
      });
    }
    methods.push({
      record,
      resource,
      method,
      description: operation.description ?? "",
      parameters,
      body,
      successes,
      args,
      pagination,
      tokenGrant: tokenGrant === true,
    });
  }
  for (const description of methods) {
    const { pagination, resource, record } = description;
    const clash =
      pagination &&
      methods.find((other) => other.record.clientMethod === `${resource}.${pagination.method}`);
    if (clash) {
      problems.push(
        `${record.method} ${record.path} (${record.operationId}): x-client-paginate.method "${pagination.method}" is already ${clash.record.operationId}'s method`,
      );
    }
  }
  if (methods.filter((description) => description.tokenGrant).length > 1) {
    problems.push("x-client-token-grant is on more than one operation");
  }
  return { methods, resources: [...resources.values()], problems };
}
