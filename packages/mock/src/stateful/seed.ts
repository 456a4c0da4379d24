// Turns a seed (object or parsed JSON file) into the organization's data, checking it against the spec.

import {
  anyValue,
  componentShape,
  type FieldShape,
  findUndocumentedKeys,
  withProperties,
} from "./documented-fields.js";
import {
  type ClientRecord,
  type StoredClient,
  toOAuthClient,
  toOAuthClientListItem,
} from "./oauth-clients.js";
import type { OrgData } from "./org-data.js";
import type { RandomSource } from "./random.js";
import { componentValidator, describeErrors } from "./schema-validation.js";
import { canHoldSecrets, maxSecretsPerClient, type StoredSecret, secretHint } from "./secrets.js";
import type { StoredTenant } from "./tenants.js";
import type { SeedCredential, SeedOAuthClient, SeedTenant, StatefulOrgSeed } from "./types.js";

/** The seed used when none is given: one credential and three tenants in one subscription. */
export const defaultSeed: StatefulOrgSeed = Object.freeze({
  credentials: [{ clientId: "mock-client-id", clientSecret: "mock-client-secret" }],
  tenants: [
    {
      id: "TiQ8GPVr8qI714Lp5ChAAFFaU24MJy69",
      name: "QlikTenant",
      hostnames: ["tenant-hostname.us.qlikcloud.com", "tenant-alias-hostname.us.qlikcloud.com"],
      regionCode: "us-east-1",
      countryCode: "US",
      status: "active",
      createdBy: "TiQ8GPVr8qI714Lp5ChAAFFaU24MJy7A",
      createdAt: "2026-01-15T10:30:00.000Z",
      updatedAt: "2026-06-20T14:45:00.000Z",
      licenseNumber: "1234567890123456",
      subscriptionId: "9876543210987654",
      licenseStartsAt: "2026-01-01T00:00:00.000Z",
      licenseEndsAt: "2026-12-31T23:59:59.999Z",
    },
    {
      id: "Xk2LmN8pQr4sTu6vWx0yZa1bCd3eFg5h",
      name: "QlikTenantEU",
      hostnames: ["tenant-eu.eu.qlikcloud.com"],
      regionCode: "eu-west-1",
      countryCode: "DE",
      status: "active",
      createdAt: "2026-02-01T08:00:00.000Z",
      updatedAt: "2026-02-01T08:00:00.000Z",
      subscriptionId: "9876543210987654",
    },
    {
      id: "Pq7RsT9uVw1xYz3AbC5dEf7gHi9jKl1m",
      name: "QlikTenantOld",
      hostnames: ["tenant-old.us.qlikcloud.com"],
      regionCode: "us-east-1",
      countryCode: "US",
      status: "disabled",
      createdAt: "2025-06-01T12:00:00.000Z",
      updatedAt: "2026-03-01T12:00:00.000Z",
      subscriptionId: "9876543210987654",
    },
  ],
} satisfies StatefulOrgSeed);

/** A seed that breaks the spec or the documented rules; the message names the field, never a secret. */
export class InvalidSeedError extends TypeError {
  override readonly name = "InvalidSeedError";
}

function fail(where: string, message: string): never {
  throw new InvalidSeedError(`${where === "" ? "seed" : `seed.${where}`}: ${message}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const quoted = (keys: readonly string[]) => keys.map((key) => `"${key}"`).join(", ");

/** Fails on the first object inside `value` with a key `shape` does not document; names keys, never values. */
function rejectUndocumented(shape: FieldShape, value: unknown, where: string, hint = ""): void {
  const [first] = findUndocumentedKeys(shape, value);
  if (!first) return;
  const noun = first.keys.length === 1 ? "key" : "keys";
  fail(
    `${where}${first.path}`,
    `unknown ${noun} ${quoted(first.keys)}${hint}; documented keys: ${quoted(first.documented)}`,
  );
}

/** A shape for the seed's own objects (not in the spec): these keys, any values. */
function ownShape(keys: readonly string[]): FieldShape {
  return { kind: "object", properties: new Map(keys.map((key) => [key, anyValue])) };
}

const seedShape = ownShape(["credentials", "clients", "tenants", "subscriptionIds"]);
const credentialShape = ownShape(["clientId", "clientSecret", "forbidden"]);
let clientShape: FieldShape | undefined;
let tenantShape: FieldShape | undefined;

/**
 * A seeded client: the spec's OAuthClient, with secret values under `secrets` instead of the
 * `clientSecrets` hints (which reads derive from those values).
 */
function seedClientShape(): FieldShape {
  clientShape ??= withProperties(componentShape("OAuthClient"), {
    omit: ["clientSecrets"],
    add: { secrets: { kind: "array", items: anyValue } },
  });
  return clientShape;
}

function listOf(seed: Record<string, unknown>, key: string): unknown[] {
  const value = seed[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(key, "must be an array");
  return value;
}

function check(schema: string, value: unknown, where: string): void {
  const validate = componentValidator(schema);
  if (!validate(value)) {
    const { messages } = describeErrors(validate.errors, schema);
    fail(where, `does not match the spec's ${schema}: ${messages.join("; ")}`);
  }
}

