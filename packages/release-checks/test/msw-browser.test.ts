// @qlik-org/mock/msw with MSW's setupWorker in a real Chromium page: a service worker answers the
// installed client's requests from the stateful organization, at the client's default base URL.

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { launchChromium } from "../../docs/test/support/launch-chromium.js";
import { consumerProject } from "./support/consumer-project.js";
import {
  bundle,
  copyFixtureScripts,
  type PageServer,
  startPageServer,
} from "./support/runtime-runners.js";

const consumer = consumerProject();
let browser: Browser | undefined;
let server: PageServer | undefined;
let origin = "";

beforeAll(async () => {
  const scriptsDir = await copyFixtureScripts(consumer.dir, "msw");
  const script = await bundle(join(scriptsDir, "msw-page.mjs"), null, { platform: "browser" });
  // The worker script ships with the msw the consumer installed.
  const workerScript = await readFile(
    join(consumer.dir, "node_modules/msw/lib/mockServiceWorker.js"),
    "utf8",
  );
  server = await startPageServer(script, { "/mockServiceWorker.js": workerScript });
  origin = server.origin;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it("runs the client flow through MSW's service worker, with no server of the API's", async () => {
  const page = await (browser as Browser).newPage();
  try {
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => "runFlow" in window);
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
