// One tenant as the API returns it, for tests that need a valid tenant body.

/** A tenant with every required field, valid against the spec's Tenant schema. */
export const tenant = {
  id: "t1",
  status: "active",
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
  hostnames: ["t1.eu.qlikcloud.com"],
  regionCode: "eu-west-1",
  countryCode: "SE",
};
