// Adds `x-codeSamples` to every operation of the bundled spec: how to call it with curl, with
// `@qlik-org/client` and with `qlik-org`, written from the operation's own parameters, request
// example and client method (the CLI command descriptions come from the same generator module).

import { httpMethods } from "../../../scripts/generate/collect-operations.mjs";
import { describeCliCommands } from "../../../scripts/generate/render-cli-commands.mjs";

const baseUrl = "https://console.qlikcloud.com";

/** Follows internal `$ref`s of the bundled spec. */
function deref(spec, node) {
  let current = node;
  while (current && typeof current.$ref === "string") {
    current = current.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce((value, key) => value?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
  }
  return current;
}

/** A single-quoted shell word. */
const shellQuote = (value) =>
  /^[\w@%+=:,./-]+$/.test(value) ? value : `'${String(value).replaceAll("'", "'\\''")}'`;

/** The JSON example of an operation's request body, or undefined. */
function requestExample(spec, operation) {
  const media = deref(spec, operation.requestBody)?.content?.["application/json"];
  if (!media) return undefined;
  if (media.example !== undefined) return media.example;
  const first = Object.values(media.examples ?? {})[0];
  return deref(spec, first)?.value;
}

/** The example of a parameter, or a placeholder naming it. */
function parameterValue(parameter) {
  return parameter.example ?? parameter.schema?.example ?? `<${parameter.name}>`;
}

function curlSample(spec, path, method, operation, parameters) {
  const url = new URL(`${baseUrl}${path.replace(/\{([^}]+)\}/g, "<$1>")}`);
  for (const parameter of parameters.filter((p) => p.in === "query" && p.required)) {
    url.searchParams.set(parameter.name, String(parameterValue(parameter)));
  }
  const href = url.href.replaceAll("%3C", "<").replaceAll("%3E", ">");
  const lines = [`curl -X ${method.toUpperCase()} ${shellQuote(href)}`];
  const needsToken = (operation.security ?? spec.security ?? []).some(
    (requirement) => Object.keys(requirement).length > 0,
  );
  if (needsToken) lines.push(`-H "Authorization: Bearer $(qlik-org auth token)"`);
  for (const parameter of parameters.filter((p) => p.in === "header")) {
    const from = parameter["x-client-value-from"];
    lines.push(
      `-H ${shellQuote(`${parameter.name}: ${from ? `<${from}>` : parameterValue(parameter)}`)}`,
    );
  }
  const body = requestExample(spec, operation);
  if (body !== undefined) {
    lines.push('-H "Content-Type: application/json"', `-d ${shellQuote(JSON.stringify(body))}`);
  }
  return lines.join(" \\\n  ");
}

function clientSample(spec, command, operation, parameters) {
  const setup = [
    'import { createOrgClient } from "@qlik-org/client";',
    "",
    "const org = createOrgClient({",
    "  auth: { clientId: process.env.QLIK_ORG_CLIENT_ID, clientSecret: process.env.QLIK_ORG_CLIENT_SECRET },",
    "});",
  ];
  if (!command) return [...setup, "const token = await org.auth.getToken();"].join("\n");
  const query = parameters.filter((p) => p.in === "query" && p.required);
  const args = command.call.map((argument) => {
    switch (argument.from) {
      case "path":
        return JSON.stringify(`<${argument.name}>`);
      case "body":
        return JSON.stringify(requestExample(spec, operation), null, 2);
      case "query":
        return JSON.stringify(
          Object.fromEntries(query.map((parameter) => [parameter.name, parameterValue(parameter)])),
        );
      case "query-value":
        return JSON.stringify(
          parameterValue(parameters.find((parameter) => parameter.name === argument.name) ?? {}),
        );
      default:
        return "undefined";
    }
  });
  while (args.at(-1) === "{}" || args.at(-1) === "undefined") args.pop();
  const [resource, method] = command.clientMethod.split(".");
  const call = `await org.${resource}.${method}(${args.join(", ")})`;
  return [...setup, `const result = ${call};`].join("\n");
}

function cliSample(spec, command, operation) {
  if (!command) return "qlik-org auth token";
  const words = ["qlik-org", command.noun, command.verb];
  for (const argument of command.arguments) words.push(`<${argument.name}>`);
  const example = requestExample(spec, operation);
  for (const flag of command.flags.filter((f) => f.required)) {
    const parameter = (operation.parameters ?? [])
      .map((p) => deref(spec, p))
      .find((p) => p.name === flag.key);
    const value =
      flag.in === "body"
        ? example?.[flag.key]
        : parameter
          ? parameterValue(parameter)
          : `<${flag.key}>`;
    words.push(
      `--${flag.name}`,
      shellQuote(Array.isArray(value) ? value.join(",") : String(value)),
    );
  }
  if (command.body?.kind === "json-patch") {
    const step = Array.isArray(example) ? example.find((s) => s.op === "replace") : undefined;
    const field = command.body.fields.find((f) => f.path === step?.path) ?? command.body.fields[0];
    if (field) words.push(`--${field.name}`, shellQuote(String(step?.value ?? "<value>")));
  }
  if (command.paginate) words.push("--all");
  if (command.destructive) words.push("--yes");
  return words.join(" ");
}

/**
 * A copy of the bundled spec with `x-codeSamples` on every operation: curl, `@qlik-org/client`
 * and `qlik-org`, in that order.
 */
export function withCodeSamples(bundled) {
  const spec = structuredClone(bundled);
  const { commands } = describeCliCommands(spec);
  const byId = new Map(commands.map((command) => [command.operationId, command]));
  for (const [path, pathItem] of Object.entries(spec.paths ?? {})) {
    for (const method of httpMethods) {
      const operation = pathItem[method];
      if (!operation) continue;
      const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map(
        (parameter) => deref(spec, parameter),
      );
      const command = byId.get(operation.operationId);
      operation["x-codeSamples"] = [
        {
          lang: "Shell",
          label: "curl",
          source: curlSample(spec, path, method, operation, parameters),
        },
        {
          lang: "JavaScript",
          label: "@qlik-org/client",
          source: clientSample(spec, command, operation, parameters),
        },
        { lang: "Shell", label: "qlik-org", source: cliSample(spec, command, operation) },
      ];
    }
  }
  return spec;
}
