// The stateful mode of @qlik-org/mock: an in-memory organization behind a web-standard handler
// (no node: import; the HTTP server and seed files are added by the Node entry).

export { createStatefulOrg } from "./create-stateful-org.js";
export { type FaultRule, InvalidFaultRuleError } from "./faults.js";
export { defaultSeed, InvalidSeedError } from "./seed.js";
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
