// @ts-nocheck
// `--dry-run`: the request a command would send, in each format, with every credential redacted,
// and nothing sent, not even a token request.

import { beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createRecordingFetch, printRecordedRequest } from "../../src/dry-run.js";
import { createInProcessOrg, type InProcessOrg } from "../support/in-process-org.js";
import { runAgainst, runInProcess } from "../support/run-in-process.js";
import { seededCredential } from "../support/seed.js";

let mock: InProcessOrg;
beforeEach(() => {
  mock = createInProcessOrg();
});

const userAgent = expect.stringMatching(/^qlik-org-cli\/\S+ qlik-org-client\/\S+$/);

/** Runs a dry run that must succeed and send nothing. */
async function dryRun(argv: string[], options: Parameters<typeof runAgainst>[2] = {}) {
  const run = await runAgainst(mock, [...argv, "--dry-run"], options);
  expect(run.code, run.stderr).toBe(0);
  expect(mock.requests).toEqual([]);
  return run;
}

describe("the request", () => {
  it("as JSON: method, URL and headers with the token redacted, no body for a GET", async () => {
    const { stdout } = await dryRun(["tenants", "get", "t-1", "-o", "json"]);
    expect(stdout).toBe(`${JSON.stringify(JSON.parse(stdout), null, 2)}\n`);
    expect(JSON.parse(stdout)).toEqual({
      method: "GET",
      url: "https://console.qlikcloud.com/api/core/tenants/t-1",
      headers: { authorization: "<redacted>", "user-agent": userAgent },
    });
  });

  it("as ndjson: the same on one line", async () => {
    const { stdout } = await dryRun(["tenants", "get", "t-1", "-o", "ndjson"]);
    expect(stdout.split("\n")).toHaveLength(2);
    expect(JSON.parse(stdout)).toMatchObject({ method: "GET" });
  });

  it("as YAML", async () => {
    const { stdout } = await dryRun([
      "tenants",
      "get",
      "t-1",
      "-o",
      "yaml",
      "--base-url",
      "https://org.example",
    ]);
    expect(parse(stdout)).toMatchObject({
      method: "GET",
      url: "https://org.example/api/core/tenants/t-1",
      headers: { authorization: "<redacted>" },
    });
  });

  it("as an HTTP message on a terminal: request line, headers, a blank line and the body", async () => {
    const { stdout } = await dryRun(
      ["oauth-clients", "create", "--app-type", "web", "--client-name", "ci"],
      { terminal: true },
    );
    const [head, body] = stdout.split("\n\n");
    expect(head?.split("\n")).toEqual([
      "POST https://console.qlikcloud.com/api/core/oauth-clients",
      "authorization: <redacted>",
      "content-type: application/json",
      expect.stringMatching(/^user-agent: qlik-org-cli\//),
    ]);
    expect(body).toBe(`${JSON.stringify({ appType: "web", clientName: "ci" }, null, 2)}\n`);
  });

  it("as an HTTP message with no body part for a GET (-o table)", async () => {
    const { stdout } = await dryRun(["tenants", "get", "t-1", "-o", "table"]);
    expect(stdout).toMatch(/^GET https:\/\/console\.qlikcloud\.com\/api\/core\/tenants\/t-1\n/);
    expect(stdout).not.toContain("\n\n");
    expect(stdout.endsWith("\n")).toBe(true);
  });

  it("redacts every body field named like a credential, however deep, and keeps the rest", async () => {
    const body = {
      appType: "web",
      clientName: "ci",
      clientSecret: "plain-secret-1",
      meta: { accessToken: "plain-token-2", keep: "visible", tokenCount: 3, note: null },
      steps: [{ password: "plain-password-3" }, "plain-item"],
      assertion: "plain-assertion-4",
    };
    const { stdout } = await dryRun([
      "oauth-clients",
      "create",
      "--body",
      JSON.stringify(body),
      "-o",
      "json",
    ]);
    expect(JSON.parse(stdout).body).toEqual({
      appType: "web",
      clientName: "ci",
      clientSecret: "<redacted>",
      meta: { accessToken: "<redacted>", keep: "visible", tokenCount: 3, note: null },
      steps: [{ password: "<redacted>" }, "plain-item"],
      assertion: "<redacted>",
    });
    expect(stdout).not.toMatch(/plain-(secret|token|password|assertion)/);
  });

  it("prints the first request of --all, and sends nothing", async () => {
    const { stdout } = await dryRun(["tenants", "list", "--all", "--limit", "5", "-o", "json"]);
    expect(JSON.parse(stdout)).toMatchObject({
      method: "GET",
      url: "https://console.qlikcloud.com/api/core/tenants?limit=5",
    });
  });
});

describe("what a dry run does not need", () => {
  it("asks no confirmation for a delete", async () => {
    const { stdout } = await dryRun(["oauth-clients", "delete", "c-1", "-o", "json"]);
    expect(JSON.parse(stdout)).toMatchObject({ method: "DELETE" });
  });

  it("needs no credentials", async () => {
    const run = await runInProcess(["tenants", "get", "t-1", "--dry-run", "-o", "json"], {
      fetch: mock.fetch,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ headers: { authorization: "<redacted>" } });
  });
});

describe("auth token --dry-run", () => {
  it("prints the token request with the client secret redacted", async () => {
    const { stdout } = await dryRun(["auth", "token", "-o", "json"]);
    expect(JSON.parse(stdout)).toEqual({
      method: "POST",
      url: "https://console.qlikcloud.com/oauth/token",
      headers: { "content-type": "application/json", "user-agent": userAgent },
      body: {
        client_id: seededCredential.clientId,
        client_secret: "<redacted>",
        grant_type: "client_credentials",
      },
    });
    expect(stdout).not.toContain(seededCredential.clientSecret);
  });

  it("refuses without credentials, as the real command would", async () => {
    const run = await runInProcess(["auth", "token", "--dry-run"], { fetch: mock.fetch });
    expect(run.code).toBe(5);
    expect(run.stderr).toContain("qlik-org: no credentials\n");
  });
});

describe("the recording fetch, for requests the commands do not make today", () => {
  /** Records `init` sent to a URL and prints it as JSON. */
  async function recordAndPrint(init: RequestInit) {
    const recording = createRecordingFetch();
    await expect(recording.fetch("https://org.example/x", init)).rejects.toThrow(
      "dry run: nothing was sent",
    );
    let text = "";
    await printRecordedRequest(
      { write: (chunk) => (text += chunk) },
      recording.recorded() as never,
      "json",
    );
    return { text, request: JSON.parse(text) };
  }

  it("redacts every header that carries a credential, whatever its case", async () => {
    const { text, request } = await recordAndPrint({
      headers: {
        Authorization: "Bearer plain-1",
        Cookie: "session=plain-2",
        "X-Client-Secret": "plain-3",
        "X-Refresh-Token": "plain-4",
        "X-API-Key": "plain-5",
        Accept: "application/json",
      },
    });
    expect(request.headers).toEqual({
      accept: "application/json",
      authorization: "<redacted>",
      cookie: "<redacted>",
      "x-api-key": "<redacted>",
      "x-client-secret": "<redacted>",
      "x-refresh-token": "<redacted>",
    });
    expect(text).not.toMatch(/plain-\d/);
  });

  it("keeps a body that is not JSON as its text", async () => {
    const { request } = await recordAndPrint({ method: "POST", body: "grant_type=x" });
    expect(request.body).toBe("grant_type=x");
  });

  it("keeps the first request when the client tries again", async () => {
    const recording = createRecordingFetch();
    await recording.fetch("https://org.example/first").catch(() => {});
    await recording.fetch("https://org.example/second").catch(() => {});
    expect(recording.recorded()?.url).toBe("https://org.example/first");
  });
});
