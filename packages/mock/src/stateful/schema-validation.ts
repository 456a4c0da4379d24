// The spec's precompiled validators, looked up by schema pointer, and readable messages from their errors.

import {
  type SchemaError,
  type SchemaValidator,
  schemaValidators,
} from "@qlik-org/generated/validators";

/** The precompiled validator of the schema at `ref` (a `#/...` pointer into the bundled spec). */
export function validatorFor(ref: string): SchemaValidator {
  const validate = schemaValidators[ref];
  // Every schema pointer of the spec is generated, so a miss is a bug in this package, not input.
  if (!validate) throw new Error(`@qlik-org/generated has no validator for ${ref}`);
  return validate;
}

/** A validator for a component schema such as `Tenant` or `OAuthClient`. */
export function componentValidator(name: string): SchemaValidator {
  return validatorFor(`#/components/schemas/${name}`);
}

function describe(error: SchemaError): string {
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
export function describeErrors(errors: readonly SchemaError[] | null | undefined): {
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
