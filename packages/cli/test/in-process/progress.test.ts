// The count of fetched items on a terminal's stderr while `--all` pages: redrawn at most ten times
// a second, cleared at the end, and absent in a pipe. The clock is faked (Date only) and moved by
// the fetch, so what is drawn does not depend on how fast the machine is.

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createInProcessOrg, type InProcessOrg } from "../support/in-process-org.js";
import { credentialEnv, runAgainst, runInProcess } from "../support/run-in-process.js";
import { seededTenants } from "../support/seed.js";

let mock: InProcessOrg;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-06-01T00:00:00.000Z"));
  mock = createInProcessOrg({ seed: { tenants: seededTenants(25) } });
});
afterEach(() => {
  vi.useRealTimers();
});

/** The org's fetch, with the clock moved by `stepMs` before each page is answered. */
function pagesTaking(stepMs: number) {
  return (input: string | Request, init?: RequestInit) => {
    vi.setSystemTime(Date.now() + stepMs);
    return mock.fetch(input, init);
  };
}

/** `tenants list --all` in pages of 10 (25 tenants: three pages), stderr on a terminal. */
const listAllOnTerminal = (fetch: InProcessOrg["fetch"]) =>
  runInProcess(["tenants", "list", "--all", "--limit", "10", "-o", "ndjson"], {
    env: credentialEnv(),
    fetch,
    terminal: true,
  });

const clear = "\r\x1b[K";

describe("on a terminal", () => {
  // The client may fetch a page ahead, so the tests say which counts are drawn, not exactly when.
  it("draws the first count, redraws once a tenth of a second has passed, and clears the line", async () => {
    const run = await listAllOnTerminal(pagesTaking(100));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr.startsWith(`${clear}fetched 1 tenants…${clear}fetched 11 tenants…`)).toBe(
      true,
    );
    expect(run.stderr.endsWith(`tenants…${clear}`)).toBe(true);
    // Items of one page arrive at the same instant: only the first of them is drawn.
    expect(run.stderr).not.toContain("fetched 2 tenants");
  });

  it("does not redraw within a tenth of a second", async () => {
    const run = await listAllOnTerminal(pagesTaking(99));
    expect(run.stderr.startsWith(`${clear}fetched 1 tenants…${clear}`)).toBe(true);
    expect(run.stderr).not.toContain("fetched 11 tenants");
  });

  it("draws and clears nothing when there is nothing to fetch", async () => {
    const run = await runAgainst(mock, ["oauth-clients", "list", "--all", "-o", "ndjson"], {
      terminal: true,
    });
    expect(run).toMatchObject({ code: 0, stdout: "", stderr: "" });
  });
});

it("stays silent in a pipe", async () => {
  const run = await runAgainst(mock, ["tenants", "list", "--all", "-o", "ndjson"]);
  expect(run).toMatchObject({ code: 0, stderr: "" });
});
