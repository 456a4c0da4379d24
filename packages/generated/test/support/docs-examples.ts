// The example payloads printed on Qlik's captured docs pages, copied as data. Values outside
// the docs' own enums are fixed (each fix is marked); everything else is verbatim.

const publicKey = {
  e: "AQAB",
  n: "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx",
  x: "WKn-ZIGevcwGIyyrzFoZNBdaq9_TsqzGl96oc0CWuis",
  y: "y77t-RvAHRKTsSGdIYUfweuOvwrvDD-Q3Hv5J0fSKbE",
  alg: "RS256",
  crv: "P-384",
  kid: "key-1",
  kty: "RSA",
  use: "sig",
};

const clientFields = {
  appType: "web",
  logoUri: "string",
  clientUri: "string",
  createdAt: "2025-11-06T14:30:00.123456Z",
  deletedAt: "2025-11-06T15:45:30.789012Z",
  updatedAt: "2025-11-06T16:20:15.456789Z",
  clientName: "string",
  disableTag: "string",
  publicKeys: [publicKey],
  description: "string",
  publishedAt: "2025-11-06T17:00:00.321654Z",
  allowedScopes: ["string"],
  allowedGrantTypes: ["client_credentials"],
  allowedAuthMethods: ["client_secret"],
  clientId: "string",
  redirectUris: ["string"],
  allowedOrigins: ["string"],
};

/** Each docs example, with the component schema it must validate against. */
export const docsExamples: { name: string; schema: string; value: unknown }[] = [
  {
    name: "token request (get-started, step 1)",
    schema: "TokenRequest",
    value: {
      client_id: "<CLIENT_ID>",
      client_secret: "<CLIENT_SECRET>",
      grant_type: "client_credentials",
    },
  },
  {
    name: "token response (get-started, step 1)",
    schema: "TokenResponse",
    value: {
      access_token: "<ACCESS_TOKEN>",
      token_type: "Bearer",
      scope: "cloud-console.tenants:read",
      expires_in: 21600,
      expires_at: "2026-04-08T15:45:03.000Z",
    },
  },
  {
    name: "tenants list response (get-started, step 2)",
    schema: "TenantList",
    value: {
      links: {
        self: { href: "https://console.qlikcloud.com/api/core/tenants" },
        next: {
          href: "https://console.qlikcloud.com/api/core/tenants?limit=20&offset=507f191e810c19729de860ea",
        },
      },
      data: [
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
          deletionStartsAt: "2026-06-30T00:00:00.000Z",
          links: {
            self: {
              href: "https://console.qlikcloud.com/api/core/tenants/TiQ8GPVr8qI714Lp5ChAAFFaU24MJy69",
            },
          },
        },
      ],
    },
  },
  {
    name: "list OAuth clients response",
    schema: "OAuthClientList",
    value: {
      data: [
        {
          ...clientFields,
          clientSecrets: [
            { hint: "string", createdAt: "2025-12-03T14:59:46.331Z", createdBy: "string" },
          ],
          // Fixed: the docs show consentMethod "string", outside its enum [required, trusted].
          connectionConfig: { status: "string", consentMethod: "trusted", deletedByOwner: true },
        },
      ],
      links: { next: { href: "string" }, prev: { href: "string" }, self: { href: "string" } },
      totalResults: 42,
    },
  },
  {
    name: "create OAuth client request",
    schema: "OAuthClientCreateRequest",
    value: {
      appType: "web",
      logoUri: "https://org.us.qlik.com/logo.png",
      clientUri: "https://org.us.qlik.com/",
      clientName: "My_test_application",
      publicKeys: [publicKey],
      description: "A test application client",
      redirectUris: ["https://org.us.qlik.com/home"],
      allowedScopes: ["automations"],
      allowedOrigins: ["https://qlik.com"],
      connectionConfig: { consentMethod: "trusted" },
      allowedGrantTypes: ["client_credentials"],
      allowedAuthMethods: ["client_secret"],
    },
  },
  {
    name: "create OAuth client response",
    schema: "OAuthClientCreated",
    value: {
      ...clientFields,
      clientSecrets: [
        { hint: "string", createdAt: "2025-12-03T14:59:46.331Z", createdBy: "string" },
      ],
      connectionConfig: { consentMethod: "required" },
      clientSecret: "string",
    },
  },
  {
    name: "get OAuth client response",
    schema: "OAuthClient",
    value: {
      ...clientFields,
      clientSecrets: [
        { hint: "string", createdAt: "2025-11-06T14:30:00.123456Z", createdBy: "string" },
      ],
      connectionConfig: { consentMethod: "required" },
    },
  },
  {
    name: "patch OAuth client request",
    schema: "OAuthClientPatchRequest",
    value: [{ op: "add", path: "/clientName", value: "string" }],
  },
  {
    name: "patch OAuth client 202 response",
    schema: "OAuthClientSecretRotated",
    value: { clientSecret: "a1b2c3d4e5f6..." },
  },
  {
    name: "create client secret response",
    schema: "OAuthClientSecretCreated",
    value: {
      hint: "string",
      clientId: "string",
      createdAt: "2025-11-06T14:30:00.123456Z",
      createdBy: "string",
      clientSecret: "string",
    },
  },
  {
    name: "rate-limit 429 body (rate-limit page)",
    schema: "Error",
    value: { errors: [{ code: "HTTP-429", title: "API rate limit reached." }] },
  },
];
