// Generated from spec/openapi.yaml by scripts/generate — do not edit by hand; run `npm run generate`.

/** One flag of a generated command. */
export interface CliFlag {
  /** The flag's name without dashes, kebab-case (`client-name`). */
  readonly name: string;
  /** Where the value goes: a query parameter, or a top-level property of the JSON body. */
  readonly in: "query" | "body";
  /** The query parameter's or body property's own name (`clientName`). */
  readonly key: string;
  /** How the value is parsed; `string[]` flags may be repeated or given comma-separated. */
  readonly type: "string" | "integer" | "number" | "boolean" | "string[]";
  /** The values the spec allows (an enum), or null for any. */
  readonly choices: readonly string[] | null;
  /** Help text, from the spec's description. */
  readonly description: string;
  /** Whether the spec requires it (a body property may come from `--body` instead). */
  readonly required: boolean;
}

/** One positional argument of a generated command: a path parameter. */
export interface CliArgument {
  /** The path parameter's name (`tenantId`). */
  readonly name: string;
  /** Help text, from the spec's description. */
  readonly description: string;
}

/** A JSON Patch field that a convenience flag replaces (`--client-name` → `/clientName`). */
export interface CliPatchField {
  /** The flag's name without dashes. */
  readonly name: string;
  /** The JSON Pointer the spec lets a patch step name. */
  readonly path: string;
}

/** What the command sends as its body. */
export type CliBody =
  | { readonly kind: "object"; readonly required: readonly string[] }
  | { readonly kind: "json-patch"; readonly fields: readonly CliPatchField[] };

/**
 * One argument of the client method, in the order the generated resource method takes them
 * (`x-client-arguments`, else path parameters, body, query): a path parameter, the body, the
 * query object, or one query parameter's value on its own (`tenants.count(filter)`).
 */
export type CliCallArgument =
  | { readonly from: "path"; readonly name: string }
  | { readonly from: "body" }
  | { readonly from: "query" }
  | { readonly from: "query-value"; readonly name: string };

/** How a list operation pages (`x-client-paginate`). */
export interface CliPagination {
  /** The client method, on the same resource, that yields every item (`listAll`). */
  readonly method: string;
  /** The property of a page that holds its items. */
  readonly items: string;
  /** Dotted path of the next page's URL in a page. */
  readonly nextLink: string;
}

/** A generated command: `qlik-org <noun> <verb>`. */
export interface CliCommand {
  /** The spec's operationId. */
  readonly operationId: string;
  /** The resource of `x-client-method` in kebab-case (`oauth-clients`). */
  readonly noun: string;
  /** The method of `x-client-method` in kebab-case (`create-secret`). */
  readonly verb: string;
  /** The client method that serves it, as `resource.method`. */
  readonly clientMethod: string;
  /** HTTP method in upper case. */
  readonly method: string;
  /** Path template relative to the server URL. */
  readonly path: string;
  /** One-line summary from the spec. */
  readonly summary: string;
  /** Longer description from the spec. */
  readonly description: string;
  /** Path parameters, in path order. */
  readonly arguments: readonly CliArgument[];
  /** Query parameters and top-level scalar body properties. */
  readonly flags: readonly CliFlag[];
  /** The body the operation takes, or null. */
  readonly body: CliBody | null;
  /** How the client method takes its arguments, in order. */
  readonly call: readonly CliCallArgument[];
  /** How to follow every page, or null when the operation does not page. */
  readonly paginate: CliPagination | null;
  /** True for a DELETE: the CLI asks before sending it. */
  readonly destructive: boolean;
}

