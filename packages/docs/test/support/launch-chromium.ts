// Starts Debian's Chromium headless through playwright-core (Playwright's own browsers cannot be downloaded here).

import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Where Debian's `chromium` package installs the browser (`.ci/apt-packages` lists it). */
export const chromiumPath = "/usr/bin/chromium";

/** Launches headless Chromium with every background service that would phone home switched off. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `no Chromium at ${chromiumPath}: run \`apt-get install -y --no-install-recommends chromium\``,
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
