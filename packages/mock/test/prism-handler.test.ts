import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createPrismHandler, type OpenApiDocument } from "../src/index.js";
import { prismPackages } from "../src/prism-handler.js";

// An operation that documents no 400, to see what Prism answers an invalid request with then.
const specWithout400: OpenApiDocument = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    "/things": {
      get: {
        operationId: "listThings",
        parameters: [{ name: "kind", in: "query", required: true, schema: { enum: ["a", "b"] } }],
        responses: {
          "200": {
            description: "ok",
            content: { "application/json": { schema: { type: "object" }, example: { ok: true } } },
          },
        },
      },
    },
  },
};

describe("createPrismHandler", () => {
  it("answers fetch Requests in process, without a port", async () => {
    const handler = await createPrismHandler();
    const response = await handler.handle(
      new Request("http://mock.invalid/api/core/tenants/actions/count?filter=x", {
        headers: { authorization: "Bearer t" },
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ total: 42 });
  });

  it("answers 204 with no body", async () => {
    const handler = await createPrismHandler();
    const response = await handler.handle(
      new Request("http://mock.invalid/api/core/oauth-clients/abc", {
        method: "DELETE",
        headers: { authorization: "Bearer t", "qlik-confirm-delete": "abc" },
      }),
    );
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  it("serves another spec when given one, and answers 422 where no 400 is documented", async () => {
    const handler = await createPrismHandler({ spec: specWithout400 });
    const valid = await handler.handle(new Request("http://mock.invalid/things?kind=a"));
    expect(await valid.json()).toEqual({ ok: true });

    const invalid = await handler.handle(new Request("http://mock.invalid/things?kind=c"));
    expect(invalid.status).toBe(422);
    expect(invalid.headers.get("content-type")).toBe("application/problem+json");
    const problem = (await invalid.json()) as { validation: { location: string[] }[] };
    expect(problem.validation[0]?.location).toEqual(["query", "kind"]);
  });

  it("does not change the spec object it is given", async () => {
    const copy = structuredClone(specWithout400);
    await createPrismHandler({ spec: specWithout400 });
    expect(specWithout400).toEqual(copy);
  });

  describe("patchOAuthClient", () => {
    const patch = (headers: Record<string, string>, body: unknown = []) =>
      new Request("http://mock.invalid/api/core/oauth-clients/abc", {
        method: "PATCH",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      });
    const rename = [{ op: "replace", path: "/clientName", value: "renamed" }];

    // Documented: 202 only when the update makes Qlik issue a new secret, and no patchable path does.
    it("answers 204 without a body when no Prefer: code is sent", async () => {
      const handler = await createPrismHandler();
      for (const headers of [{}, { prefer: "dynamic=true" }] as Record<string, string>[]) {
        const response = await handler.handle(
          patch({ authorization: "Bearer t", ...headers }, rename),
        );
        expect(response.status).toBe(204);
        expect(response.body).toBeNull();
        expect(response.headers.get("sl-violations")).toBeNull();
      }
    });

    it("still answers 202 with a new secret when Prefer: code=202 asks for it", async () => {
      const handler = await createPrismHandler();
      const response = await handler.handle(
        patch({ authorization: "Bearer t", prefer: "code=202" }, rename),
      );
      expect(response.status).toBe(202);
      expect(await response.json()).toHaveProperty("clientSecret");
    });

    it("still answers 401 without Authorization and 400 for an invalid patch", async () => {
      const handler = await createPrismHandler();
      expect((await handler.handle(patch({}, rename))).status).toBe(401);
      const invalid = await handler.handle(
        patch({ authorization: "Bearer t" }, [{ op: "replace", path: "/appType", value: "spa" }]),
      );
      expect(invalid.status).toBe(400);
    });
  });

  it("answers 422 for a Prefer header it cannot read", async () => {
    const handler = await createPrismHandler();
    const response = await handler.handle(
      new Request("http://mock.invalid/api/core/tenants", {
        headers: { authorization: "Bearer t", prefer: "code=abc" },
      }),
    );
    expect(response.status).toBe(422);
  });
});

describe("Prism as an optional peer dependency", () => {
  it("the packages the error names are exactly the optional peers in package.json", () => {
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    const prismPeers = Object.keys(manifest.peerDependencies).filter((name) =>
      name.startsWith("@stoplight/"),
    );
    expect(prismPeers).toEqual([...prismPackages]);
    for (const name of prismPackages) {
      expect(manifest.peerDependenciesMeta[name], name).toEqual({ optional: true });
      expect(manifest.dependencies[name], name).toBeUndefined();
    }
  });
});