/** Every command of `qlik-org` that an operation of the spec defines, in spec order. */
export const cliCommands: readonly CliCommand[] = [
  {
    "operationId": "listTenants",
    "noun": "tenants",
    "verb": "list",
    "clientMethod": "tenants.list",
    "method": "GET",
    "path": "/api/core/tenants",
    "summary": "List tenants",
    "description": "Returns the tenants of the caller's organization one page at a time,\noptionally narrowed by a SCIM filter and ordered by `sort`. Tenants of\nother organizations are never returned.\n\nPaging is cursor based: to move on, request the URL in `links.next.href`\n(or `links.prev.href`) exactly as it was returned.",
    "arguments": [],
    "flags": [
      {
        "name": "filter",
        "in": "query",
        "key": "filter",
        "type": "string",
        "choices": null,
        "description": "SCIM (RFC 7644) filter expression that narrows the tenants returned.",
        "required": false
      },
      {
        "name": "limit",
        "in": "query",
        "key": "limit",
        "type": "integer",
        "choices": null,
        "description": "Largest number of tenants to return in one page (0 to 100).",
        "required": false
      },
      {
        "name": "next",
        "in": "query",
        "key": "next",
        "type": "string",
        "choices": null,
        "description": "Cursor (a tenant ID) for the page after the current one. Cursors cannot be worked out on the client side: follow `links.next.href` exactly as returned.",
        "required": false
      },
      {
        "name": "prev",
        "in": "query",
        "key": "prev",
        "type": "string",
        "choices": null,
        "description": "Cursor (a tenant ID) for the page before the current one. Cursors cannot be worked out on the client side: follow `links.prev.href` exactly as returned.",
        "required": false
      },
      {
        "name": "sort",
        "in": "query",
        "key": "sort",
        "type": "string",
        "choices": null,
        "description": "Comma-separated list of fields to order by. Put `-` in front of a field for descending order; `+` or no prefix means ascending (write `+` as `%2B` in a raw query string). Sortable fields: `name`, `regionCode`, `countryCode`, `hostnames`, `createdAt`, `updatedAt`, `status`, `subscriptionId`.",
        "required": false
      },
      {
        "name": "total-results",
        "in": "query",
        "key": "totalResults",
        "type": "string",
        "choices": [
          "true",
          "false"
        ],
        "description": "Set to `\"true\"` to have the response include `totalResults`, the number of matching tenants.",
        "required": false
      }
    ],
    "body": null,
    "call": [
      {
        "from": "query"
      }
    ],
    "paginate": {
      "method": "listAll",
      "items": "data",
      "nextLink": "links.next.href"
    },
    "destructive": false
  },
  {
    "operationId": "getTenant",
    "noun": "tenants",
    "verb": "get",
    "clientMethod": "tenants.get",
    "method": "GET",
    "path": "/api/core/tenants/{tenantId}",
    "summary": "Get a tenant",
    "description": "Returns one tenant of the caller's organization, looked up by its ID.",
    "arguments": [
      {
        "name": "tenantId",
        "description": "ID of the tenant to fetch."
      }
    ],
    "flags": [],
    "body": null,
    "call": [
      {
        "from": "path",
        "name": "tenantId"
      }
    ],
    "paginate": null,
    "destructive": false
  },
  {
    "operationId": "countTenants",
    "noun": "tenants",
    "verb": "count",
    "clientMethod": "tenants.count",
    "method": "GET",
    "path": "/api/core/tenants/actions/count",
    "summary": "Count tenants",
    "description": "Tells how many tenants of the caller's organization satisfy a SCIM filter. The filter is mandatory and has to name a `subscriptionId`.",
    "arguments": [],
    "flags": [
      {
        "name": "filter",
        "in": "query",
        "key": "filter",
        "type": "string",
        "choices": null,
        "description": "SCIM (RFC 7644) filter expression selecting the tenants to count. It must name a `subscriptionId`; attributes and operators are the same as for the `filter` parameter of `listTenants`. A `subscriptionId` outside your organization is refused with `403`.",
        "required": true
      }
    ],
    "body": null,
    "call": [
      {
        "from": "query-value",
        "name": "filter"
      }
    ],
    "paginate": null,
    "destructive": false
  },
  {
    "operationId": "filterTenants",
    "noun": "tenants",
    "verb": "filter",
    "clientMethod": "tenants.filter",
    "method": "POST",
    "path": "/api/core/tenants/actions/filter",
    "summary": "Search tenants with a filter in the body",
    "description": "Works like `listTenants`, but the SCIM filter travels in the request body\ninstead of the query string, which suits long or complex expressions.\nPaging, sorting and `totalResults` are controlled by the same query\nparameters, and the response has the same shape.\n\nThis operation sits in the stricter tier 2.",
    "arguments": [],
    "flags": [
      {
        "name": "limit",
        "in": "query",
        "key": "limit",
        "type": "integer",
        "choices": null,
        "description": "Largest number of tenants to return in one page (0 to 100).",
        "required": false
      },
      {
        "name": "next",
        "in": "query",
        "key": "next",
        "type": "string",
        "choices": null,
        "description": "Cursor (a tenant ID) for the page after the current one. Cursors cannot be worked out on the client side: follow `links.next.href` exactly as returned.",
        "required": false
      },
      {
        "name": "prev",
        "in": "query",
        "key": "prev",
        "type": "string",
        "choices": null,
        "description": "Cursor (a tenant ID) for the page before the current one. Cursors cannot be worked out on the client side: follow `links.prev.href` exactly as returned.",
        "required": false
      },
      {
        "name": "sort",
        "in": "query",
        "key": "sort",
        "type": "string",
        "choices": null,
        "description": "Comma-separated list of fields to order by. Put `-` in front of a field for descending order; `+` or no prefix means ascending (write `+` as `%2B` in a raw query string). Sortable fields: `name`, `regionCode`, `countryCode`, `hostnames`, `createdAt`, `updatedAt`, `status`, `subscriptionId`.",
        "required": false
      },
      {
        "name": "total-results",
        "in": "query",
        "key": "totalResults",
        "type": "string",
        "choices": [
          "true",
          "false"
        ],
        "description": "Set to `\"true\"` to have the response include `totalResults`, the number of matching tenants.",
        "required": false
      },
      {
        "name": "filter",
        "in": "body",
        "key": "filter",
        "type": "string",
        "choices": null,
        "description": "SCIM (RFC 7644) filter expression that selects tenants. The same attributes and operators apply as for the `filter` query parameter of `listTenants`; the expression is expected to name a `subscriptionId`.",
        "required": true
      }
    ],
    "body": {
      "kind": "object",
      "required": [
        "filter"
      ]
    },
    "call": [
      {
        "from": "body"
      },
      {
        "from": "query"
      }
    ],
    "paginate": null,
    "destructive": false
  },
  {
    "operationId": "listOAuthClients",
    "noun": "oauth-clients",
    "verb": "list",
    "clientMethod": "oauthClients.list",
    "method": "GET",
    "path": "/api/core/oauth-clients",
    "summary": "List OAuth clients",
    "description": "Returns the registered OAuth clients one page at a time. Narrow the\nresults with `filter`, order them with `sort`, and move between pages\nwith the `next` / `prev` cursors, best taken from `links.next.href` and\n`links.prev.href` in the previous response.",
    "arguments": [],
    "flags": [
      {
        "name": "filter",
        "in": "query",
        "key": "filter",
        "type": "string",
        "choices": null,
        "description": "Narrows the list with a filter expression in the syntax of RFC 7644 (SCIM). The attributes that can be filtered on are `clientId`, `clientName` and `appType`.",
        "required": false
      },
      {
        "name": "limit",
        "in": "query",
        "key": "limit",
        "type": "number",
        "choices": null,
        "description": "Upper bound on how many OAuth clients a single page holds.",
        "required": false
      },
      {
        "name": "next",
        "in": "query",
        "key": "next",
        "type": "string",
        "choices": null,
        "description": "Cursor of the page after the current one. Take it from `links.next.href` rather than constructing it.",
        "required": false
      },
      {
        "name": "prev",
        "in": "query",
        "key": "prev",
        "type": "string",
        "choices": null,
        "description": "Cursor of the page before the current one. Take it from `links.prev.href` rather than constructing it.",
        "required": false
      },
      {
        "name": "sort",
        "in": "query",
        "key": "sort",
        "type": "string",
        "choices": [
          "+clientId",
          "-clientId",
          "+clientName",
          "-clientName",
          "+appType",
          "-appType",
          "+createdAt",
          "-createdAt",
          "+updatedAt",
          "-updatedAt"
        ],
        "description": "Field that orders the results, prefixed with `+` (ascending) or `-` (descending). Sortable fields: `clientId`, `clientName`, `appType`, `createdAt`, `updatedAt`. In a raw query string, write `+` as `%2B`.",
        "required": false
      },
      {
        "name": "total-results",
        "in": "query",
        "key": "totalResults",
        "type": "boolean",
        "choices": null,
        "description": "Set to `true` to have the response include `totalResults`, the number of matching OAuth clients. With `false`, or when left out, the field is not returned.",
        "required": false
      }
    ],
    "body": null,
    "call": [
      {
        "from": "query"
      }
    ],
    "paginate": {
      "method": "listAll",
      "items": "data",
      "nextLink": "links.next.href"
    },
    "destructive": false
  },
  {
    "operationId": "createOAuthClient",
    "noun": "oauth-clients",
    "verb": "create",
    "clientMethod": "oauthClients.create",
    "method": "POST",
    "path": "/api/core/oauth-clients",
    "summary": "Create an OAuth client",
    "description": "Registers a new OAuth client. The chosen `appType` fixes the kind of\nclient for good. The response holds the generated `clientId` and the\nclient's first `clientSecret`, which is shown only this once.\n\nQlik's reference adds that the consent method and the published state\ncan be changed after creation with a PATCH; note that the patch paths\ndocumented in this spec only cover `/clientName` and `/description`.",
    "arguments": [],
    "flags": [
      {
        "name": "app-type",
        "in": "body",
        "key": "appType",
        "type": "string",
        "choices": [
          "web",
          "native",
          "spa",
          "anonymous-embed"
        ],
        "description": "Which sort of app will use this client (server-side, native, single-page, anonymous embedding); it cannot be changed later.",
        "required": true
      },
      {
        "name": "logo-uri",
        "in": "body",
        "key": "logoUri",
        "type": "string",
        "choices": null,
        "description": "Location of the application's logo image.",
        "required": false
      },
      {
        "name": "client-uri",
        "in": "body",
        "key": "clientUri",
        "type": "string",
        "choices": null,
        "description": "Location of the application's home page.",
        "required": false
      },
      {
        "name": "client-name",
        "in": "body",
        "key": "clientName",
        "type": "string",
        "choices": null,
        "description": "Human-readable name of the client application.",
        "required": true
      },
      {
        "name": "description",
        "in": "body",
        "key": "description",
        "type": "string",
        "choices": null,
        "description": "Free-text notes about the OAuth client.",
        "required": false
      },
      {
        "name": "redirect-uris",
        "in": "body",
        "key": "redirectUris",
        "type": "string[]",
        "choices": null,
        "description": "Redirect URIs the client may send users back to after sign-in.",
        "required": false
      },
      {
        "name": "allowed-scopes",
        "in": "body",
        "key": "allowedScopes",
        "type": "string[]",
        "choices": null,
        "description": "Scopes the client is permitted to use.",
        "required": false
      },
      {
        "name": "allowed-origins",
        "in": "body",
        "key": "allowedOrigins",
        "type": "string[]",
        "choices": null,
        "description": "Origins the client is allowed to be used from. Relevant only when `appType` is `spa`.",
        "required": false
      },
      {
        "name": "allowed-grant-types",
        "in": "body",
        "key": "allowedGrantTypes",
        "type": "string[]",
        "choices": [
          "client_credentials",
          "urn:qlik:oauth:user-impersonation"
        ],
        "description": "Grant types the client may use. Relevant only when `appType` is `web`.",
        "required": false
      },
      {
        "name": "allowed-auth-methods",
        "in": "body",
        "key": "allowedAuthMethods",
        "type": "string[]",
        "choices": [
          "client_secret",
          "private_key_jwt"
        ],
        "description": "Ways in which the client may prove its identity.",
        "required": false
      }
    ],
    "body": {
      "kind": "object",
      "required": [
        "appType",
        "clientName"
      ]
    },
    "call": [
      {
        "from": "body"
      }
    ],
    "paginate": null,
    "destructive": false
  },
  {
    "operationId": "getOAuthClient",
    "noun": "oauth-clients",
    "verb": "get",
    "clientMethod": "oauthClients.get",
    "method": "GET",
    "path": "/api/core/oauth-clients/{id}",
    "summary": "Get an OAuth client",
    "description": "Looks up a single OAuth client by ID. The answer carries everything about it except secret values: settings, scopes, how it may authenticate, its public keys, and the hints of its secrets.",
    "arguments": [
      {
        "name": "id",
        "description": "ID of the OAuth client to act on."
      }
    ],
    "flags": [],
    "body": null,
    "call": [
      {
        "from": "path",
        "name": "id"
      }
    ],
    "paginate": null,
    "destructive": false
  },
  {
    "operationId": "deleteOAuthClient",
    "noun": "oauth-clients",
    "verb": "delete",
    "clientMethod": "oauthClients.delete",
    "method": "DELETE",
    "path": "/api/core/oauth-clients/{id}",
    "summary": "Delete an OAuth client",
    "description": "Removes an OAuth client, after which no new tokens are issued for it.\nTokens handed out earlier may keep working until they expire, unless a\nrevocation mechanism further downstream invalidates them.\n\nAs a safeguard, the `qlik-confirm-delete` header must repeat the client's\nID.",
    "arguments": [
      {
        "name": "id",
        "description": "ID of the OAuth client to act on."
      }
    ],
    "flags": [],
    "body": null,
    "call": [
      {
        "from": "path",
        "name": "id"
      }
    ],
    "paginate": null,
    "destructive": true
  },
  {
    "operationId": "patchOAuthClient",
    "noun": "oauth-clients",
    "verb": "update",
    "clientMethod": "oauthClients.update",
    "method": "PATCH",
    "path": "/api/core/oauth-clients/{id}",
    "summary": "Update an OAuth client",
    "description": "Changes fields of an OAuth client with a JSON Patch (RFC 6902) document:\nan array of operations, each naming the field it touches. Only\n`/clientName` and `/description` can be patched.\n\nThe outcome decides the status code: if the change caused Qlik to issue\na fresh client secret, the answer is `202` and the body holds that\nsecret; in every other case it is `204` with an empty body.",
    "arguments": [
      {
        "name": "id",
        "description": "ID of the OAuth client to act on."
      }
    ],
    "flags": [],
    "body": {
      "kind": "json-patch",
      "fields": [
        {
          "name": "client-name",
          "path": "/clientName"
        },
        {
          "name": "description",
          "path": "/description"
        }
      ]
    },
    "call": [
      {
        "from": "path",
        "name": "id"
      },
      {
        "from": "body"
      }
    ],
    "paginate": null,
    "destructive": false
  },
  {
    "operationId": "createOAuthClientSecret",
    "noun": "oauth-clients",
    "verb": "create-secret",
    "clientMethod": "oauthClients.createSecret",
    "method": "POST",
    "path": "/api/core/oauth-clients/{id}/client-secrets",
    "summary": "Create a client secret",
    "description": "Generates an additional secret for an OAuth client. This is possible only\nfor clients whose `appType` is `web` and whose `allowedAuthMethods`\ninclude `client_secret`.\n\nA client can hold at most 5 secrets at a time; asking for a sixth is\nanswered with `409`. The secret value is part of this response only and\ncannot be read again later, so store it securely straight away.",
    "arguments": [
      {
        "name": "id",
        "description": "ID of the OAuth client to act on."
      }
    ],
    "flags": [],
    "body": null,
    "call": [
      {
        "from": "path",
        "name": "id"
      }
    ],
    "paginate": null,
    "destructive": false
  },
  {
    "operationId": "deleteOAuthClientSecret",
    "noun": "oauth-clients",
    "verb": "delete-secret",
    "clientMethod": "oauthClients.deleteSecret",
    "method": "DELETE",
    "path": "/api/core/oauth-clients/{id}/client-secrets/{hint}",
    "summary": "Delete a client secret",
    "description": "Removes one of an OAuth client's secrets, identified by its hint. From then on the secret is no longer accepted for authenticating the client or for requesting tokens.",
    "arguments": [
      {
        "name": "id",
        "description": "ID of the OAuth client to act on."
      },
      {
        "name": "hint",
        "description": "Hint of the client secret to delete, as listed in the client's `clientSecrets`."
      }
    ],
    "flags": [],
    "body": null,
    "call": [
      {
        "from": "path",
        "name": "id"
      },
      {
        "from": "path",
        "name": "hint"
      }
    ],
    "paginate": null,
    "destructive": true
  },
];
