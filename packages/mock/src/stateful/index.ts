// The stateful mode of @qlik-org/mock: an in-memory organization behind a web-standard handler.

export { createStatefulOrg } from "./create-stateful-org.js";
export { type FaultRule, InvalidFaultRuleError } from "./faults.js";
export { defaultSeed, InvalidSeedError } from "./seed.js";
export { readSeedFile } from "./seed-file.js";
export type { StatefulMockServer } from "./start-stateful-server.js";
export type {
  IssuedTokenInfo,
  OrgState,
  RateLimitBudget,
  RateLimitOptions,
  SeedCredential,
  SeedOAuthClient,
  SeedTenant,
  StatefulOrg,
  StatefulOrgOptions,
  StatefulOrgSeed,
} from "./types.js";
