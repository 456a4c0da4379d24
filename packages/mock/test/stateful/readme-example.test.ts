// The README's "Stateful mode" example, run as written (the code between the ```ts fences is
// compared with this file's copy, so the two cannot drift).

import { readFileSync } from "node:fs";
import { createOrgClient, NotFoundError } from "@qlik-org/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type StatefulMockServer, startMockServer } from "../../src/index.js";

// --- copied from the README (between "let mock" and the end of the `it`) ---
let mock: StatefulMockServer;
beforeAll(async () => {
  mock = await startMockServer({
    stateful: true,
    seed: {
      credentials: [{ clientId: "ci", clientSecret: "ci-secret" }],
      tenants: [
        {
          id: "t1",
          name: "Main",
          hostnames: ["main.us.qlikcloud.com"],
          regionCode: "us-east-1",
          countryCode: "US",
          status: "active",
          subscriptionId: "sub-1",
        },
      ],
    },
  });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset()); // back to the seed; issued tokens stay valid

it("deletes a client for good", async () => {
  const org = createOrgClient({
    baseUrl: mock.url,
    auth: { clientId: "ci", clientSecret: "ci-secret" },
  });
  const { clientId } = await org.oauthClients.create({ appType: "web", clientName: "tmp" });
  expect(mock.snapshot().clients.map((c) => c.clientName)).toEqual(["tmp"]);
  await org.oauthClients.delete(clientId);
  await expect(org.oauthClients.get(clientId)).rejects.toBeInstanceOf(NotFoundError);
  expect(await org.tenants.count('subscriptionId eq "sub-1"')).toEqual({ total: 1 });
});
// --- end of the copy ---

describe("the README example", () => {
  it("is this file's copy, line for line", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("## Stateful mode"));
    const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
    const fromReadme = block.slice(block.indexOf("let mock"));
    const self = readFileSync(new URL(import.meta.url), "utf8");
    const copy = self.slice(
      self.indexOf("\nlet mock:"),
      self.indexOf("// --- end of the copy ---"),
    );
    expect(fromReadme.trim()).toBe(copy.trim());
  });
});
