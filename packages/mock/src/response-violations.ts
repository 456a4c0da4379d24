// Hands a response's full list of violations from a handler to the listener's request log. The
// `sl-violations` header is capped, and the stateful mode sends none, so the log cannot rely on it.

const violationsByResponse = new WeakMap<Response, readonly string[]>();

/** Records why the mock rejected the request `response` answers (or what went wrong answering it). */
export function attachViolations(response: Response, violations: readonly string[]): Response {
  if (violations.length > 0) violationsByResponse.set(response, [...violations]);
  return response;
}

/** The violations recorded for `response` with {@link attachViolations}, if any were. */
export function violationsOf(response: Response): readonly string[] | undefined {
  return violationsByResponse.get(response);
}
