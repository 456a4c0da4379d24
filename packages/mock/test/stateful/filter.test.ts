// SCIM filters: what matches, what is refused, and how the refusal reads.

import { beforeAll, describe, expect, test } from "vitest";
import { createHarness, webClient } from "./support/harness.js";

type Harness = ReturnType<typeof createHarness>;

describe("OAuth client filters", () => {
  let h: Harness;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = createHarness();
    await h.signIn();
    const bodies = [
      webClient("Alpha"),
      webClient("alphabet"),
      webClient('say "hi"'),
      { appType: "native", clientName: "Mobile" },
      { appType: "spa", clientName: "Browser" },
      { appType: "anonymous-embed", clientName: "Embed" },
    ];
    for (const body of bodies) {
      const created = await h.send("POST", "/api/core/oauth-clients", { json: body });
      ids[body.clientName] = created.body.clientId;
    }
  });

  async function names(filter: string): Promise<string[]> {
    const answer = await h.send(
      "GET",
      `/api/core/oauth-clients?sort=%2BclientName&filter=${encodeURIComponent(filter)}`,
    );
    expect(answer.status, answer.text).toBe(200);
    return answer.body.data.map((c: { clientName: string }) => c.clientName);
  }

  test.each([
    ['appType eq "web"', ["Alpha", "alphabet", 'say "hi"']],
    ['appType ne "web"', ["Browser", "Embed", "Mobile"]],
    // Strings compare case-insensitively (SCIM's default for caseExact=false attributes).
    ['clientName eq "ALPHA"', ["Alpha"]],
    ['clientName co "ALP"', ["Alpha", "alphabet"]],
    ['clientName eq "say \\"hi\\""', ['say "hi"']],
    ['clientName gt "m"', ["Mobile", 'say "hi"']],
    ['clientName ge "mobile"', ["Mobile", 'say "hi"']],
    ['clientName lt "b"', ["Alpha", "alphabet"]],
    ['clientName le "browser"', ["Alpha", "alphabet", "Browser"]],
    ['not (appType eq "web")', ["Browser", "Embed", "Mobile"]],
    ['appType eq "web" and clientName co "bet"', ["alphabet"]],
    ['appType eq "spa" or appType eq "native"', ["Browser", "Mobile"]],
    // `and` binds tighter than `or`; parentheses change that.
    ['appType eq "spa" or appType eq "web" and clientName co "bet"', ["alphabet", "Browser"]],
    ['(appType eq "spa" or appType eq "web") and clientName co "b"', ["alphabet", "Browser"]],
    ['not (appType eq "web" or appType eq "spa") and clientName co "e"', ["Embed", "Mobile"]],
    // Operators, keywords and attribute names are case-insensitive (RFC 7644 §3.4.2.2).
    ['APPTYPE EQ "native" OR clientname Eq "embed"', ["Embed", "Mobile"]],
    ['  appType   eq   "spa"  ', ["Browser"]],
  ])("%s", async (filter, expected) => {
    expect(await names(filter)).toEqual(expected);
  });

  test("clientId compares exactly", async () => {
    const id = ids.Mobile as string;
    expect(await names(`clientId eq "${id}"`)).toEqual(["Mobile"]);
    expect(await names(`clientId eq "${id.toUpperCase()}"`)).toEqual([]);
    expect(await names(`clientId co "${id.slice(4, 12)}"`)).toEqual(["Mobile"]);
    expect(await names(`clientId co "${id.slice(4, 12).toUpperCase()}"`)).toEqual([]);
  });

  test("a filter written with + for spaces (form encoding) works", async () => {
    const answer = await h.send("GET", "/api/core/oauth-clients?filter=appType+eq+%22spa%22");
    expect(answer.body.data.map((c: { clientName: string }) => c.clientName)).toEqual(["Browser"]);
  });

  test.each([
    ["", /empty/],
    ["   ", /empty/],
    ["appType", /Expected a comparison operator after "appType", found the end of the filter/],
    ["appType eq web", /Expected a quoted string after "appType eq" at position 12/],
    ["appType eq 5", /Expected a quoted string/],
    ["appType eq true", /Expected a quoted string/],
    [
      'createdBy eq "x"',
      /Unknown attribute "createdBy" at position 1; the filterable attributes are clientId, clientName, appType/,
    ],
    ['appType sw "w"', /The operator "sw" is not supported at position 9/],
    ['appType ew "b"', /"ew" is not supported/],
    ["appType pr", /"pr" is not supported/],
    [
      'appType eq "web" and',
      /Expected an attribute name at position 21, found the end of the filter/,
    ],
    ['(appType eq "web"', /The "\(" at position 1 is not closed/],
    ['appType eq "web")', /Unexpected "\)" at position 17: nothing to close/],
    [
      'appType eq "web" xor appType eq "spa"',
      /Unexpected "xor" at position 18; expected "and", "or"/,
    ],
    [
      'not appType eq "web"',
      /"not" at position 1 must be followed by an expression in parentheses/,
    ],
    ['appType eq "web', /string that starts at position 12 is not closed/],
    ['appType eq "w\\q"', /invalid escape/],
    ['appType[value eq "x"]', /Value filters/],
    ['appType eq "web" and or', /Expected an attribute name at position 22, found "or"/],
    ["()", /Expected an attribute name at position 2, found "\)"/],
    ['"web" eq appType', /Expected an attribute name at position 1, found a quoted string\./],
    ['and eq "web"', /^Invalid filter: Expected an attribute name at position 1, found "and"\.$/],
    [
      'appType is "web"',
      /^Invalid filter: Expected a comparison operator after "appType", found "is" at position 9; the operators are eq, ne, co, gt, ge, lt, le\.$/,
    ],
  ])("refuses %j with 400", async (filter, message) => {
    const answer = await h.send(
      "GET",
      `/api/core/oauth-clients?filter=${encodeURIComponent(filter)}`,
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0]).toMatchObject({ code: "HTTP-400", title: "Bad Request" });
    expect(answer.body.errors[0].detail).toMatch(message);
  });
});

