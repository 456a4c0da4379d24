// @ts-nocheck
// Failures: the exit code of each (the README's table), the one or two lines on stderr (what
// failed, then what to do), nothing on stdout, and a secret on the command line refused unechoed.

import { ConnectionError, TimeoutError } from "@qlik-org/client";
import type { FaultRule } from "@qlik-org/mock/web";
import { describe, expect, it } from "vitest";
import { CliError, exitCodes, UsageError } from "../../src/index.js";
import { reportError } from "../../src/report-error.js";
import { createInProcessOrg } from "../support/in-process-org.js";
import { runAgainst, runInProcess } from "../support/run-in-process.js";
import { seededCredential } from "../support/seed.js";

describe("a secret on the command line", () => {
  it.each([
    ["--client-secret", "s3cr3t-value"],
    ["--client-secret=s3cr3t-value"],
    ["--secret", "s3cr3t-value"],
    ["--access-token=s3cr3t-value"],
    ["--token", "s3cr3t-value"],
  ])("%s is refused before anything runs, and its value is not echoed", async (...args) => {
    const mock = createInProcessOrg();
    const flag = (args[0] as string).split("=")[0];
    const run = await runAgainst(mock, ["tenants", "list", ...args]);
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr:
        `qlik-org: ${flag} is not accepted: a secret on the command line stays in shell history and process lists\n` +
        "qlik-org: hint: set QLIK_ORG_CLIENT_SECRET (or QLIK_ORG_ACCESS_TOKEN), or save it with `qlik-org context create NAME --client-id ID --client-secret-stdin`\n",
    });
    expect(mock.requests).toEqual([]);
  });

  it("leaves an argument that only contains such a flag alone", async () => {
    const mock = createInProcessOrg();
    const run = await runAgainst(mock, ["tenants", "get", "id--token"]);
    expect(run.code).toBe(4);
    expect(mock.requests.at(-1)?.path).toBe("/api/core/tenants/id--token");
  });

  it("leaves flags that only start like one to the parser", async () => {
    const run = await runInProcess(["tenants", "list", "--tokens", "x"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("qlik-org: unknown option '--tokens'\n");
  });
});

describe("what the parser answers itself (usage errors exit 2)", () => {
  it("an unknown command, with a suggestion", async () => {
    const run = await runInProcess(["tenant", "list"]);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toMatch(
      /^qlik-org: unknown command 'tenant'\n\(Did you mean tenants\?\)\n$/,
    );
  });

  it("a missing argument", async () => {
    const run = await runInProcess(["tenants", "get"]);
    expect(run).toMatchObject({
      code: 2,
      stderr: "qlik-org: missing required argument 'tenantId'\n",
    });
  });

  it("--version prints the version on stdout and exits 0", async () => {
    const version = await runInProcess(["--version"]);
    expect(version).toMatchObject({ code: 0, stderr: "" });
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
  });
});

