// CORS on the HTTP server, in both modes: on by default (as in Prism's CLI), off with cors: false.

import { describe, expect, it } from "vitest";
import { serversClosedAfterEachTest } from "./support/started-servers.js";

const start = serversClosedAfterEachTest();

const preflight = (url: string) =>
  fetch(`${url}/api/core/oauth-clients/abc`, {
    method: "OPTIONS",
    headers: {
      origin: "http://app.localhost:5173",
      "access-control-request-method": "DELETE",
      "access-control-request-headers": "authorization, qlik-confirm-delete",
    },
  });

describe.each([
  { mode: "stateful", options: { stateful: true } as const },
  { mode: "Prism", options: {} },
])("the $mode server", ({ options }) => {
  it("answers a preflight 204 with the methods and headers the API uses", async () => {
    const server = await start(options);
    const response = await preflight(server.url);
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toBe("DELETE, GET, PATCH, POST");
    const allowed = response.headers.get("access-control-allow-headers")?.split(", ");
    expect(allowed).toEqual(
      expect.arrayContaining(["authorization", "content-type", "qlik-confirm-delete", "prefer"]),
    );
    expect(await response.text()).toBe("");
  });

  it("lets any origin read every answer, errors included, and Retry-After and request ids", async () => {
    const server = await start(options);
    const response = await fetch(`${server.url}/api/core/tenants`, {
      headers: { origin: "http://app.localhost:5173" },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const exposed = response.headers.get("access-control-expose-headers")?.split(", ");
    expect(exposed).toEqual(expect.arrayContaining(["retry-after", "x-request-id"]));
  });

  it("with cors: false, answers no preflight and adds no Access-Control headers", async () => {
    const server = await start({ ...options, cors: false });
    const response = await preflight(server.url);
    expect(response.status).not.toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    const plain = await fetch(`${server.url}/api/core/tenants`);
    expect(plain.headers.get("access-control-allow-origin")).toBeNull();
  });
});
