// A fixture page bundled from the consumer project and opened in headless Chromium, for the tests
// that run the installed packages in a real browser.

import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
// One Chromium launcher for the whole repository: the docs package owns it.
import { launchChromium } from "../../../docs/test/support/launch-chromium.js";
import { bundle, copyFixtureScripts, startPageServer } from "./runtime-runners.js";

/** A served page and the browser that opens it. */
export interface BrowserApp {
  /** A new tab on the page, once its script has defined `window.runFlow`. */
  openPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Bundles the fixture `entry` (copied into `consumerDir/<folder>/`) for the browser, serves it with
 * `files` beside it, and launches Chromium.
 */
export async function startBrowserApp(
  consumerDir: string,
  folder: string,
  entry: string,
  files: Readonly<Record<string, string>> = {},
): Promise<BrowserApp> {
  const scriptsDir = await copyFixtureScripts(consumerDir, folder);
  const script = await bundle(join(scriptsDir, entry), null, { platform: "browser" });
  const server = await startPageServer(script, files);
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    async openPage() {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/`);
      await page.waitForFunction(() => "runFlow" in window);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
