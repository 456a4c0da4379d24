// A page on one origin calls the mock on another through the installed client, in Chromium: the
// mock's CORS (on by default) is what lets it, and without it the browser refuses the calls.

import { type MockServer, type RequestLogEntry, startMockServer } from "@qlik-org/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserApp, startBrowserApp } from "./support/browser-app.js";
import { consumerProject } from "./support/consumer-project.js";

const consumer = consumerProject();
let app: BrowserApp | undefined;

beforeAll(async () => {
  app = await startBrowserApp(consumer.dir, "cross-origin", "cross-origin-page.mjs");
}, 120_000);

afterAll(async () => {
  await app?.close();
});

/** Opens the app page and runs the client flow against `mock`; resolves with its report. */
async function runFromPage(mock: MockServer): Promise<Record<string, unknown>> {
  const page = await (app as BrowserApp).openPage();
  try {
    return await page.evaluate(
      (api) =>
        (window as unknown as { runFlow(api: string): Promise<Record<string, unknown>> })
          .runFlow(api)
          .catch((error: Error) => ({ failed: error.name })),
      mock.url,
    );
  } finally {
    await page.close();
  }
}

describe("a page on another origin", () => {
  it("runs the whole client flow against the stateful mock, after CORS preflights", async () => {
    const seen: RequestLogEntry[] = [];
    const mock = await startMockServer({ stateful: true, onRequest: (entry) => seen.push(entry) });
    try {
      const report = await runFromPage(mock);
      expect(report).toMatchObject({
        tokenIsString: true,
        secretsReturned: true,
        firstPageSize: 1,
      });
      expect(report.afterDelete).toEqual({ isNotFound: true, name: "NotFoundError", status: 404 });
      // The browser asked first for the DELETE with its qlik-confirm-delete header.
      expect(
        seen.filter((entry) => entry.method === "OPTIONS" && entry.status === 204).length,
      ).toBeGreaterThan(0);
      expect(seen.some((entry) => entry.method === "DELETE" && entry.status === 204)).toBe(true);
    } finally {
      await mock.close();
    }
  });

  it("is refused by the browser when the mock runs with cors: false", async () => {
    const mock = await startMockServer({ stateful: true, cors: false });
    try {
      expect(await runFromPage(mock)).toEqual({ failed: "ConnectionError" });
    } finally {
      await mock.close();
    }
  });
});
