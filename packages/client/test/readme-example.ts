// The README's example, type-checked here (test/readme.test.ts keeps the two identical).

import { createOrgClient, NotFoundError } from "../src/index.js";

const { QLIK_CLIENT_ID: clientId = "", QLIK_CLIENT_SECRET: clientSecret = "" } = process.env;
const org = createOrgClient({ auth: { clientId, clientSecret } });
const created = await org.oauthClients.create({ appType: "web", clientName: "ci" });
console.log(created.clientId, created.clientSecret); // the secret is shown this once only
for await (const tenant of org.tenants.listAll()) console.log(tenant.id, tenant.hostnames[0]);
await org.oauthClients.get("no-such-id").catch((error) => {
  if (error instanceof NotFoundError) console.log(error.status, error.code, error.requestId);
});
