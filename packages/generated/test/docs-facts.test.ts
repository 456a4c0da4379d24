// Holds the bundled spec to the facts of Qlik's captured docs pages, written down independently.

import { describe, expect, it } from "vitest";
import { docsExamples } from "./support/docs-examples.js";
import {
  allOperations,
  bundledSpec,
  deref,
  findOperation,
  flatten,
  type Node,
  validateAgainst,
} from "./support/load-spec.js";

const tier1 = { tier: 1, requestsPerMinute: 1000 };
const tier2 = { tier: 2, requestsPerMinute: 100 };
const clientErrors = [400, 401, 403, 429, 500, 503];
const clientErrorsWith404 = [400, 401, 403, 404, 429, 500, 503];

const documentedOperations = [
  {
    id: "requestToken",
    method: "POST",
    path: "/oauth/token",
    rate: null,
    statuses: [200, 400, 401],
  },
  {
    id: "listTenants",
    method: "GET",
    path: "/api/core/tenants",
    rate: tier1,
    statuses: [200, 400, 401, 403, 429],
  },
  {
    id: "getTenant",
    method: "GET",
    path: "/api/core/tenants/{tenantId}",
    rate: tier1,
    statuses: [200, 400, 401, 403, 404, 429],
  },
  {
    id: "countTenants",
    method: "GET",
    path: "/api/core/tenants/actions/count",
    rate: tier1,
    statuses: [200, 400, 401, 403, 429],
  },
  {
    id: "filterTenants",
    method: "POST",
    path: "/api/core/tenants/actions/filter",
    rate: tier2,
    statuses: [200, 400, 401, 403, 429],
  },
  {
    id: "listOAuthClients",
    method: "GET",
    path: "/api/core/oauth-clients",
    rate: tier1,
    statuses: [200, ...clientErrors],
  },
  {
    id: "createOAuthClient",
    method: "POST",
    path: "/api/core/oauth-clients",
    rate: tier2,
    statuses: [201, ...clientErrors],
  },
  {
    id: "getOAuthClient",
    method: "GET",
    path: "/api/core/oauth-clients/{id}",
    rate: tier1,
    statuses: [200, ...clientErrorsWith404],
  },
  {
    id: "patchOAuthClient",
    method: "PATCH",
    path: "/api/core/oauth-clients/{id}",
    rate: tier2,
    statuses: [202, 204, ...clientErrorsWith404],
  },
  {
    id: "deleteOAuthClient",
    method: "DELETE",
    path: "/api/core/oauth-clients/{id}",
    rate: tier2,
    statuses: [204, ...clientErrorsWith404],
  },
  {
    id: "createOAuthClientSecret",
    method: "POST",
    path: "/api/core/oauth-clients/{id}/client-secrets",
    rate: tier2,
    statuses: [201, 400, 401, 403, 404, 409, 429, 500, 503],
  },
  {
    id: "deleteOAuthClientSecret",
    method: "DELETE",
    path: "/api/core/oauth-clients/{id}/client-secrets/{hint}",
    rate: tier2,
    statuses: [204, ...clientErrorsWith404],
  },
];

const sortStatuses = (statuses: string[]) => statuses.map(Number).sort((a, b) => a - b);

describe("operations", () => {
  it("are exactly the documented ones", () => {
    const ids = allOperations()
      .map(({ operation }) => operation.operationId)
      .sort();
    expect(ids).toEqual(documentedOperations.map(({ id }) => id).sort());
  });

  for (const documented of documentedOperations) {
    describe(documented.id, () => {
      const { method, path, operation } = findOperation(documented.id);

      it("has the documented method, path and rate-limit tier", () => {
        expect({ method, path }).toEqual({ method: documented.method, path: documented.path });
        expect(operation["x-rate-limit"] ?? null).toEqual(documented.rate);
      });

      it("documents exactly the documented statuses", () => {
        expect(sortStatuses(Object.keys(operation.responses))).toEqual(documented.statuses);
      });

      it("gives every error status a JSON body of a shared error schema with an example", () => {
        for (const [status, response] of Object.entries<Node>(operation.responses)) {
          if (Number(status) < 400) continue;
          const media = deref(response).content?.["application/json"];
          expect(media?.schema?.$ref, `${status} schema`).toMatch(
            /^#\/components\/schemas\/(Error|TenantsError)$/,
          );
          expect(media.example ?? media.examples, `${status} example`).toBeDefined();
        }
      });

      it(documented.rate ? "needs a bearer token" : "needs no bearer token", () => {
        const security = operation.security ?? bundledSpec.security;
        const needsToken = security.some((entry: Node) => Object.keys(entry).length > 0);
        expect(needsToken).toBe(documented.rate !== null);
      });
    });
  }

  it("answers 429 with a Retry-After header on every rate-limited operation", () => {
    for (const { operation } of allOperations()) {
      if (!operation["x-rate-limit"]) continue;
      const tooMany = deref(operation.responses["429"]);
      expect(Object.keys(tooMany.headers ?? {}), operation.operationId).toContain("Retry-After");
      expect(deref(tooMany.headers["Retry-After"]).schema.type).toBe("integer");
    }
  });

  it("marks 204 responses as bodiless", () => {
    for (const { operation } of allOperations()) {
      const noContent = operation.responses["204"];
      if (noContent) expect(deref(noContent).content, operation.operationId).toBeUndefined();
    }
  });

  it("uses the OAuth2 client-credentials scheme with the documented token URL", () => {
    const schemes = Object.values<Node>(bundledSpec.components.securitySchemes);
    expect(schemes).toHaveLength(1);
    expect(schemes[0]?.flows?.clientCredentials?.tokenUrl).toBe(
      "https://console.qlikcloud.com/oauth/token",
    );
    expect(bundledSpec.servers.map((server: Node) => server.url)).toEqual([
      "https://console.qlikcloud.com",
    ]);
  });
});

