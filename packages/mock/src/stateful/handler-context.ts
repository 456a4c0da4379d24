// What an operation handler receives, and its signature.

import type { OperationId } from "@qlik-org/generated";
import type { Problem } from "./http-responses.js";
import type { OrgData } from "./org-data.js";
import type { RandomSource } from "./random.js";
import type { ValidatedInput } from "./request-validation.js";
import type { TokenStore } from "./tokens.js";

/** One validated request and the organization it acts on. */
export interface HandlerContext {
  readonly operationId: OperationId;
  /** The request URL; links are built from it, so they point back at the server that was called. */
  readonly url: URL;
  readonly input: ValidatedInput;
  /** Client id the bearer token was issued to (null for the token request). */
  readonly caller: string | null;
  readonly now: Date;
  readonly data: OrgData;
  readonly random: RandomSource;
  readonly tokens: TokenStore;
  /** An error response in the shape the spec documents for this operation and `status`. */
  fail(status: number, problem: Problem): Response;
}

/** Answers one operation. */
export type OperationHandler = (context: HandlerContext) => Response;
