import type { OperationId } from "@qlik-org/generated";
import type { SpecViolation } from "./format-schema-error.js";
import {
  type DocumentedStatus,
  type SpecResponseBody,
  validateResponse,
} from "./validate-response.js";

/** Thrown by {@link assertMatchesSpec} when a body breaks the spec; the message names each field. */
export class SpecMismatchError extends Error {
  override readonly name = "SpecMismatchError";
  /** The operation whose response was checked. */
  readonly operationId: string;
  /** The status whose documented body was used. */
  readonly status: number;
  /** Each problem, naming the field. */
  readonly violations: readonly SpecViolation[];

  constructor(
    operationId: string,
    status: number,
    violations: readonly SpecViolation[],
    message: string,
  ) {
    super(message);
    this.operationId = operationId;
    this.status = status;
    this.violations = violations;
  }
}

/**
 * Throws a {@link SpecMismatchError} unless `body` is what the spec documents for the operation
 * and status; afterwards TypeScript knows the body's type.
 */
export function assertMatchesSpec<
  Op extends OperationId,
  Status extends DocumentedStatus<Op> | (number & {}),
>(operationId: Op, status: Status, body: unknown): asserts body is SpecResponseBody<Op, Status> {
  const result = validateResponse(operationId, status, body);
  if (!result.valid) {
    throw new SpecMismatchError(operationId, status, result.violations, result.message);
  }
}
