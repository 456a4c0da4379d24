// Renders every schema of the spec as precompiled validators (Ajv's standalone code), so nothing
// compiles a schema or calls `new Function` at run time: Workers and strict CSPs allow the result.

import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneCodeModule from "ajv/dist/standalone/index.js";
import addFormatsModule from "ajv-formats";
import { withTsBanner } from "./banner.mjs";
import { httpMethods } from "./collect-operations.mjs";

// Both are CommonJS with a default export; under Node's ESM loader that is `.default`.
const standaloneCode = standaloneCodeModule.default ?? standaloneCodeModule;
const addFormats = addFormatsModule.default ?? addFormatsModule;

const specId = "qlik-org-spec";

/**
 * Every JSON pointer of the bundled spec that holds a schema a caller validates against: component
 * schemas, parameter schemas, and the schema of every request and response body, in spec order.
 * @param {any} bundled
 * @returns {string[]}
 */
export function schemaPointers(bundled) {
  const pointers = [];
  const components = bundled.components ?? {};
  for (const name of Object.keys(components.schemas ?? {})) {
    pointers.push(`#/components/schemas/${escapePointer(name)}`);
  }
  for (const [name, parameter] of Object.entries(components.parameters ?? {})) {
    if (parameter.schema) pointers.push(`#/components/parameters/${escapePointer(name)}/schema`);
  }
  for (const [name, response] of Object.entries(components.responses ?? {})) {
    pointers.push(...contentSchemas(`#/components/responses/${escapePointer(name)}`, response));
  }
  for (const [path, pathItem] of Object.entries(bundled.paths ?? {})) {
    const itemPointer = `#/paths/${escapePointer(path)}`;
    pointers.push(...inlineParameterSchemas(itemPointer, pathItem.parameters));
    for (const method of httpMethods) {
      const operation = pathItem[method];
      if (!operation) continue;
      const pointer = `${itemPointer}/${method}`;
      pointers.push(...inlineParameterSchemas(pointer, operation.parameters));
      if (operation.requestBody && !operation.requestBody.$ref) {
        pointers.push(...contentSchemas(`${pointer}/requestBody`, operation.requestBody));
      }
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (!response.$ref) {
          pointers.push(
            ...contentSchemas(`${pointer}/responses/${escapePointer(status)}`, response),
          );
        }
      }
    }
  }
  return pointers;
}

/**
 * Renders `validators.ts`: `schemaValidators`, one precompiled validator per schema pointer.
 * @param {any} bundled
 */
export function renderValidators(bundled) {
  const pointers = schemaPointers(bundled);
  // The same options as a run-time Ajv would take: all errors, for messages that list every field;
  // `strict: false` because OpenAPI adds keywords (`example`, `x-…`) that JSON Schema does not know.
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    inlineRefs: false,
    code: { source: true, esm: true, lines: false },
  });
  addFormats(ajv);
  ajv.addSchema(structuredClone(bundled), specId);
  const names = {};
  pointers.forEach((pointer, index) => {
    ajv.addSchema({ $ref: `${specId}${pointer}` }, `v${index}`);
    names[`v${index}`] = `v${index}`;
  });
  const code = esmImports(standaloneCode(ajv, names)).replace(
    /export const (v\d+) = /g,
    "const $1 = ",
  );
  const table = pointers
    .map((pointer, index) => `  ${JSON.stringify(pointer)}: v${index},`)
    .join("\n");
  return withTsBanner(`// @ts-nocheck -- what follows the imports is Ajv's standalone output: plain JavaScript.
${code}

/** One way a value breaks a schema, as Ajv reports it. */
export interface SchemaError {
  /** JSON pointer into the value, e.g. \`/data/0/appType\`; empty for the value itself. */
  readonly instancePath: string;
  /** The schema keyword that failed, e.g. \`required\`, \`enum\`, \`type\`. */
  readonly keyword: string;
  /** The keyword's details, e.g. \`{ missingProperty: "appType" }\`. */
  readonly params: Readonly<Record<string, unknown>>;
  /** Ajv's English message. */
  readonly message?: string;
}

/** A precompiled validator: whether \`data\` matches, with the failures of the last call in \`errors\`. */
export interface SchemaValidator {
  (data: unknown): boolean;
  readonly errors?: readonly SchemaError[] | null;
}

/** Every schema of the spec, precompiled, keyed by its JSON pointer in the bundled spec. */
export const schemaValidators: Readonly<Record<string, SchemaValidator>> = {
${table}
};
`);
}

// Ajv's standalone ESM still \`require()\`s its run-time helpers and formats; ESM needs imports.
// Each stands for what require() would give: Node hands a CommonJS module's exports over as the
// default of its namespace, bundlers (which honour \`__esModule\`) as the namespace itself.
function esmImports(code) {
  const specifiers = [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]))];
  let body = code.replace(/^"use strict";/, "");
  const imports = [];
  const bindings = [];
  specifiers.forEach((specifier, index) => {
    body = body.replaceAll(`require("${specifier}")`, `runtime${index}`);
    imports.push(`import * as runtime${index}Namespace from "${specifier}.js";`);
    bindings.push(`const runtime${index} = required(runtime${index}Namespace);`);
  });
  const required =
    "function required(namespace) {\n  return namespace.default?.__esModule ? namespace.default : namespace;\n}";
  return [...imports, required, ...bindings, body].join("\n");
}

function contentSchemas(pointer, holder) {
  return Object.entries(holder?.content ?? {})
    .filter(([, media]) => media.schema)
    .map(([type]) => `${pointer}/content/${escapePointer(type)}/schema`);
}

function inlineParameterSchemas(pointer, parameters) {
  return (parameters ?? []).flatMap((parameter, index) =>
    parameter.$ref || !parameter.schema ? [] : [`${pointer}/parameters/${index}/schema`],
  );
}

function escapePointer(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