describe("API failures", () => {
  const subscriptionId = "1111222233334444";

  it("404: exit 4, the API's message with the operation, and where to find ids", async () => {
    const run = await runAgainst(createInProcessOrg(), ["tenants", "get", "no-such-tenant"]);
    expect(run.code).toBe(4);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      /^qlik-org: tenants get failed: 404 .*\[getTenant, request id \S+\]\nqlik-org: hint: check the id; the list command shows them\n$/,
    );
  });

  it("400: exit 1 and the API's message, with no hint", async () => {
    const run = await runAgainst(createInProcessOrg(), [
      "tenants",
      "count",
      "--filter",
      'name eq "x"',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^qlik-org: tenants count failed: 400 [^\n]+\n$/);
  });

  it("a refused token request: exit 5 and check the credentials", async () => {
    const run = await runInProcess(["tenants", "list"], {
      env: { QLIK_ORG_CLIENT_ID: seededCredential.clientId, QLIK_ORG_CLIENT_SECRET: "wrong" },
      fetch: createInProcessOrg().fetch,
    });
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(
      /^qlik-org: tenants list failed: .+\nqlik-org: hint: check the client id and secret \(or token\) of the context or QLIK_ORG_\* variables\n$/,
    );
    expect(run.stderr).not.toContain("wrong");
  });

  it("a refused token (401): exit 5 and check the credentials", async () => {
    const run = await runInProcess(["tenants", "list"], {
      env: { QLIK_ORG_ACCESS_TOKEN: "not-issued" },
      fetch: createInProcessOrg().fetch,
    });
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/ 401 .*\nqlik-org: hint: check the client id and secret/);
  });

  it("403: exit 5 and the missing role", async () => {
    const mock = createInProcessOrg({
      seed: {
        credentials: [{ ...seededCredential, forbidden: true }],
        subscriptionIds: [subscriptionId],
      },
    });
    const run = await runAgainst(mock, ["tenants", "list"]);
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(
      / 403 .*\nqlik-org: hint: the OAuth client lacks the role this needs\n$/,
    );
  });

  it("429 after the client's retries: exit 6", async () => {
    const mock = createInProcessOrg({
      faults: [{ operationId: "listTenants", status: 429, retryAfterSeconds: 0 }],
    });
    const run = await runAgainst(mock, ["tenants", "list"]);
    expect(run.code).toBe(6);
    expect(run.stderr).toMatch(/ 429 .*\nqlik-org: hint: wait a minute and run it again\n$/);
  });

  it.each<[number, FaultRule["operationId"], string[]]>([
    [503, "listTenants", ["tenants", "list"]],
    [
      500,
      "createOAuthClient",
      ["oauth-clients", "create", "--app-type", "spa", "--client-name", "x"],
    ],
  ])("%i: exit 7, the service failed", async (status, operationId, argv) => {
    const mock = createInProcessOrg({
      faults: [{ operationId, status, retryAfterSeconds: 0, afterCommit: status === 500 }],
    });
    const run = await runAgainst(mock, argv);
    expect(run.code).toBe(7);
    expect(run.stderr).toMatch(
      new RegExp(` ${status} .*\\nqlik-org: hint: the service failed; try again later\\n$`),
    );
  });

  it("a dropped connection: exit 7, check the network", async () => {
    const mock = createInProcessOrg({
      faults: [{ operationId: "createOAuthClient", reset: true }],
    });
    const run = await runAgainst(mock, [
      "oauth-clients",
      "create",
      "--app-type",
      "spa",
      "--client-name",
      "x",
    ]);
    expect(run.code).toBe(7);
    expect(run.stderr).toMatch(
      /^qlik-org: oauth-clients create failed: .+\nqlik-org: hint: check the network, a proxy \(HTTPS_PROXY\) and --base-url\n$/,
    );
  });
});

describe("reportError for what a run cannot easily provoke", () => {
  const request = { method: "GET", url: "https://org.example/api/core/tenants" };

  it("a timeout is exit 7 with the network hint", () => {
    const error = new TimeoutError({
      message: "no answer within 30000 ms",
      request,
      attempts: 3,
      timeoutMs: 30_000,
      operationId: "listTenants",
    });
    expect(reportError(error, "tenants list")).toEqual({
      exitCode: 7,
      lines: [
        "tenants list failed: no answer within 30000 ms",
        "hint: check the network, a proxy (HTTPS_PROXY) and --base-url",
      ],
    });
  });

  it("a connection error is exit 7 too", () => {
    const error = new ConnectionError({
      message: "refused",
      request,
      attempts: 1,
      operationId: undefined,
    });
    expect(reportError(error, "x").exitCode).toBe(7);
  });

  it("something that is not an Error is printed as text, exit 1", () => {
    expect(reportError("boom", "tenants get")).toEqual({
      exitCode: 1,
      lines: ["tenants get failed: boom"],
    });
  });
});

describe("the error classes embedders catch", () => {
  it("CliError carries its exit code (1 unless given) and hint, and names itself", () => {
    const plain = new CliError("failed");
    expect([plain.name, plain.message, plain.exitCode, plain.hint]).toEqual([
      "CliError",
      "failed",
      exitCodes.failure,
      undefined,
    ]);
    const auth = new CliError("no", { exitCode: exitCodes.auth, hint: "log in" });
    expect([auth.exitCode, auth.hint]).toEqual([5, "log in"]);
  });

  it("UsageError is a CliError with exit code 2", () => {
    const error = new UsageError("bad flag", "see --help");
    expect(error).toBeInstanceOf(CliError);
    expect([error.name, error.exitCode, error.hint]).toEqual(["UsageError", 2, "see --help"]);
    expect(new UsageError("bad").hint).toBeUndefined();
  });
});
