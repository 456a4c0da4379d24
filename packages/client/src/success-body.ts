// Reads the JSON body of a successful response for the resource methods, so that a malformed,
// empty or non-JSON body becomes a typed error rather than a SyntaxError or a silent undefined.

import { type OperationId, operationMetadata } from "@qlik-org/generated";
import { readableText, reasonPhrase } from "./error-body.js";
import { type ErrorRequest, InvalidResponseError } from "./errors.js";
import type { Redactor } from "./redact.js";

const JSON_CONTENT_TYPE = /^application\/(?:[\w.+-]+\+)?json(?:\s*;|\s*$)/i;

/** Parses the text of a 2xx body as JSON; throws InvalidResponseError when it is not JSON. */
export function readJsonBody(
  text: string | undefined,
  response: Response,
  operationId: OperationId,
  request: ErrorRequest,
  redactor: Redactor,
): unknown {
  const contentType = response.headers.get("content-type");
  let problem: string;
  if (!text) {
    problem = "an empty body where JSON was expected";
  } else if (contentType !== null && !JSON_CONTENT_TYPE.test(contentType)) {
    problem = `content type ${contentType} where JSON was expected: ${readableText(text)}`;
  } else {
    try {
      return JSON.parse(text);
    } catch (error) {
      problem = `malformed JSON (${(error as Error).message}): ${readableText(text)}`;
    }
  }
  const effect = operationMetadata[operationId].safeToRetry
    ? ""
    : ". The server reported success, so the operation took effect; check before repeating it";
  throw new InvalidResponseError({
    message: redactor.text(
      `${response.status} ${reasonPhrase(response.status, response.statusText)} from ${operationId} has ${problem}${effect}`,
    ),
    status: response.status,
    operationId,
    request: { method: request.method, url: redactor.text(request.url) },
  });
}