function parameter(operationId: string, name: string): Node {
  const { path, operation } = findOperation(operationId);
  const all = [...(bundledSpec.paths[path].parameters ?? []), ...(operation.parameters ?? [])].map(
    deref,
  );
  const found = all.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`${operationId} has no parameter ${name}`);
  return found;
}

describe("parameters", () => {
  it("lists OAuth clients with filter, limit, next, prev, sort and totalResults", () => {
    expect(parameter("listOAuthClients", "filter").schema.type).toBe("string");
    expect(parameter("listOAuthClients", "limit").schema.type).toBe("number");
    expect(parameter("listOAuthClients", "next").schema.type).toBe("string");
    expect(parameter("listOAuthClients", "prev").schema.type).toBe("string");
    expect(parameter("listOAuthClients", "totalResults").schema.type).toBe("boolean");
    expect(parameter("listOAuthClients", "sort").schema.enum).toEqual([
      "+clientId",
      "-clientId",
      "+clientName",
      "-clientName",
      "+appType",
      "-appType",
      "+createdAt",
      "-createdAt",
      "+updatedAt",
      "-updatedAt",
    ]);
  });

  it("lists tenants with an integer limit of 0–100 defaulting to 20 and a string totalResults", () => {
    for (const operationId of ["listTenants", "filterTenants"]) {
      const limit = parameter(operationId, "limit").schema;
      expect(limit).toMatchObject({ type: "integer", minimum: 0, maximum: 100, default: 20 });
      expect(parameter(operationId, "totalResults").schema).toMatchObject({
        type: "string",
        enum: ["true", "false"],
        default: "false",
      });
      expect(parameter(operationId, "next").schema.type).toBe("string");
      expect(parameter(operationId, "prev").schema.type).toBe("string");
    }
    expect(parameter("listTenants", "filter").schema.type).toBe("string");
  });

  it("accepts the documented tenant sort fields with +, - or no prefix, comma-separated", () => {
    const pattern = new RegExp(parameter("listTenants", "sort").schema.pattern);
    for (const valid of [
      "name",
      "-createdAt",
      "+regionCode,-updatedAt",
      "subscriptionId,hostnames,status,countryCode",
    ]) {
      expect(pattern.test(valid), valid).toBe(true);
    }
    for (const invalid of ["id", "-name,", "*name", "name;status"]) {
      expect(pattern.test(invalid), invalid).toBe(false);
    }
  });

  it("requires a filter to count tenants", () => {
    expect(parameter("countTenants", "filter").required).toBe(true);
  });

  it("requires the qlik-confirm-delete header to delete a client", () => {
    expect(parameter("deleteOAuthClient", "qlik-confirm-delete")).toMatchObject({
      in: "header",
      required: true,
      schema: { type: "string" },
    });
  });

  it("requires every path parameter", () => {
    for (const [operationId, name] of [
      ["getTenant", "tenantId"],
      ["getOAuthClient", "id"],
      ["patchOAuthClient", "id"],
      ["deleteOAuthClient", "id"],
      ["createOAuthClientSecret", "id"],
      ["deleteOAuthClientSecret", "id"],
      ["deleteOAuthClientSecret", "hint"],
    ] as const) {
      expect(parameter(operationId, name), `${operationId} ${name}`).toMatchObject({
        in: "path",
        required: true,
      });
    }
  });
});

const clientResponseFields = [
  "allowedAuthMethods",
  "allowedGrantTypes",
  "allowedOrigins",
  "allowedScopes",
  "appType",
  "clientId",
  "clientName",
  "clientSecrets",
  "clientUri",
  "connectionConfig",
  "createdAt",
  "deletedAt",
  "description",
  "disableTag",
  "logoUri",
  "publicKeys",
  "publishedAt",
  "redirectUris",
  "updatedAt",
];

