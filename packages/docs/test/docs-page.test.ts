// The built docs page in a real headless Chromium: it renders every operation, offline, without errors.

import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { withCodeSamples } from "../scripts/code-samples.mjs";
import { launchChromium } from "./support/launch-chromium.js";
import { type StaticServer, serveDirectory } from "./support/serve-directory.js";
import {
  listOperations,
  loadSpec,
  markdownHeadings,
  type Node,
  type SpecOperation,
} from "./support/spec-operations.js";

const buildDir = fileURLToPath(new URL("../build", import.meta.url));
const screenshotPath = `${buildDir}/screenshot.png`;

let spec: Node;
let operations: SpecOperation[];
let server: StaticServer;
let browser: Browser;
let page: Page;
/** Everything that went wrong while the page was open, one readable line each. */
const problems: string[] = [];
/** Requests to anything but the local server (the page must not need the network). */
const outsideRequests: string[] = [];

beforeAll(async () => {
  if (!existsSync(`${buildDir}/index.html`)) {
    throw new Error("build/index.html is missing: run `npm run docs` first");
  }
  spec = await loadSpec();
  operations = listOperations(spec);
  server = await serveDirectory(buildDir);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Answer nothing from outside: a page that needs the network fails here, as it would offline.
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || /^(data|blob):/.test(url)) return route.continue();
    outsideRequests.push(url);
    return route.abort("internetdisconnected");
  });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(server.url, { waitUntil: "load" });
  await page.locator("h1").first().waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * How long a check waits for Redoc to finish rendering. Vitest's default poll (1 s) is too short
 * when CI runs this page beside other browser suites on two cores.
 */
const renderWait = 15_000;

/** `text` as a regular expression that matches it literally. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A heading whose text is exactly `text` (its accessible name also carries a "link to" prefix). */
function heading(scope: Page | ReturnType<Page["locator"]>, text: string) {
  return scope.locator("h1, h2, h3").filter({ hasText: new RegExp(`^${escapeRegExp(text)}$`) });
}

/** What a reader sees in `locator`, line by line (hidden tabs and collapsed parts left out). */
function renderedText(locator: ReturnType<Page["locator"]>): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point here.
  return locator.innerText();
}

/** The sidebar label that reads exactly `label` (a tag group's entry also holds its children's). */
function menuItem(label: string) {
  return page
    .locator('[data-component-name="Menu/Menu"]')
    .getByText(label, { exact: true })
    .first();
}

/**
 * Repeats a sidebar gesture until it completes. Redoc re-renders the sidebar while the page
 * scrolls (its scroll spy may even fold a group again), so on a loaded machine an entry can
 * detach mid-click; retrying the whole gesture, not just the click, gets past that.
 */
function retryGesture(gesture: () => Promise<void>): Promise<void> {
  return vi.waitFor(gesture, { timeout: 30_000, interval: 200 });
}

/** Opens an operation through the sidebar, the way a reader would, and returns its section. */
async function openOperation(operation: SpecOperation) {
  const entry = menuItem(operation.summary);
  await retryGesture(async () => {
    if (!(await entry.isVisible())) await menuItem(operation.tag).click({ timeout: 3_000 });
    await entry.click({ timeout: 3_000 });
  });
  // Redoc gives each operation's section the id `<tag slug>/<operationId in lower case>`.
  const section = page.locator(`[id$="/${operation.operationId.toLowerCase()}"]`);
  await heading(section, operation.summary).first().waitFor({ timeout: renderWait });
  return section;
}

