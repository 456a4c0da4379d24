// Type tests, written out by hand: what the resource methods and the path-based surface accept
// and return. `tsc -p test` (the typecheck task) is what fails when they break; the calls below
// never run.

import type {
  Error as ApiErrorBody,
  OAuthClient,
  OAuthClientCreated,
  OAuthClientCreateRequest,
  OAuthClientList,
  OAuthClientListItem,
  OAuthClientPatchRequest,
  OAuthClientSecretCreated,
  OAuthClientSecretRotated,
  Tenant,
  TenantCount,
  TenantFilterRequest,
  TenantList,
  TenantsError,
} from "@qlik-org/generated";
import { describe, expectTypeOf, test } from "vitest";
import {
  type ConnectionError,
  createOrgClient,
  type FilterTenantsQuery,
  type InvalidResponseError,
  type InvalidResponseErrorInit,
  type ListOAuthClientsQuery,
  type ListTenantsQuery,
  type OrgApiError,
  type OrgApiErrorInit,
  type RateLimitError,
  type RequestOptions,
  type RetryOptions,
  type ServiceUnavailableError,
  type ThrottleOptions,
  type TierThrottleOptions,
  type TokenRequestError,
  type TransportErrorInit,
} from "../src/index.js";

const org = createOrgClient({ auth: { accessToken: "type-tests-only" } });

describe("resource methods", () => {
  test("oauthClients take and return the generated types", () => {
    expectTypeOf(org.oauthClients.list)
      .parameter(0)
      .toEqualTypeOf<ListOAuthClientsQuery | undefined>();
    expectTypeOf(org.oauthClients.list).returns.toEqualTypeOf<Promise<OAuthClientList>>();
    expectTypeOf(org.oauthClients.listAll).returns.toEqualTypeOf<
      AsyncGenerator<OAuthClientListItem, void, undefined>
    >();
    expectTypeOf(org.oauthClients.create).parameter(0).toEqualTypeOf<OAuthClientCreateRequest>();
    expectTypeOf(org.oauthClients.create).returns.toEqualTypeOf<Promise<OAuthClientCreated>>();
    expectTypeOf(org.oauthClients.get).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(org.oauthClients.get).returns.toEqualTypeOf<Promise<OAuthClient>>();
    expectTypeOf(org.oauthClients.update).parameter(1).toEqualTypeOf<OAuthClientPatchRequest>();
    expectTypeOf(org.oauthClients.update).returns.toEqualTypeOf<
      Promise<OAuthClientSecretRotated | undefined>
    >();
    expectTypeOf(org.oauthClients.delete).returns.toEqualTypeOf<Promise<void>>();
    expectTypeOf(org.oauthClients.createSecret).returns.toEqualTypeOf<
      Promise<OAuthClientSecretCreated>
    >();
    expectTypeOf(org.oauthClients.deleteSecret).parameter(1).toEqualTypeOf<string>();
    expectTypeOf(org.oauthClients.deleteSecret).returns.toEqualTypeOf<Promise<void>>();
  });

  test("tenants take and return the generated types", () => {
    expectTypeOf(org.tenants.list).parameter(0).toEqualTypeOf<ListTenantsQuery | undefined>();
    expectTypeOf(org.tenants.list).returns.toEqualTypeOf<Promise<TenantList>>();
    expectTypeOf(org.tenants.listAll).returns.toEqualTypeOf<
      AsyncGenerator<Tenant, void, undefined>
    >();
    expectTypeOf(org.tenants.get).returns.toEqualTypeOf<Promise<Tenant>>();
    expectTypeOf(org.tenants.count).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(org.tenants.count).returns.toEqualTypeOf<Promise<TenantCount>>();
    expectTypeOf(org.tenants.filter).parameter(0).toEqualTypeOf<TenantFilterRequest>();
    expectTypeOf(org.tenants.filter).parameter(1).toEqualTypeOf<FilterTenantsQuery | undefined>();
    expectTypeOf(org.tenants.filter).returns.toEqualTypeOf<Promise<TenantList>>();
    expectTypeOf(org.auth.getToken).returns.toEqualTypeOf<Promise<string>>();
  });

  test("query types are the spec's", () => {
    expectTypeOf<ListOAuthClientsQuery["sort"]>().toEqualTypeOf<
      | "+clientId"
      | "-clientId"
      | "+clientName"
      | "-clientName"
      | "+appType"
      | "-appType"
      | "+createdAt"
      | "-createdAt"
      | "+updatedAt"
      | "-updatedAt"
      | undefined
    >();
    expectTypeOf<ListTenantsQuery["totalResults"]>().toEqualTypeOf<"true" | "false" | undefined>();
  });

  test("wrong calls do not compile", () => {
    const neverCalled = () => {
      // @ts-expect-error clientName is required
      org.oauthClients.create({ appType: "web" });
      // @ts-expect-error "desktop" is not an appType
      org.oauthClients.create({ appType: "desktop", clientName: "ci" });
      // @ts-expect-error sort takes only the documented fields
      org.oauthClients.list({ sort: "-name" });
      // @ts-expect-error only /clientName and /description can be patched
      org.oauthClients.update("c1", [{ op: "replace", path: "/allowedScopes" }]);
      // @ts-expect-error tenants' totalResults is the string "true" or "false"
      org.tenants.list({ totalResults: true });
      // @ts-expect-error count needs its filter
      org.tenants.count();
      // @ts-expect-error the filter body needs filter
      org.tenants.filter({});
      // @ts-expect-error deleteSecret needs the hint
      org.oauthClients.deleteSecret("c1");
      // @ts-expect-error timeoutMs is a number of milliseconds
      org.tenants.get("t1", { timeoutMs: "5s" });
      // @ts-expect-error retry takes the retry options or false, not true
      org.tenants.get("t1", { retry: true });
      // @ts-expect-error getToken takes a signal only
      org.auth.getToken({ timeoutMs: 5 });
    };
    expectTypeOf(neverCalled).toBeFunction();
  });

  test("every method takes the per-call options last", () => {
    expectTypeOf(org.tenants.get).parameter(1).toEqualTypeOf<RequestOptions | undefined>();
    expectTypeOf(org.oauthClients.update).parameter(2).toEqualTypeOf<RequestOptions | undefined>();
    expectTypeOf(org.tenants.listAll).parameter(1).toEqualTypeOf<RequestOptions | undefined>();
    expectTypeOf<RequestOptions>().toEqualTypeOf<{
      signal?: AbortSignal;
      headers?: Record<string, string>;
      timeoutMs?: number;
      retry?: RetryOptions | false;
    }>();
  });
});

