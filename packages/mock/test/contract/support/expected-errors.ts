// The error class the client must throw for each documented error status.

import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  type OrgApiError,
  PermissionDeniedError,
  RateLimitError,
  ServiceUnavailableError,
  TokenRequestError,
} from "@qlik-org/client";
import type { OperationId } from "@qlik-org/generated";

type ErrorClass = abstract new (...args: never[]) => OrgApiError;

/** One class per status, as issue 3 lists them. */
export const errorClassByStatus: Readonly<Record<number, ErrorClass>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  429: RateLimitError,
  500: InternalServerError,
  503: ServiceUnavailableError,
};

/** The class expected for an operation and status; undefined when this table has no answer yet. */
export function expectedErrorClass(
  operationId: OperationId,
  status: number,
): ErrorClass | undefined {
  // A failed token request is reported as such, whatever its status.
  if (operationId === "requestToken") return TokenRequestError;
  return errorClassByStatus[status];
}
