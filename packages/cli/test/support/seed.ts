// The organization the CLI's tests start from: one org-level credential and numbered tenants. Used
// by the child-process tests and the in-process ones alike.

/** The seeded credential of the tests' organizations. */
export const seededCredential = {
  clientId: "cli-test-client",
  clientSecret: "cli-test-seeded-secret-8d1f0c",
} as const;

/** `count` valid tenants in one subscription, for paging tests. */
export function seededTenants(count: number, subscriptionId = "1111222233334444") {
  return Array.from({ length: count }, (_, index) => ({
    id: `tenant${String(index).padStart(26, "0")}`,
    name: `Tenant ${String(index).padStart(3, "0")}`,
    hostnames: [`t${index}.us.qlikcloud.com`],
    regionCode: "us-east-1",
    countryCode: "US",
    status: "active" as const,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    subscriptionId,
  }));
}
