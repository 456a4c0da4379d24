export { assertMatchesSpec, SpecMismatchError } from "./assert-matches-spec.js";
export { bundledSpec, type OpenApiDocument } from "./bundled-spec.js";
export { formatSpecViolation, type SpecViolation } from "./format-schema-error.js";
export type { MockHandler } from "./mock-handler.js";
export { createPrismHandler, type PrismHandlerOptions } from "./prism-handler.js";
export { formatRequestLogLine, type RequestLogEntry } from "./request-log.js";
export { type MockServer, type MockServerOptions, startMockServer } from "./start-mock-server.js";
export * from "./stateful/index.js";
export {
  type DocumentedStatus,
  type SpecResponseBody,
  type SpecValidationResult,
  validateResponse,
} from "./validate-response.js";
export { parseViolationsHeader, violationsHeader } from "./violations-header.js";
