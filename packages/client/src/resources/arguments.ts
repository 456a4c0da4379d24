// Checks the ids that resource methods put into paths and headers, before anything is sent: an
// empty id would address another operation's path, and a value Headers cannot hold would make it
// throw a TypeError quoting the value.

import { OrgClientError } from "../errors.js";
import { HTTP_WHITESPACE, NOT_IN_HEADER } from "../header-value.js";

/**
 * A rejected promise when `value`, the `argument` of `method`, cannot be sent, else undefined.
 * With `header`, the value also goes into that header, so it must be a valid header value that
 * Headers does not trim.
 */
export function rejectBadArgument(
  method: string,
  argument: string,
  value: unknown,
  header?: string,
): Promise<never> | undefined {
  let problem: string | undefined;
  if (typeof value !== "string" || value === "") {
    problem = `${argument} must be a non-empty string`;
  } else if (
    header !== undefined &&
    (NOT_IN_HEADER.test(value) || value.replace(HTTP_WHITESPACE, "") !== value)
  ) {
    // The value is not shown: it holds the very characters that make it unfit for a message.
    problem = `${argument} cannot go into the ${header} header (it has a line break, a control or non-Latin-1 character, or surrounding whitespace)`;
  }
  return problem === undefined
    ? undefined
    : Promise.reject(new OrgClientError(`${method}: ${problem}`));
}
