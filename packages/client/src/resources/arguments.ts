// Checks the ids that resource methods put into paths and headers, before anything is sent: an
// empty id would address another operation's path, and a value Headers cannot hold would make it
// throw a TypeError quoting the value.

import { OrgClientError } from "../errors.js";
import { HTTP_WHITESPACE, NOT_IN_HEADER } from "../header-value.js";

/** Anything outside printable ASCII, shown escaped so that an error message holds no raw control character. */
const UNPRINTABLE = /[^\x20-\x7e]/g;

function shown(value: string): string {
  const escaped = value.replace(
    UNPRINTABLE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return `"${escaped.length > 80 ? `${escaped.slice(0, 79)}…` : escaped}"`;
}

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
    problem = `${argument} ${shown(value)} cannot be sent in the ${header} header: it has a line break, a control or non-Latin-1 character, or surrounding whitespace`;
  }
  return problem === undefined
    ? undefined
    : Promise.reject(new OrgClientError(`${method}: ${problem}`));
}
