// The entry for browsers, Workers, Deno and Bun (and `@qlik-org/mock/web` anywhere): what runs on the web
// platform alone, with no `node:` import and no code generated at run time. The stateful engine
// answers `Request`s (`handle`, `fetch`), and responses are checked against the spec.

export { assertMatchesSpec, SpecMismatchError } from "./assert-matches-spec.js";
export { bundledSpec, type OpenApiDocument } from "./bundled-spec.js";
export { formatSpecViolation, type SpecViolation } from "./format-schema-error.js";
export type { MockHandler } from "./mock-handler.js";
export { formatRequestLogLine, type RequestLogEntry } from "./request-log.js";
export * from "./stateful/index.js";
export {
  type DocumentedStatus,
  type SpecResponseBody,
  type SpecValidationResult,
  validateResponse,
} from "./validate-response.js";
export { parseViolationsHeader, violationsHeader } from "./violations-header.js";