function credentialFrom(value: unknown, where: string): SeedCredential {
  if (!isObject(value)) fail(where, "must be an object with clientId and clientSecret");
  rejectUndocumented(credentialShape, value, where);
  if (typeof value.clientId !== "string" || value.clientId === "") {
    fail(`${where}.clientId`, "must be a non-empty string");
  }
  if (typeof value.clientSecret !== "string" || value.clientSecret === "") {
    fail(`${where}.clientSecret`, "must be a non-empty string");
  }
  if (value.forbidden !== undefined && typeof value.forbidden !== "boolean") {
    fail(`${where}.forbidden`, "must be true or false");
  }
  return {
    clientId: value.clientId,
    clientSecret: value.clientSecret,
    ...(value.forbidden === true ? { forbidden: true } : {}),
  };
}

function clientFrom(
  value: unknown,
  where: string,
  now: string,
  random: RandomSource,
  sequence: number,
): StoredClient {
  if (!isObject(value)) fail(where, "must be an object");
  rejectUndocumented(
    seedClientShape(),
    value,
    where,
    "clientSecrets" in value
      ? ' ("clientSecrets" comes from "secrets": list secret values there)'
      : "",
  );
  const { secrets: secretValues = [], ...fields } = value as SeedOAuthClient &
    Record<string, unknown>;
  if (!Array.isArray(secretValues)) fail(`${where}.secrets`, "must be an array of strings");
  if (secretValues.length > maxSecretsPerClient) {
    fail(`${where}.secrets`, `a client holds at most ${maxSecretsPerClient} secrets`);
  }
  const createdAt = typeof fields.createdAt === "string" ? fields.createdAt : now;
  const record = {
    ...structuredClone(fields),
    clientId: fields.clientId ?? random.hex(32),
    createdAt,
    updatedAt: fields.updatedAt ?? createdAt,
  } as ClientRecord;
  const secrets: StoredSecret[] = [];
  secretValues.forEach((secret: unknown, index) => {
    if (typeof secret !== "string" || secret.length < 8) {
      fail(`${where}.secrets[${index}]`, "must be a string of at least 8 characters");
    }
    if (secrets.some((other) => other.hint === secretHint(secret))) {
      fail(
        `${where}.secrets[${index}]`,
        "ends in the same 4 characters (its hint) as another secret",
      );
    }
    secrets.push({ hint: secretHint(secret), value: secret, createdAt });
  });
  const client = { record, secrets, sequence };
  check("OAuthClient", toOAuthClient(client), where);
  check("OAuthClientListItem", toOAuthClientListItem(client), where);
  if (secrets.length > 0 && !canHoldSecrets(record)) {
    fail(
      `${where}.secrets`,
      "only web clients whose allowedAuthMethods include client_secret hold secrets",
    );
  }
  return client;
}

function tenantFrom(
  value: unknown,
  where: string,
  now: string,
  random: RandomSource,
): StoredTenant {
  if (!isObject(value)) fail(where, "must be an object");
  tenantShape ??= componentShape("Tenant");
  rejectUndocumented(tenantShape, value, where);
  const { links: _links, ...fields } = value as SeedTenant & { links?: unknown };
  const createdAt = fields.createdAt ?? now;
  const tenant = {
    ...structuredClone(fields),
    id: fields.id ?? random.alphanumeric(32),
    createdAt,
    updatedAt: fields.updatedAt ?? createdAt,
  } as StoredTenant;
  check("Tenant", tenant, where);
  return tenant;
}

/** Builds the organization's data from `seed`; throws `InvalidSeedError` on anything the spec forbids. */
export function buildOrgData(seed: StatefulOrgSeed, now: Date, random: RandomSource): OrgData {
  if (!isObject(seed)) throw new InvalidSeedError("seed must be an object");
  rejectUndocumented(seedShape, seed, "");
  const nowText = now.toISOString();
  const credentials = listOf(seed, "credentials").map((c, i) =>
    credentialFrom(c, `credentials[${i}]`),
  );

  const clients = new Map<string, StoredClient>();
  listOf(seed, "clients").forEach((value, index) => {
    const client = clientFrom(value, `clients[${index}]`, nowText, random, index);
    if (clients.has(client.record.clientId)) {
      fail(`clients[${index}].clientId`, `"${client.record.clientId}" is used twice`);
    }
    clients.set(client.record.clientId, client);
  });

  const tenants = new Map<string, StoredTenant>();
  listOf(seed, "tenants").forEach((value, index) => {
    const tenant = tenantFrom(value, `tenants[${index}]`, nowText, random);
    if (tenants.has(tenant.id)) fail(`tenants[${index}].id`, `"${tenant.id}" is used twice`);
    tenants.set(tenant.id, tenant);
  });

  const subscriptionIds = new Set<string>();
  listOf(seed, "subscriptionIds").forEach((id, index) => {
    if (typeof id !== "string" || id === "")
      fail(`subscriptionIds[${index}]`, "must be a non-empty string");
    subscriptionIds.add(id);
  });
  for (const tenant of tenants.values()) {
    if (tenant.subscriptionId) subscriptionIds.add(tenant.subscriptionId);
  }
  const tenantOrder = new Map([...tenants.keys()].map((id, index) => [id, index]));
  return {
    credentials,
    clients,
    tenants,
    tenantOrder,
    subscriptionIds,
    nextClientSequence: clients.size,
  };
}