describe("the docs page", () => {
  it("opens with the spec's title, version and every intro section", async () => {
    expect(await page.title()).toBe(spec.info.title);
    await expect
      .poll(() => renderedText(page.locator("h1").first()), { timeout: renderWait })
      .toBe(`${spec.info.title} (${spec.info.version})`);
    const headings = markdownHeadings(spec.info.description);
    expect(headings).toEqual(
      expect.arrayContaining(["Getting a token", "Rate limits", "Pagination", "Errors"]),
    );
    for (const text of headings) await heading(page, text).first().waitFor({ timeout: renderWait });
    await page.screenshot({ path: screenshotPath });
    expect(statSync(screenshotPath).size).toBeGreaterThan(10_000);
  });

  it("lists every operation of the spec by its summary in the sidebar", async () => {
    const listed = new Set<string>();
    const tags = [...new Set(operations.map((operation) => operation.tag))];
    for (const tag of tags) {
      // Opening a tag group may close the others, so collect the labels group by group.
      const firstSummary = operations.find((operation) => operation.tag === tag)?.summary ?? "";
      await retryGesture(async () => {
        if (!(await menuItem(firstSummary).isVisible())) {
          await menuItem(tag).click({ timeout: 3_000 });
        }
        await menuItem(firstSummary).waitFor({ timeout: 3_000 });
      });
      for (const label of await page
        .locator('[data-component-name="Menu/MenuItem"]')
        .allInnerTexts()) {
        listed.add(label.split("\n")[0]?.trim() ?? "");
      }
    }
    expect(operations.length).toBeGreaterThanOrEqual(12);
    const missing = operations.map((operation) => operation.summary).filter((s) => !listed.has(s));
    expect(missing).toEqual([]);
  });

  it("shows each operation with its method, path, examples and every documented status", async () => {
    for (const operation of operations) {
      const section = await openOperation(operation);
      // Redoc may still be filling the section in after its heading appears (seen under load: an
      // empty innerText), so wait for its content before reading it once for every check below.
      await expect
        .poll(() => renderedText(section), { message: operation.operationId, timeout: renderWait })
        .toContain(operation.path);
      const text = await renderedText(section);
      expect(text, operation.operationId).toContain(operation.method);
      expect(text, operation.operationId).toContain(operation.path);
      for (const status of operation.statuses) {
        expect(text, `${operation.operationId} ${status}`).toMatch(new RegExp(`^${status}$`, "m"));
      }
      if (operation.requestExampleValue !== undefined) {
        expect(text, `${operation.operationId} request example`).toContain(
          operation.requestExampleValue,
        );
      }
      if (operation.successExampleValue !== undefined) {
        expect(text, `${operation.operationId} response example`).toContain(
          operation.successExampleValue,
        );
      }
    }
  });

  it("shows the error shape (an `errors` array) for each operation's error responses", async () => {
    const withErrors = operations.filter((operation) => operation.firstErrorStatus !== undefined);
    expect(withErrors.length).toBe(operations.length);
    for (const operation of withErrors) {
      const section = await openOperation(operation);
      const statusTab = section
        .getByRole("tab", { name: operation.firstErrorStatus ?? "", exact: true })
        .first();
      // Redoc may re-render the section while it scrolls there, so the click and its effect are
      // retried together; choosing a tab that is already chosen changes nothing.
      await retryGesture(async () => {
        await statusTab.click({ timeout: 3_000 });
        // The schema lists the field; the response sample shows it as a JSON key.
        expect(await renderedText(section), operation.operationId).toMatch(
          /^errors$[\s\S]*"errors":/m,
        );
      });
    }
  });

  it("shows on every operation how to call it with curl, @qlik-org/client and qlik-org", async () => {
    const withSamples = withCodeSamples(spec);
    for (const operation of operations) {
      const samples: { label: string; source: string }[] =
        withSamples.paths[operation.path][operation.method.toLowerCase()]["x-codeSamples"];
      expect(samples.map((sample) => sample.label)).toEqual([
        "curl",
        "@qlik-org/client",
        "qlik-org",
      ]);
      const section = await openOperation(operation);
      const labels = samples.map((sample) => sample.label);
      // The right panel's language menu: a button naming the shown sample, opening a menu of all.
      const languageButton = section
        .locator('[data-testid="dropdown"] button')
        .filter({ hasText: new RegExp(`^(${labels.map(escapeRegExp).join("|")}|Payload)$`) })
        .first();
      for (const sample of samples) {
        const firstLine = sample.source.split("\n")[0] ?? "";
        // Choosing the language and seeing its sample are retried together: a choice that a
        // re-render swallowed is made again, one that took is not.
        await retryGesture(async () => {
          if ((await renderedText(languageButton)) !== sample.label) {
            await languageButton.click({ timeout: 3_000 });
            // The menu opens in a layer of its own, outside the section.
            await page
              .getByRole("menuitem", { name: sample.label, exact: true })
              .first()
              .click({ timeout: 3_000 });
          }
          // The sample's first line is on the page once its language is chosen.
          expect(await renderedText(section), `${operation.operationId} ${sample.label}`).toContain(
            firstLine,
          );
        });
      }
    }
  });

  it("logged no console error and requested nothing outside the local server", () => {
    expect(outsideRequests).toEqual([]);
    expect(problems).toEqual([]);
  });
});
