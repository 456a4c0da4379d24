// The CLI's version, read from its own package.json at build time.

import manifest from "../package.json" with { type: "json" };

/** The version of `@qlik-org/cli`. */
export const VERSION: string = manifest.version;