const schemaFacts: { schema: string; fields: string[]; required: string[] }[] = [
  {
    schema: "TokenRequest",
    fields: ["client_id", "client_secret", "grant_type"],
    required: ["client_id", "client_secret", "grant_type"],
  },
  {
    schema: "TokenResponse",
    fields: ["access_token", "expires_at", "expires_in", "scope", "token_type"],
    required: ["access_token"],
  },
  {
    schema: "OAuthClientListItem",
    fields: clientResponseFields,
    required: ["appType", "clientId", "clientName", "createdAt"],
  },
  {
    schema: "OAuthClient",
    fields: clientResponseFields,
    required: ["appType", "clientId", "clientName", "createdAt"],
  },
  {
    schema: "OAuthClientCreated",
    fields: [...clientResponseFields, "clientSecret"].sort(),
    required: ["appType", "clientId", "clientName", "clientSecret", "createdAt"],
  },
  {
    schema: "OAuthClientCreateRequest",
    fields: [
      "allowedAuthMethods",
      "allowedGrantTypes",
      "allowedOrigins",
      "allowedScopes",
      "appType",
      "clientName",
      "clientUri",
      "connectionConfig",
      "description",
      "logoUri",
      "publicKeys",
      "redirectUris",
    ],
    required: ["appType", "clientName"],
  },
  {
    schema: "OAuthClientList",
    fields: ["data", "links", "totalResults"],
    required: ["data", "links"],
  },
  {
    schema: "PublicKey",
    fields: ["alg", "crv", "e", "kid", "kty", "n", "use", "x", "y"],
    required: ["alg", "kid", "kty", "use"],
  },
  { schema: "ClientSecretHint", fields: ["createdAt", "createdBy", "hint"], required: ["hint"] },
  {
    schema: "OAuthClientSecretCreated",
    fields: ["clientId", "clientSecret", "createdAt", "createdBy", "hint"],
    required: ["clientId", "clientSecret", "hint"],
  },
  { schema: "OAuthClientSecretRotated", fields: ["clientSecret"], required: ["clientSecret"] },
  {
    schema: "OAuthClientPatchOperation",
    fields: ["op", "path", "value"],
    required: ["op", "path"],
  },
  { schema: "Error", fields: ["errors"], required: [] },
  { schema: "ErrorItem", fields: ["code", "detail", "title"], required: ["code", "title"] },
  { schema: "TenantsError", fields: ["errors", "traceId"], required: ["errors"] },
  {
    schema: "TenantsErrorItem",
    fields: ["code", "detail", "meta", "source", "status", "title"],
    required: ["code", "status", "title"],
  },
  {
    schema: "Tenant",
    fields: [
      "countryCode",
      "createdAt",
      "createdBy",
      "deletionStartsAt",
      "hostnames",
      "id",
      "licenseEndsAt",
      "licenseNumber",
      "licenseStartsAt",
      "links",
      "name",
      "regionCode",
      "status",
      "subscriptionId",
      "updatedAt",
    ],
    required: ["countryCode", "createdAt", "hostnames", "id", "regionCode", "status", "updatedAt"],
  },
  { schema: "TenantList", fields: ["data", "links", "totalResults"], required: ["data", "links"] },
  { schema: "TenantCount", fields: ["total"], required: ["total"] },
  { schema: "TenantFilterRequest", fields: ["filter"], required: ["filter"] },
];

function schema(name: string): Node {
  const found = bundledSpec.components.schemas[name];
  if (!found) throw new Error(`no schema ${name}`);
  return found;
}

function property(schemaName: string, path: string): Node {
  return path.split(".").reduce<Node>((node, key) => {
    const flat = flatten(node);
    const next = key === "[]" ? deref(node).items : flat.properties[key];
    if (!next) throw new Error(`${schemaName} has no ${path}`);
    return deref(next);
  }, schema(schemaName));
}

