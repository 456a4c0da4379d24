// One Ajv (JSON Schema 2020-12 + formats) over the bundled spec, and readable messages from its errors.

import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { openApiDocument, specSchemaId } from "./spec.js";

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

function sharedAjv(): Ajv2020 {
  if (!ajv) {
    // `strict: false` because OpenAPI adds keywords (`example`, `x-…`) that JSON Schema does not know.
    ajv = new Ajv2020({ strict: false, allErrors: true });
    // ajv-formats is CommonJS; `.default` is its plugin under every module system.
    addFormats.default(ajv);
    ajv.addSchema(openApiDocument, specSchemaId);
  }
  return ajv;
}

/** A validator for the schema at `ref` (a `#/...` pointer into the bundled spec), compiled once. */
export function validatorFor(ref: string): ValidateFunction {
  let validate = compiled.get(ref);
  if (!validate) {
    validate = sharedAjv().compile({ $ref: `${specSchemaId}${ref}` });
    compiled.set(ref, validate);
  }
  return validate;
}

/** A validator for a component schema such as `Tenant` or `OAuthClient`. */
export function componentValidator(name: string): ValidateFunction {
  return validatorFor(`#/components/schemas/${name}`);
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "enum" && Array.isArray(params.allowedValues)) {
    return `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  }
  if (error.keyword === "required") return `must have the property "${params.missingProperty}"`;
  return error.message ?? `fails "${error.keyword}"`;
}

/**
 * Turns Ajv errors into short sentences such as `at /0/path: must be one of "/clientName", "/description"`.
 * Never quotes the offending value, so a secret in a rejected body cannot leak into the message.
 */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined): {
  readonly messages: string[];
  readonly pointer: string;
} {
  const relevant = (errors ?? []).filter((e) => e.keyword !== "if");
  const messages = [
    ...new Set(
      relevant.map((e) => `${e.instancePath ? `at ${e.instancePath}: ` : ""}${describe(e)}`),
    ),
  ].slice(0, 5);
  return { messages, pointer: relevant[0]?.instancePath ?? "" };
}
