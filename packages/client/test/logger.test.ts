import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { Logger } from "../src/index.js";
import { CLIENT_ID, CLIENT_SECRET, clientWith } from "./support/client.js";
import {
  connectionRefused,
  empty,
  hang,
  json,
  pathOf,
  tokenResponse,
} from "./support/fake-fetch.js";
import { settle } from "./support/settle.js";
import { tenant } from "./support/tenant.js";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

const page = () => json(200, { data: [], links: { self: { href: "x" } } });

function recordingLogger() {
  const lines: { level: string; message: string }[] = [];
  const logger: Required<Logger> = {
    debug: (message) => lines.push({ level: "debug", message }),
    info: (message) => lines.push({ level: "info", message }),
    warn: (message) => lines.push({ level: "warn", message }),
    error: (message) => lines.push({ level: "error", message }),
  };
  return { lines, logger };
}

describe("logger", () => {
  test("gets one line per level's events: requests (debug), tokens (info), retries (warn)", async () => {
    const { lines, logger } = recordingLogger();
    const { org } = clientWith(
      (request, index) => {
        if (pathOf(request.url) === "/oauth/token") return tokenResponse("tok-logged-1");
        return index === 2 ? json(503, {}) : page();
      },
      { logger, auth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET } },
    );
    await settle(org.tenants.list());
    expect(lines.filter((l) => l.level === "info").map((l) => l.message)).toEqual([
      expect.stringMatching(/^access token obtained; refreshed after /),
    ]);
    expect(lines.filter((l) => l.level === "warn").map((l) => l.message)).toEqual([
      expect.stringMatching(
        /^retrying GET https:\/\/console\.qlikcloud\.com\/api\/core\/tenants in \d+ ms after 503 \(retry 1 of 2\)$/,
      ),
    ]);
    const debug = lines.filter((l) => l.level === "debug").map((l) => l.message);
    expect(debug).toContainEqual(
      expect.stringMatching(
        /^GET https:\/\/console\.qlikcloud\.com\/api\/core\/tenants → 200 \(listTenants, \d+ ms\)$/,
      ),
    );
    expect(debug).toContainEqual(
      expect.stringMatching(/^POST .*\/oauth\/token → 200 \(requestToken/),
    );
  });

  test("a failed token request is logged as an error", async () => {
    const { lines, logger } = recordingLogger();
    const { org } = clientWith(
      () => json(401, { errors: [{ code: "HTTP-401", title: "Unauthorized" }] }),
      {
        logger,
        auth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
      },
    );
    await settle(org.tenants.list());
    expect(lines.filter((l) => l.level === "error").map((l) => l.message)).toEqual([
      "Could not obtain an access token: 401 Unauthorized [requestToken]",
    ]);
  });

  test("takes a partial logger and logs nothing it has no method for", async () => {
    const warnings: string[] = [];
    const { org } = clientWith((_r, index) => (index === 1 ? json(503, {}) : page()), {
      logger: { warn: (message) => warnings.push(message) },
    });
    await settle(org.tenants.list());
    expect(warnings).toHaveLength(1);
  });

  test("a logger that throws does not break the request", async () => {
    const { org } = clientWith(() => page(), {
      logger: {
        debug: () => {
          throw new Error("disk full");
        },
      },
    });
    await expect(org.tenants.list()).resolves.toMatchObject({ data: [] });
  });
});

describe("what the send path logs", () => {
  const url = "https://console.qlikcloud.com/api/core/tenants/t1";
  const at = (level: string, lines: { level: string; message: string }[]) =>
    lines.filter((line) => line.level === level).map((line) => line.message);

  test("each response's debug line names the operation and how long the attempt took", async () => {
    const { lines, logger } = recordingLogger();
    const { org } = clientWith(
      () => new Promise<Response>((resolve) => setTimeout(() => resolve(json(200, tenant)), 25)),
      { logger },
    );
    await settle(org.tenants.get("t1"));
    expect(at("debug", lines)).toEqual([`GET ${url} → 200 (getTenant, 25 ms)`]);
  });

  test("a path the spec lacks is an unknown operation", async () => {
    const { lines, logger } = recordingLogger();
    const { org } = clientWith(() => json(404, {}), { logger });
    await settle(org.GET("/api/core/elsewhere" as never));
    expect(at("debug", lines)).toEqual([
      "GET https://console.qlikcloud.com/api/core/elsewhere → 404 (unknown operation, 0 ms)",
    ]);
  });

  test("a request the throttle holds says how long, one it lets through says nothing", async () => {
    const { lines, logger } = recordingLogger();
    const { org } = clientWith(() => empty(204), {
      logger,
      throttle: { tiers: { 2: { requestsPerMinute: 1 } } },
    });
    await settle(Promise.all([org.oauthClients.delete("a"), org.oauthClients.delete("b")]));
    const throttled = at("debug", lines).filter((line) => line.startsWith("throttle:"));
    expect(throttled).toEqual([
      expect.stringMatching(
        /^throttle: DELETE https:\/\/console\.qlikcloud\.com\/api\/core\/oauth-clients\/b waits 6\d{4} ms for a tier 2 slot$/,
      ),
    ]);
  });

  test("a retry after a failed connection or a timeout says which", async () => {
    const { lines, logger } = recordingLogger();
    const { org } = clientWith(
      (request, index) => (index === 1 ? connectionRefused() : hang(request.signal)),
      { logger, timeoutMs: 1_000, retry: { retries: 2, minDelayMs: 100, maxDelayMs: 100 } },
    );
    await settle(org.tenants.get("t1"));
    // The delay is jittered below maxDelayMs.
    expect(at("warn", lines).map((line) => line.replace(/ in \d+ ms /, " in … ms "))).toEqual([
      `retrying GET ${url} in … ms after fetch failed: ECONNREFUSED (retry 1 of 2)`,
      `retrying GET ${url} in … ms after a timeout (retry 2 of 2)`,
    ]);
  });

  test("a 401 replayed with a fresh token is a warning", async () => {
    const { lines, logger } = recordingLogger();
    let tokens = 0;
    const { org } = clientWith(
      (request, index) => {
        if (pathOf(request.url) === "/oauth/token") return tokenResponse(`tok-fresh-${++tokens}`);
        return index === 2 ? json(401, {}) : json(200, tenant);
      },
      { logger, auth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET } },
    );
    await settle(org.tenants.get("t1"));
    expect(at("warn", lines)).toEqual([
      `GET ${url} → 401; replaying once with a fresh access token`,
    ]);
  });
});
