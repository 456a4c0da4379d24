// The packages this repository publishes; every other workspace must stay private.

/** npm name and workspace folder of each published package. */
export const publicPackages = [
  { name: "@qlik-org/generated", dir: "packages/generated" },
  { name: "@qlik-org/client", dir: "packages/client" },
  { name: "@qlik-org/mock", dir: "packages/mock" },
  { name: "@qlik-org/cli", dir: "packages/cli" },
] as const;

/** One published package's npm name. */
export type PublicPackageName = (typeof publicPackages)[number]["name"];
