// The Prism mode's entry: Prism is an optional peer dependency, so it is imported only here, when a
// Prism handler is created, and a missing install is reported by name with the command to fix it.

import type { OpenApiDocument } from "./bundled-spec.js";
import type { MockHandler } from "./mock-handler.js";

/** Options of {@link createPrismHandler}. */
export interface PrismHandlerOptions {
  /** Generate responses from the schemas instead of the spec's examples. Default `false`. */
  dynamic?: boolean;
  /** Seed for dynamic responses, so the same request gets the same body. */
  seed?: string | number;
  /** The OpenAPI document to serve. Default: the bundled spec of `@qlik-org/generated`. */
  spec?: OpenApiDocument;
}

/** The optional peer dependencies that the Prism mode needs (`peerDependencies` in package.json). */
export const prismPackages = [
  "@stoplight/prism-core",
  "@stoplight/prism-http",
  "@stoplight/prism-http-server",
  "@stoplight/types",
] as const;

/**
 * Creates a {@link MockHandler} that answers every request the way Prism's mock server would.
 * Throws an Error naming the packages to install when Prism is not installed.
 */
export async function createPrismHandler(options: PrismHandlerOptions = {}): Promise<MockHandler> {
  let engine: typeof import("./prism-engine.js");
  try {
    engine = await import("./prism-engine.js");
  } catch (error) {
    const missing = prismPackages.filter((name) => isMissing(error, name));
    if (missing.length === 0) throw error;
    throw new Error(
      `The Prism mode of @qlik-org/mock needs ${missing.join(", ")}, which is not installed: run \`npm install --save-dev ${prismPackages.join(" ")}\`. The stateful mode (stateful: true) needs none of them.`,
      { cause: error },
    );
  }
  return engine.createPrismEngine(options);
}

function isMissing(error: unknown, name: string): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") &&
    typeof message === "string" &&
    (message.includes(`'${name}'`) || message.includes(`"${name}"`) || message.includes(`${name}/`))
  );
}
