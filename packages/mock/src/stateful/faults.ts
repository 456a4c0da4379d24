// Faults on purpose: rules that make the stateful organization fail the way the real API can (a
// 503, a 429 with Retry-After, a slow answer, a dropped connection, a 500 after the change was
// made), so a caller's retry handling can be tested. Which requests a rule hits is drawn from the
// organization's seeded random source, so a run repeats exactly with the same `randomSeed`.

import { type OperationId, operationIds } from "@qlik-org/generated";
import type { RandomSource } from "./random.js";

/** One fault rule; `status`, `latencyMs` or `reset` says what it does. */
export interface FaultRule {
  /** The operation whose requests it hits. */
  readonly operationId: OperationId;
  /** Answer this 4xx/5xx, in the spec's error shape, instead of serving the request. */
  readonly status?: number;
  /** How many matching requests it hits, then it is spent. Default: every one. */
  readonly times?: number;
  /** The chance, above 0 and at most 1, that a matching request is hit. Default `1`. */
  readonly rate?: number;
  /** Serve the request first (the change is made), then answer the fault: what a client must never repeat. */
  readonly afterCommit?: boolean;
  /** Wait this long before answering (alone, or with `status` or `reset`). */
  readonly latencyMs?: number;
  /** `Retry-After` of a 429 or 503, in seconds. Default `1`. */
  readonly retryAfterSeconds?: number;
  /** Drop the connection instead of answering: a network error for `fetch`, a reset over HTTP. */
  readonly reset?: boolean;
}

/** A fault rule that failed its check; the message names the rule and the field. */
export class InvalidFaultRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidFaultRuleError";
  }
}

/** Decides, request by request, which fault rule (if any) applies. */
export interface FaultInjector {
  /** The rule that hits this request of `operationId`, counted against its `times`, or null. */
  pick(operationId: OperationId): FaultRule | null;
  /** Makes every rule whole again (`times` counted from zero). */
  reset(): void;
}

const known = new Set<string>(operationIds);

/** Checks `rules` and returns their injector; throws InvalidFaultRuleError on a bad rule. */
export function createFaultInjector(
  rules: readonly FaultRule[] | undefined,
  random: RandomSource,
): FaultInjector {
  if (rules !== undefined && !Array.isArray(rules)) {
    throw new InvalidFaultRuleError("faults must be a list of rules");
  }
  const checked = (rules ?? []).map(checkRule);
  let used = checked.map(() => 0);
  return {
    pick(operationId) {
      for (const [index, rule] of checked.entries()) {
        if (rule.operationId !== operationId) continue;
        if ((used[index] ?? 0) >= (rule.times ?? Number.POSITIVE_INFINITY)) continue;
        if (rule.rate !== undefined && random.next() >= rule.rate) continue;
        used[index] = (used[index] ?? 0) + 1;
        return rule;
      }
      return null;
    },
    reset() {
      used = checked.map(() => 0);
    },
  };
}

function checkRule(rule: FaultRule, index: number): FaultRule {
  const where = `faults[${index}]`;
  const fail = (field: string, problem: string): never => {
    throw new InvalidFaultRuleError(`${where}.${field} ${problem}`);
  };
  if (typeof rule !== "object" || rule === null) {
    throw new InvalidFaultRuleError(`${where} must be an object`);
  }
  if (!known.has(rule.operationId)) fail("operationId", "must be an operationId of the spec");
  const { status, times, rate, latencyMs, retryAfterSeconds } = rule;
  if (status !== undefined && !(Number.isInteger(status) && status >= 400 && status <= 599)) {
    fail("status", "must be an error status, 400 to 599");
  }
  if (times !== undefined && !(Number.isInteger(times) && times >= 1)) {
    fail("times", "must be a whole number, at least 1");
  }
  if (rate !== undefined && !(typeof rate === "number" && rate > 0 && rate <= 1)) {
    fail("rate", "must be a number above 0 and at most 1");
  }
  if (latencyMs !== undefined && !(Number.isFinite(latencyMs) && latencyMs >= 0)) {
    fail("latencyMs", "must be a number of milliseconds, at least 0");
  }
  if (
    retryAfterSeconds !== undefined &&
    !(Number.isInteger(retryAfterSeconds) && retryAfterSeconds >= 0)
  ) {
    fail("retryAfterSeconds", "must be a whole number of seconds, at least 0");
  }
  if (rule.reset === true && status !== undefined) {
    fail("reset", "drops the connection, so it cannot also answer a status");
  }
  if (status === undefined && rule.reset !== true && latencyMs === undefined) {
    throw new InvalidFaultRuleError(`${where} does nothing: give status, latencyMs or reset`);
  }
  return rule;
}
