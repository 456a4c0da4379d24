import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { Logger } from "../src/index.js";
import { CLIENT_ID, CLIENT_SECRET, clientWith } from "./support/client.js";
import { json, pathOf, tokenResponse } from "./support/fake-fetch.js";
import { settle } from "./support/settle.js";

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