describe("the path-based surface (openapi-fetch)", () => {
  test("results are typed per path and method", () => {
    const neverCalled = async () => {
      const list = await org.GET("/api/core/oauth-clients", { params: { query: { limit: 50 } } });
      expectTypeOf(list.data).toEqualTypeOf<OAuthClientList | undefined>();
      expectTypeOf(list.error).toEqualTypeOf<ApiErrorBody | undefined>();
      expectTypeOf(list.response).toEqualTypeOf<Response>();

      const tenant = await org.GET("/api/core/tenants/{tenantId}", {
        params: { path: { tenantId: "t1" } },
      });
      expectTypeOf(tenant.data).toEqualTypeOf<Tenant | undefined>();
      // openapi-fetch wraps error bodies in its Readable<> helper, so compare both ways.
      expectTypeOf(tenant.error).toExtend<TenantsError | ApiErrorBody | undefined>();
      expectTypeOf<TenantsError>().toExtend<NonNullable<typeof tenant.error>>();

      const created = await org.POST("/api/core/oauth-clients", {
        body: { appType: "web", clientName: "ci" },
      });
      expectTypeOf(created.data).toEqualTypeOf<OAuthClientCreated | undefined>();
    };
    expectTypeOf(neverCalled).toBeFunction();
  });

  test("wrong paths, bodies and enums do not compile", () => {
    const neverCalled = async () => {
      // @ts-expect-error no such path
      await org.GET("/api/core/oauth-client");
      // @ts-expect-error the path has no POST
      await org.POST("/api/core/tenants");
      // @ts-expect-error clientName is missing from the body
      await org.POST("/api/core/oauth-clients", { body: { appType: "web" } });
      // @ts-expect-error "desktop" is not an appType
      await org.POST("/api/core/oauth-clients", { body: { appType: "desktop", clientName: "x" } });
      // @ts-expect-error the path parameter is required
      await org.GET("/api/core/oauth-clients/{id}");
      // @ts-expect-error count's filter query parameter is required
      await org.GET("/api/core/tenants/actions/count", { params: { query: {} } });
    };
    expectTypeOf(neverCalled).toBeFunction();
  });
});

describe("types named by public signatures can be imported", () => {
  test("the constructor inputs of the errors and the per-tier throttle options", () => {
    expectTypeOf<ConstructorParameters<typeof OrgApiError>[0]>().toEqualTypeOf<OrgApiErrorInit>();
    expectTypeOf<
      ConstructorParameters<typeof ConnectionError>[0]
    >().toEqualTypeOf<TransportErrorInit>();
    expectTypeOf<
      ConstructorParameters<typeof InvalidResponseError>[0]
    >().toEqualTypeOf<InvalidResponseErrorInit>();
    expectTypeOf<NonNullable<ThrottleOptions["tiers"]>[number]>().toEqualTypeOf<
      TierThrottleOptions | undefined
    >();
  });
});

describe("errors", () => {
  test("fields are readonly and typed", () => {
    expectTypeOf<OrgApiError["status"]>().toEqualTypeOf<number>();
    expectTypeOf<OrgApiError["code"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<RateLimitError["retryAfterMs"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ServiceUnavailableError["retryAfterMs"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<TokenRequestError["retryAfterMs"]>().toEqualTypeOf<number | undefined>();
    const neverCalled = (error: OrgApiError) => {
      // @ts-expect-error status is readonly
      error.status = 500;
    };
    expectTypeOf(neverCalled).toBeFunction();
  });
});
