// @qlik-org/mock/msw with MSW's setupWorker in a real Chromium page: a service worker answers the
// installed client's requests from the stateful organization, at the client's default base URL.

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type BrowserApp, startBrowserApp } from "./support/browser-app.js";
import { consumerProject } from "./support/consumer-project.js";

const consumer = consumerProject();
let app: BrowserApp | undefined;

beforeAll(async () => {
  // The worker script ships with the msw the consumer installed.
  const workerScript = await readFile(
    join(consumer.dir, "node_modules/msw/lib/mockServiceWorker.js"),
    "utf8",
  );
  app = await startBrowserApp(consumer.dir, "msw", "msw-page.mjs", {
    "/mockServiceWorker.js": workerScript,
  });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

it("runs the client flow through MSW's service worker, with no server of the API's", async () => {
  const page = await (app as BrowserApp).openPage();
  try {
    const report = await page.evaluate(() =>
      (window as unknown as { runFlow(): Promise<Record<string, unknown>> }).runFlow(),
    );
    expect(report).toMatchObject({ tokenIsString: true, secretsReturned: true, firstPageSize: 1 });
    const created = report.created as string[];
    expect([...(report.listed as string[])].sort()).toEqual([...created].sort());
    expect(report.afterDelete).toEqual({ isNotFound: true, name: "NotFoundError", status: 404 });
  } finally {
    await page.close();
  }
});