describe("schemas", () => {
  it.each(schemaFacts)("$schema has the documented fields and required flags", (fact) => {
    const flat = flatten(schema(fact.schema));
    expect(Object.keys(flat.properties).sort()).toEqual(fact.fields);
    expect(flat.required).toEqual(fact.required);
  });

  it("gives each OAuth-client shape its own connectionConfig", () => {
    const listed = flatten(property("OAuthClientListItem", "connectionConfig"));
    expect(Object.keys(listed.properties).sort()).toEqual([
      "consentMethod",
      "deletedByOwner",
      "status",
    ]);
    expect(listed.required).toEqual(["consentMethod"]);
    expect(deref(listed.properties.consentMethod).enum).toEqual(["required", "trusted"]);
    expect(deref(listed.properties.deletedByOwner).type).toBe("boolean");

    for (const name of ["OAuthClient", "OAuthClientCreated"]) {
      const read = flatten(property(name, "connectionConfig"));
      expect(Object.keys(read.properties), name).toEqual(["consentMethod"]);
      expect(read.required, name).toEqual([]);
      expect(deref(read.properties.consentMethod).enum, name).toEqual(["required", "trusted"]);
    }

    const created = flatten(property("OAuthClientCreateRequest", "connectionConfig"));
    expect(Object.keys(created.properties)).toEqual(["consentMethod"]);
    expect(deref(created.properties.consentMethod).enum).toEqual(["trusted"]);
  });

  it("uses the documented enums wherever a field appears", () => {
    const clientShapes = [
      "OAuthClientListItem",
      "OAuthClient",
      "OAuthClientCreated",
      "OAuthClientCreateRequest",
    ];
    for (const name of clientShapes) {
      expect(property(name, "appType").enum, name).toEqual([
        "web",
        "native",
        "spa",
        "anonymous-embed",
      ]);
      expect(property(name, "allowedGrantTypes.[]").enum, name).toEqual([
        "client_credentials",
        "urn:qlik:oauth:user-impersonation",
      ]);
      expect(property(name, "allowedAuthMethods.[]").enum, name).toEqual([
        "client_secret",
        "private_key_jwt",
      ]);
      expect(property(name, "publicKeys.[]")).toBe(deref(schema("PublicKey")));
    }
    expect(property("PublicKey", "alg").enum).toEqual(["RS256", "RS512", "ES384"]);
    expect(property("PublicKey", "kty").enum).toEqual(["RSA", "EC"]);
    expect(property("PublicKey", "use").enum).toEqual(["sig"]);
    expect(property("OAuthClientPatchOperation", "op").enum).toEqual(["add", "remove", "replace"]);
    expect(property("OAuthClientPatchOperation", "path").enum).toEqual([
      "/clientName",
      "/description",
    ]);
    expect(property("TokenRequest", "grant_type").enum).toEqual(["client_credentials"]);
    expect(property("Tenant", "status").enum).toEqual([
      "active",
      "disabled",
      "deleted",
      "deactivated",
    ]);
  });

  it("types counts as integers and timestamps as date-time", () => {
    const counts: [string, string][] = [
      ["OAuthClientList", "totalResults"],
      ["TenantList", "totalResults"],
      ["TenantCount", "total"],
      ["TokenResponse", "expires_in"],
    ];
    for (const [name, path] of counts) {
      expect(property(name, path).type, `${name}.${path}`).toBe("integer");
    }
    const timestamps: [string, string[]][] = [
      ["OAuthClient", ["createdAt", "updatedAt", "deletedAt", "publishedAt"]],
      ["OAuthClientListItem", ["createdAt", "updatedAt", "deletedAt", "publishedAt"]],
      ["OAuthClientCreated", ["createdAt", "updatedAt", "deletedAt", "publishedAt"]],
      ["ClientSecretHint", ["createdAt"]],
      ["OAuthClientSecretCreated", ["createdAt"]],
      [
        "Tenant",
        ["createdAt", "updatedAt", "licenseStartsAt", "licenseEndsAt", "deletionStartsAt"],
      ],
      ["TokenResponse", ["expires_at"]],
    ];
    for (const [name, fields] of timestamps) {
      for (const field of fields) {
        expect(property(name, field).format, `${name}.${field}`).toBe("date-time");
      }
    }
  });

  it("requires a patch value for add and replace but not for remove", () => {
    expect(
      validateAgainst("OAuthClientPatchOperation", { op: "remove", path: "/description" }),
    ).toEqual([]);
    expect(
      validateAgainst("OAuthClientPatchOperation", { op: "replace", path: "/clientName" }),
    ).not.toEqual([]);
    expect(
      validateAgainst("OAuthClientPatchOperation", {
        op: "add",
        path: "/description",
        value: ["a", "b"],
      }),
    ).toEqual([]);
    expect(
      validateAgainst("OAuthClientPatchOperation", {
        op: "add",
        path: "/allowedScopes",
        value: "x",
      }),
    ).not.toEqual([]);
  });
});

describe("docs examples", () => {
  it.each(docsExamples)("$name validates against $schema", ({ schema: name, value }) => {
    expect(validateAgainst(name, value)).toEqual([]);
  });

  it("rejects the docs' out-of-enum consentMethod instead of widening the enum", () => {
    const listItem = {
      clientId: "c",
      appType: "web",
      createdAt: "2025-11-06T14:30:00Z",
      clientName: "n",
    };
    const bad = { ...listItem, connectionConfig: { consentMethod: "string" } };
    expect(validateAgainst("OAuthClientListItem", bad)).not.toEqual([]);
  });
});
