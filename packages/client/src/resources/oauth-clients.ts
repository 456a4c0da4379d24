// `org.oauthClients`: the seven OAuth-client operations, returning data and throwing typed errors.

import {
  type components,
  type OAuthClient,
  type OAuthClientCreated,
  type OAuthClientCreateRequest,
  type OAuthClientList,
  type OAuthClientListItem,
  type OAuthClientPatchRequest,
  type OAuthClientSecretCreated,
  type OAuthClientSecretRotated,
  operationMetadata,
  type operations,
} from "@qlik-org/generated";
import { paginate } from "../pagination.js";
import { rejectBadArgument } from "./arguments.js";
import {
  fetchInit,
  fetchPage,
  type RequestOptions,
  type ResourceContext,
  unwrap,
  unwrapDelete,
  unwrapOptional,
} from "./context.js";

/** Query parameters of `listOAuthClients`. */
export type ListOAuthClientsQuery = NonNullable<
  operations["listOAuthClients"]["parameters"]["query"]
>;

/** ID of an OAuth client. */
export type OAuthClientId = components["parameters"]["OAuthClientId"];

/** Hint that names one of an OAuth client's secrets. */
export type ClientSecretHintValue = components["parameters"]["ClientSecretHintPath"];

/** The OAuth-client operations. */
export interface OAuthClientsResource {
  /** One page of OAuth clients (`listOAuthClients`). */
  list(query?: ListOAuthClientsQuery, options?: RequestOptions): Promise<OAuthClientList>;
  /** Every OAuth client, page by page, following `links.next.href` (`listOAuthClients`). */
  listAll(
    query?: ListOAuthClientsQuery,
    options?: RequestOptions,
  ): AsyncGenerator<OAuthClientListItem, void, undefined>;
  /** Registers an OAuth client; the result holds its only readable `clientSecret` (`createOAuthClient`). Never retried after an ambiguous failure. */
  create(body: OAuthClientCreateRequest, options?: RequestOptions): Promise<OAuthClientCreated>;
  /** One OAuth client (`getOAuthClient`). */
  get(id: OAuthClientId, options?: RequestOptions): Promise<OAuthClient>;
  /** Applies a JSON Patch; resolves to `{ clientSecret }` when the server rotated the secret (202), else undefined (204) (`patchOAuthClient`). */
  update(
    id: OAuthClientId,
    patch: OAuthClientPatchRequest,
    options?: RequestOptions,
  ): Promise<OAuthClientSecretRotated | undefined>;
  /** Deletes an OAuth client, sending the `qlik-confirm-delete` header itself (`deleteOAuthClient`). */
  delete(id: OAuthClientId, options?: RequestOptions): Promise<void>;
  /** Generates another secret for a client; the value is shown only in this result (`createOAuthClientSecret`). */
  createSecret(id: OAuthClientId, options?: RequestOptions): Promise<OAuthClientSecretCreated>;
  /** Deletes one of a client's secrets by its hint (`deleteOAuthClientSecret`). */
  deleteSecret(
    id: OAuthClientId,
    hint: ClientSecretHintValue,
    options?: RequestOptions,
  ): Promise<void>;
}

/** Builds `org.oauthClients`. */
export function createOAuthClientsResource(ctx: ResourceContext): OAuthClientsResource {
  const { client } = ctx;
  const list = operationMetadata.listOAuthClients;
  const create = operationMetadata.createOAuthClient;
  const one = operationMetadata.getOAuthClient;
  const remove = operationMetadata.deleteOAuthClient;
  const patch = operationMetadata.patchOAuthClient;
  const secrets = operationMetadata.createOAuthClientSecret;
  const secret = operationMetadata.deleteOAuthClientSecret;

  const listPage = (query: ListOAuthClientsQuery | undefined, options?: RequestOptions) =>
    unwrap(
      ctx,
      list.operationId,
      client.GET(list.path, { ...fetchInit(ctx, options), params: { query } }),
    );

  return {
    list: listPage,
    listAll: (query, options) =>
      paginate(
        (href) =>
          fetchPage(ctx, href, (fetch) =>
            unwrap(
              ctx,
              list.operationId,
              client.GET(list.path, { ...fetchInit(ctx, options), params: { query }, fetch }),
            ),
          ),
        ctx.baseUrl,
        options?.signal,
      ),
    create: (body, options) =>
      unwrap(
        ctx,
        create.operationId,
        client.POST(create.path, { ...fetchInit(ctx, options), body }),
      ),
    get: (id, options) =>
      rejectBadArgument("oauthClients.get", "id", id) ??
      unwrap(
        ctx,
        one.operationId,
        client.GET(one.path, { ...fetchInit(ctx, options), params: { path: { id } } }),
      ),
    update: (id, operations, options) =>
      rejectBadArgument("oauthClients.update", "id", id) ??
      unwrapOptional(
        ctx,
        patch.operationId,
        client.PATCH(patch.path, {
          ...fetchInit(ctx, options),
          params: { path: { id } },
          body: operations,
        }),
        204,
      ),
    delete: (id, options) =>
      // The id is also the value of the qlik-confirm-delete header.
      rejectBadArgument("oauthClients.delete", "id", id, "qlik-confirm-delete") ??
      unwrapDelete(
        ctx,
        remove.operationId,
        client.DELETE(remove.path, {
          ...fetchInit(ctx, options),
          params: { path: { id }, header: { "qlik-confirm-delete": id } },
        }),
      ),
    createSecret: (id, options) =>
      rejectBadArgument("oauthClients.createSecret", "id", id) ??
      unwrap(
        ctx,
        secrets.operationId,
        client.POST(secrets.path, { ...fetchInit(ctx, options), params: { path: { id } } }),
      ),
    deleteSecret: (id, hint, options) =>
      rejectBadArgument("oauthClients.deleteSecret", "id", id) ??
      rejectBadArgument("oauthClients.deleteSecret", "hint", hint) ??
      unwrapDelete(
        ctx,
        secret.operationId,
        client.DELETE(secret.path, { ...fetchInit(ctx, options), params: { path: { id, hint } } }),
      ),
  };
}