describe("filters that nest too deep or run long", () => {
  const deep = (levels: number, inner = 'appType eq "web"') =>
    `${"(".repeat(levels)}${inner}${")".repeat(levels)}`;
  let h: Harness;
  beforeAll(async () => {
    h = createHarness();
    await h.signIn();
    await h.send("POST", "/api/core/oauth-clients", { json: webClient("Deep") });
  });

  test("64 levels of parentheses are fine", async () => {
    const answer = await h.send(
      "GET",
      `/api/core/oauth-clients?filter=${encodeURIComponent(deep(64))}`,
    );
    expect(answer.status).toBe(200);
    expect(answer.body.data).toHaveLength(1);
  });

  test.each([
    ["65 levels", deep(65), 65],
    ["5,000 levels", deep(5000), 65],
    ["5,000 nested nots", `${"not (".repeat(5000)}appType eq "web"${")".repeat(5000)}`, 325],
  ])("%s of parentheses are the documented 400, naming the position", async (_, filter, at) => {
    const list = await h.send(
      "GET",
      `/api/core/oauth-clients?filter=${encodeURIComponent(filter)}`,
    );
    expect(list.status).toBe(400);
    expect(list.body.errors[0].detail).toBe(
      `Invalid filter: The "(" at position ${at} nests deeper than 64 levels of parentheses.`,
    );
    // The same through a body, which has no URL length limit in front of it.
    const tenants = await h.send("POST", "/api/core/tenants/actions/filter", {
      json: { filter: filter.replaceAll("appType", "regionCode") },
    });
    expect(tenants.status).toBe(400);
    expect(tenants.body.errors[0]).toMatchObject({
      source: { pointer: "/filter" },
      detail: expect.stringMatching(/nests deeper than 64 levels/),
    });
  });

  test("the nesting limit counts depth, not groups: 100 groups side by side are fine", async () => {
    const groups = Array.from({ length: 100 }, () => deep(1)).join(" and ");
    const answer = await h.send(
      "GET",
      `/api/core/oauth-clients?filter=${encodeURIComponent(groups)}`,
    );
    expect(answer.status).toBe(200);
  });

  test("a long chain of and/or terms is answered, not a stack overflow", async () => {
    const terms = Array.from({ length: 20_000 }, (_, i) =>
      i % 2 === 0 ? 'regionCode eq "us-east-1"' : 'regionCode ne "nowhere"',
    );
    for (const joiner of [" and ", " or "]) {
      const answer = await h.send("POST", "/api/core/tenants/actions/filter", {
        json: { filter: terms.join(joiner) },
      });
      expect(answer.status, answer.text).toBe(200);
      expect(answer.body.data.length).toBe(joiner === " and " ? 2 : 3);
    }
  });
});

