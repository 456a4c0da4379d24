// The entry for Node (and `@qlik-org/mock/node` for Deno and Bun, which have Node's APIs):
// everything of the web entry, plus the HTTP server in both modes, the Prism mode and seed files.

export { createPrismHandler, type PrismHandlerOptions } from "./prism-handler.js";
export { type MockServer, type MockServerOptions, startMockServer } from "./start-mock-server.js";
export { readSeedFile } from "./stateful/seed-file.js";
export type { StatefulMockServer } from "./stateful/start-stateful-server.js";
export * from "./web.js";
