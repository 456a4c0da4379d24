// scripts/check-breaking.mjs: a breaking spec change needs a major info.version bump, listed when missing.
// What the published packages' versions must do about it is in package-bumps.test.ts.

import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { locationOf, nextBreakingVersion } from "../../../scripts/release/judge-release.mjs";
import { bumpLines, writeChangesetDir } from "./support/changesets.js";
import { publicPackages } from "./support/public-packages.js";
import { type Spec, snapshotReleasedSpec } from "./support/released-baseline.js";
import { runScript } from "./support/repo.js";

let workDir: string;
let releasedPath: string;
let released: Spec;

beforeAll(async () => {
  // The baseline of every case is today's spec, snapshotted the way a release does it.
  ({ workDir, releasedPath, released } = await snapshotReleasedSpec("check-breaking-test-"));
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

/** Writes a changed copy of the released spec and runs the check against the released one. */
async function checkVariant(name: string, change: (spec: Spec) => void, extraArgs: string[] = []) {
  const spec: Spec = structuredClone(released);
  change(spec);
  const specPath = join(workDir, `${name}.json`);
  writeFileSync(specPath, JSON.stringify(spec));
  return runScript("scripts/check-breaking.mjs", [
    "--released",
    releasedPath,
    "--spec",
    specPath,
    ...extraArgs,
  ]);
}

/** Writes an acceptance list and returns the arguments that point the check at it. */
function acceptanceFile(name: string, yaml: string): string[] {
  const path = join(workDir, `${name}.yaml`);
  writeFileSync(path, yaml);
  return ["--accepted", path];
}

/** The first field of Tenant that removeTenantField() removes. */
function removedTenantField(): string {
  return Object.keys(released.components.schemas.Tenant.properties).find((n) => n !== "id") ?? "";
}

/** The first query parameter component that is optional today. */
function optionalQueryParameter(spec: Spec): Spec {
  const found = Object.values<Spec>(spec.components.parameters).find(
    (parameter) => parameter.in === "query" && parameter.required !== true,
  );
  if (!found) throw new Error("the spec has no optional query parameter left to test with");
  return found;
}

function removeTenantField(spec: Spec) {
  const properties = spec.components.schemas.Tenant.properties;
  delete properties[Object.keys(properties).find((name) => name !== "id") ?? ""];
}

function narrowAppTypeEnum(spec: Spec) {
  spec.components.schemas.OAuthClientCreateRequest.properties.appType.enum.pop();
}

describe("a breaking change without a major version bump fails, listing the changes", () => {
  it("catches a removed response field", async () => {
    const field = Object.keys(released.components.schemas.Tenant.properties).find(
      (name) => name !== "id",
    );
    const result = await checkVariant("removed-field", removeTenantField);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("1 breaking change since the last release (1.0.0)");
    expect(result.stderr).toContain(`✖ GET /api/core/tenants: Property \`${field}\` of \`Tenant\``);
    expect(result.stderr).toContain("(property-removed)");
    expect(result.stderr).toContain("needs 2.0.0");
  });

  it("catches a parameter that became required", async () => {
    const parameter = optionalQueryParameter(released);
    const result = await checkVariant("required-parameter", (spec) => {
      optionalQueryParameter(spec).required = true;
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/breaking change/);
    expect(result.stderr).toMatch(new RegExp(`✖ GET [^:]+: .*\\b${parameter.name}\\b.*required`));
  });

  it("catches a narrowed request enum", async () => {
    const removed =
      released.components.schemas.OAuthClientCreateRequest.properties.appType.enum.at(-1);
    const result = await checkVariant("narrowed-enum", narrowAppTypeEnum);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/✖ POST \/api\/core\/oauth-clients: .*enum/i);
    expect(result.stderr).toContain(removed);
  });

  it("counts a minor bump as no bump", async () => {
    const result = await checkVariant("minor-bump", (spec) => {
      removeTenantField(spec);
      spec.info.version = "1.1.0";
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("but info.version is 1.1.0; a breaking change needs 2.0.0");
  });
});

describe("changes that keep callers working pass", () => {
  it("accepts a new optional response field", async () => {
    const result = await checkVariant("optional-response-field", (spec) => {
      spec.components.schemas.Tenant.properties.nickname = { type: "string" };
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("no breaking change since the last release (1.0.0)");
  });

  it("accepts a new optional request field", async () => {
    const result = await checkVariant("optional-request-field", (spec) => {
      spec.components.schemas.OAuthClientCreateRequest.properties.nickname = { type: "string" };
    });
    expect(result.status).toBe(0);
  });

  it("accepts breaking changes released with a major bump, and still lists them", async () => {
    // The packages ship the break too (package-bumps.test.ts holds what happens when they do not).
    const changesets = writeChangesetDir(join(workDir, "major-bump-changesets"), {
      "spec-2.md": bumpLines(publicPackages.map((entry) => entry.name)),
    });
    const result = await checkVariant(
      "major-bump",
      (spec) => {
        removeTenantField(spec);
        narrowAppTypeEnum(spec);
        spec.info.version = "2.0.0";
      },
      ["--changesets", changesets],
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "2 breaking changes since 1.0.0, allowed by the new version 2.0.0",
    );
    expect(result.stdout).toMatch(/✖ GET \/api\/core\/tenants: /);
    expect(result.stdout).toMatch(/✖ POST \/api\/core\/oauth-clients: /);
  });

  it("rejects a version that goes backwards", async () => {
    const result = await checkVariant("older-version", (spec) => {
      spec.info.version = "0.9.0";
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("info.version went back from 1.0.0 to 0.9.0");
  });
});

describe("breaking changes judged harmless", () => {
  it("pass when accepted with a reason, and are still listed with that reason", async () => {
    const accepted = acceptanceFile(
      "accepted",
      [
        "accepted:",
        "  - rule: property-removed",
        `    at: "#/components/schemas/Tenant/properties/${removedTenantField()}"`,
        "    reason: The server never sent it.",
        "",
      ].join("\n"),
    );
    const result = await checkVariant("accepted-removal", removeTenantField, accepted);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("no breaking change since the last release (1.0.0)");
    expect(result.stdout).toMatch(
      /✔ accepted in .*: GET \/api\/core\/tenants: .*The server never sent it\./,
    );
  });

  it("do not cover other breaking changes", async () => {
    const accepted = acceptanceFile(
      "accepted-other",
      [
        "accepted:",
        "  - rule: property-removed",
        `    at: "#/components/schemas/Tenant/properties/${removedTenantField()}"`,
        "    reason: The server never sent it.",
        "",
      ].join("\n"),
    );
    const result = await checkVariant(
      "accepted-and-not",
      (spec) => {
        removeTenantField(spec);
        narrowAppTypeEnum(spec);
      },
      accepted,
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("1 breaking change since the last release");
    expect(result.stderr).toMatch(/✖ POST \/api\/core\/oauth-clients: /);
  });

  it("need a reason", async () => {
    const accepted = acceptanceFile(
      "no-reason",
      'accepted:\n  - rule: property-removed\n    at: "#/components/schemas/Tenant"\n',
    );
    const result = await checkVariant("no-reason", () => {}, accepted);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("accepted[0] needs a non-empty `reason`");
  });

  it("start empty again with each new baseline", () => {
    const text = readFileSync(join(workDir, "accepted-changes.yaml"), "utf8");
    expect(text).toMatch(/^accepted: \[\]$/m);
  });
});

describe("the repository's own spec", () => {
  it("has no unreleased breaking change against spec/released/openapi.json", async () => {
    const result = await runScript("scripts/check-breaking.mjs", []);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("keeps a released snapshot that is a bundled OpenAPI document", () => {
    const snapshot = JSON.parse(
      readFileSync(new URL("../../../spec/released/openapi.json", import.meta.url), "utf8"),
    );
    expect(snapshot["x-released"]).toMatch(/do not edit by hand/);
    expect(snapshot.openapi).toMatch(/^3\.1\./);
    expect(JSON.stringify(snapshot)).not.toMatch(/"\$ref":"(?!#)/);
  });

  it("explains a missing released spec instead of passing", async () => {
    const result = await runScript("scripts/check-breaking.mjs", [
      "--released",
      join(workDir, "no-such-release.json"),
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("the breaking-change check could not run");
  });
});

describe("version rules", () => {
  it.each([
    ["1.0.0", "2.0.0"],
    ["1.4.2", "2.0.0"],
    ["0.3.1", "0.4.0"],
  ])("after %s a breaking change needs %s", (version, next) => {
    expect(nextBreakingVersion(version)).toBe(next);
  });

  it.each([
    [
      "#/paths/~1api~1core~1tenants~1{tenantId}/get/responses/200",
      "GET /api/core/tenants/{tenantId}",
    ],
    ["#/paths/~1oauth~1token", "/oauth/token"],
    ["#/components/schemas/Tenant/properties/name", "components.schemas.Tenant"],
  ])("names the place of %s as %s", (pointer, label) => {
    expect(locationOf(pointer)).toBe(label);
  });
});