describe("tenant filters", () => {
  const tenants = [
    {
      id: "tenantA",
      name: "Alpha",
      hostnames: ["alpha.us.qlikcloud.com", "alias-a.us.qlikcloud.com"],
      regionCode: "us-east-1",
      countryCode: "US",
      status: "active" as const,
      createdAt: "2025-01-10T00:00:00.000Z",
      updatedAt: "2026-01-10T00:00:00.000Z",
      subscriptionId: "sub-1",
    },
    {
      id: "tenantB",
      name: "Beta",
      hostnames: ["beta.eu.qlikcloud.com"],
      regionCode: "eu-west-1",
      countryCode: "DE",
      status: "disabled" as const,
      createdAt: "2025-06-10T00:00:00.000Z",
      updatedAt: "2026-02-10T00:00:00.000Z",
      subscriptionId: "sub-1",
    },
    {
      id: "tenantC",
      name: "Gamma",
      hostnames: ["gamma.us.qlikcloud.com"],
      regionCode: "us-east-1",
      countryCode: "USA",
      status: "active" as const,
      createdAt: "2026-01-10T00:00:00.000Z",
      updatedAt: "2026-03-10T00:00:00.000Z",
      subscriptionId: "sub-2",
    },
  ];
  let h: Harness;

  beforeAll(async () => {
    h = createHarness({
      seed: {
        credentials: [{ clientId: "mock-client-id", clientSecret: "mock-client-secret" }],
        tenants,
        subscriptionIds: ["sub-empty"],
      },
    });
    await h.signIn();
  });

  async function ids(filter: string): Promise<string[]> {
    const answer = await h.send(
      "GET",
      `/api/core/tenants?sort=name&filter=${encodeURIComponent(filter)}`,
    );
    expect(answer.status, answer.text).toBe(200);
    const viaBody = await h.send("POST", "/api/core/tenants/actions/filter?sort=name", {
      json: { filter },
    });
    expect(viaBody.body.data).toEqual(answer.body.data);
    return answer.body.data.map((t: { id: string }) => t.id);
  }

  test.each([
    ['subscriptionId eq "sub-1"', ["tenantA", "tenantB"]],
    ['regionCode eq "us-east-1"', ["tenantA", "tenantC"]],
    ['regionCode ne "us-east-1"', ["tenantB"]],
    ['status eq "active"', ["tenantA", "tenantC"]],
    ['status ne "active"', ["tenantB"]],
    ['name eq "beta"', ["tenantB"]],
    // Multi-valued: an alias hostname matches too.
    ['hostnames eq "alias-a.us.qlikcloud.com"', ["tenantA"]],
    ['id eq "tenantC"', ["tenantC"]],
    ['originalId eq "tenantB"', ["tenantB"]],
    ['countryCode co "US"', ["tenantA", "tenantC"]],
    ['countryCode gt "E"', ["tenantA", "tenantC"]],
    ['countryCode ne "DE"', ["tenantA", "tenantC"]],
    ['createdAt gt "2025-03-01T00:00:00Z"', ["tenantB", "tenantC"]],
    ['createdAt le "2025-06-10T00:00:00.000Z"', ["tenantA", "tenantB"]],
    ['createdAt eq "2025-06-10T00:00:00Z"', ["tenantB"]],
    ['updatedAt lt "2026-02-10T00:00:00Z"', ["tenantA"]],
    ['updatedAt ge "2026-02-10T02:00:00+02:00"', ["tenantB", "tenantC"]],
    ['createdAt co "2025-06"', ["tenantB"]],
    ['subscriptionId eq "sub-1" and not (status eq "disabled")', ["tenantA"]],
    ['subscriptionId eq "sub-2" or name eq "Alpha"', ["tenantA", "tenantC"]],
    // Ordering operators at their boundary: "US" itself, and "USA" after it.
    ['countryCode gt "US"', ["tenantC"]],
    ['countryCode ge "us"', ["tenantA", "tenantC"]],
    ['countryCode lt "US"', ["tenantB"]],
    ['countryCode le "US"', ["tenantA", "tenantB"]],
    // Date-times: a date alone, minutes without seconds, fractions and offsets.
    ['createdAt ge "2025-06-10"', ["tenantB", "tenantC"]],
    ['createdAt lt "2025-06-10T00:00Z"', ["tenantA"]],
    ['createdAt gt "2025-06-10T01:00:00.5+02:00"', ["tenantB", "tenantC"]],
    ['createdAt gt "2025-06-10T00:00:00.000Z"', ["tenantC"]],
  ])("%s", async (filter, expected) => {
    expect(await ids(filter)).toEqual(expected);
  });

  // The per-attribute operator table of the docs.
  test.each([
    ['subscriptionId ne "sub-1"', /"subscriptionId" cannot be compared with "ne".*it accepts eq/],
    ['name co "a"', /"name" cannot be compared with "co"/],
    ['hostnames ne "x"', /"hostnames" cannot be compared with "ne"/],
    ['id gt "a"', /"id" cannot be compared with "gt"/],
    ['originalId co "a"', /"originalId" cannot be compared with "co"/],
    ['regionCode co "us"', /"regionCode" cannot be compared with "co".*it accepts eq, ne/],
    ['status lt "b"', /"status" cannot be compared with "lt"/],
    ['createdAt gt "last week"', /"createdAt" must be compared with a date-time/],
    ['licenseNumber eq "1"', /Unknown attribute "licenseNumber"/],
    ['createdAt gt "2025-06-10T00:00:00"', /"createdAt" must be compared with a date-time/],
    ['createdAt gt "2025-13-01"', /"createdAt" must be compared with a date-time/],
    ['createdAt gt "on 2025-06-10"', /"createdAt" must be compared with a date-time/],
    ['createdAt gt "2025-06-10Z"', /"createdAt" must be compared with a date-time/],
    ['updatedAt lt "2025-06-10 or so"', /"updatedAt" must be compared with a date-time/],
  ])("listTenants refuses %j with a TenantsError 400", async (filter, message) => {
    const answer = await h.send("GET", `/api/core/tenants?filter=${encodeURIComponent(filter)}`);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      errors: [
        {
          code: "TENANTS-400",
          title: "Invalid filter expression",
          status: "400",
          source: { parameter: "filter" },
        },
      ],
      traceId: expect.any(String),
    });
    expect(answer.body.errors[0].detail).toMatch(message);

    const viaBody = await h.send("POST", "/api/core/tenants/actions/filter", { json: { filter } });
    expect(viaBody.status).toBe(400);
    expect(viaBody.body.errors[0]).toMatchObject({ source: { pointer: "/filter" } });
    expect(viaBody.body.errors[0].detail).toMatch(message);
  });

  test("a subscription outside the organization is refused with 403", async () => {
    const filter = encodeURIComponent('subscriptionId eq "sub-other"');
    const listed = await h.send("GET", `/api/core/tenants?filter=${filter}`);
    expect(listed.status).toBe(403);
    expect(listed.body.errors[0]).toMatchObject({ code: "TENANTS-403", status: "403" });
    expect(listed.body.errors[0].detail).toBe(
      'The subscription "sub-other" is not part of your organization.',
    );
    expect((await h.send("GET", `/api/core/tenants/actions/count?filter=${filter}`)).status).toBe(
      403,
    );
    const viaBody = await h.send("POST", "/api/core/tenants/actions/filter", {
      json: { filter: 'status eq "active" or subscriptionId eq "sub-other"' },
    });
    expect(viaBody.status).toBe(403);
    // Named under a not, it is named all the same.
    const negated = encodeURIComponent('not (subscriptionId eq "sub-other")');
    expect((await h.send("GET", `/api/core/tenants?filter=${negated}`)).status).toBe(403);
    // A subscription of the organization without tenants is fine, and empty.
    expect(await ids('subscriptionId eq "sub-empty"')).toEqual([]);
  });

  test("count answers { total } and needs a filter that names a subscriptionId", async () => {
    const count = (filter: string) =>
      h.send("GET", `/api/core/tenants/actions/count?filter=${encodeURIComponent(filter)}`);
    expect((await count('subscriptionId eq "sub-1"')).body).toEqual({ total: 2 });
    expect((await count('subscriptionId eq "sub-1" and status eq "active"')).body).toEqual({
      total: 1,
    });
    expect((await count('subscriptionId eq "sub-empty"')).body).toEqual({ total: 0 });

    const unnamed = await count('status eq "active"');
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.errors[0]).toMatchObject({
      title: "Invalid filter expression",
      detail: 'The filter must name a subscriptionId, as in subscriptionId eq "9876543210987654".',
      source: { parameter: "filter" },
    });
    const missing = await h.send("GET", "/api/core/tenants/actions/count");
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].detail).toMatch(/"filter" is required/);
  });
});
