import spec from "@qlik-org/generated/openapi.json" with { type: "json" };

/** The parts of an OpenAPI 3.1 document this package reads. */
export interface OpenApiDocument {
  /** Path templates and their operations. */
  readonly paths: Record<string, Record<string, unknown>>;
  /** Reusable schemas, responses, parameters and examples. */
  readonly components?: Record<string, Record<string, unknown>>;
  readonly [key: string]: unknown;
}

/** The bundled spec shipped by `@qlik-org/generated` (internal `$ref`s only). */
export const bundledSpec: OpenApiDocument = spec as unknown as OpenApiDocument;
