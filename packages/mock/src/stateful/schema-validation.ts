// The spec's precompiled validators, looked up by schema pointer, and readable messages from their errors.

import {
  type SchemaError,
  type SchemaValidator,
  schemaValidators,
} from "@qlik-org/generated/validators";
import { formatSpecViolation, toSpecViolations } from "../format-schema-error.js";

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

/**
 * Short sentences from a validator's errors, at most five, worded by the one formatter of the
 * package (\`toSpecViolations\`), e.g. \`[0].path must be one of /clientName, /description\`, and the
 * JSON pointer of the first. Never quotes the offending value, so a secret cannot leak into them.
 */
export function describeErrors(
  errors: readonly SchemaError[] | null | undefined,
  subject: string,
): { readonly messages: string[]; readonly pointer: string } {
  const relevant = (errors ?? []).filter((error) => error.keyword !== "if");
  const messages = toSpecViolations(relevant, subject).slice(0, 5).map(formatSpecViolation);
  return { messages, pointer: relevant[0]?.instancePath ?? "" };
}
