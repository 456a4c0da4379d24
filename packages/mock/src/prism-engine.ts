// The Prism engine, in process: the only module that imports Prism, loaded by prism-handler.ts
// when the Prism mode starts, so the stateful engine never pays for it.

import { createRequire } from "node:module";
import { createLogger } from "@stoplight/prism-core";
import {
  createInstance,
  getHttpOperationsFromSpec,
  type IHttpConfig,
  type IHttpOperationConfig,
  type IHttpRequest,
  ProblemJsonError,
} from "@stoplight/prism-http";
// prism-http-server 5.12.2 (pinned) keeps these two helpers out of its index; importing them keeps
// `Prefer:` parsing and body serialisation identical to the Prism CLI's.
import { getHttpConfigFromRequest } from "@stoplight/prism-http-server/dist/getHttpConfigFromRequest.js";
import { serialize } from "@stoplight/prism-http-server/dist/serialize.js";
import { DiagnosticSeverity, type HttpMethod } from "@stoplight/types";
import { bundledSpec } from "./bundled-spec.js";
import { createDefaultStatusLookup } from "./default-status.js";
import type { MockHandler } from "./mock-handler.js";
import type { PrismHandlerOptions } from "./prism-handler.js";
import { attachViolations } from "./response-violations.js";
import {
  formatViolationsHeader,
  type HeaderViolation,
  parseViolationsHeader,
  violationsHeader,
} from "./violations-header.js";

// Prism's generated validation errors land in the response body; nothing is worth logging twice.
const silentLogger = createLogger("qlik-org-mock", { level: "silent" });

interface JsonSchemaFakerModule {
  JSONSchemaFaker: { option(name: string, value: unknown): void };
}

/** Creates a {@link MockHandler} that answers every request the way Prism's mock server would. */
export async function createPrismEngine(options: PrismHandlerOptions): Promise<MockHandler> {
  // getHttpOperationsFromSpec dereferences the document in place; keep the caller's copy intact.
  const operations = await getHttpOperationsFromSpec(structuredClone(options.spec ?? bundledSpec));
  // Without this, dynamic mode invents properties the spec never names (the schemas are open).
  // Prism require()s json-schema-faker; it is resolved from Prism's own folder, so this is the very
  // instance Prism uses (its ESM entry, or another copy, would be a second, unused one).
  const requireFromPrism = createRequire(
    createRequire(import.meta.url).resolve("@stoplight/prism-http"),
  );
  const faker = requireFromPrism("json-schema-faker") as JsonSchemaFakerModule;
  faker.JSONSchemaFaker.option("fillProperties", false);
  const mockConfig: IHttpOperationConfig = {
    dynamic: options.dynamic ?? false,
    ...(options.seed === undefined ? {} : { seed: String(options.seed) }),
  };
  const config: IHttpConfig = {
    checkSecurity: true,
    validateRequest: true,
    validateResponse: true,
    errors: false,
    upstreamProxy: undefined,
    isProxy: false,
    mock: mockConfig,
  };
  const prism = createInstance(config, { logger: silentLogger });
  const defaultStatus = createDefaultStatusLookup(operations);

  return {
    async handle(request) {
      const input = await toPrismRequest(request);
      const preferences = getHttpConfigFromRequest(input);
      if (preferences._tag === "Left") return problemResponse(preferences.left);
      // Without `Prefer: code=…` Prism takes the lowest documented 2xx; some operations document another.
      const code = preferences.right.code ?? defaultStatus(input.method, input.url.path);
      const requestConfig: IHttpConfig = {
        ...config,
        mock: {
          ...mockConfig,
          ...withoutUndefined(preferences.right),
          ...(code === undefined ? {} : { code }),
        },
      };
      const result = await prism.request(input, operations, requestConfig)();
      if (result._tag === "Left") return problemResponse(result.left);

      const { output, validations } = result.right;
      const violations = [
        ...validations.input.map((v) => toViolation("request", v)),
        ...validations.output.map((v) => toViolation("response", v)),
      ];
      const headers = new Headers();
      for (const [name, value] of Object.entries(output.headers ?? {})) {
        if (value !== null && value !== undefined) headers.set(name, String(value));
      }
      if (violations.length > 0) headers.set(violationsHeader, formatViolationsHeader(violations));
      const body = serialize(output.body, headers.get("content-type") ?? undefined);
      // serialize() hands back the payload itself when no serializer claims the content type.
      const text = typeof body === "string" || body === undefined ? body : JSON.stringify(body);
      const response = new Response(text === undefined || text === "" ? null : text, {
        status: output.statusCode,
        headers,
      });
      // The header may leave some out; the request log gets them all.
      return attachViolations(response, parseViolationsHeader(JSON.stringify(violations)));
    },
  };
}

async function toPrismRequest(request: Request): Promise<IHttpRequest> {
  const url = new URL(request.url);
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? (values[0] as string) : values;
  }
  const text = await request.text();
  const headers = Object.fromEntries(request.headers);
  // Prism tells a body apart from none by Content-Length (a body where the operation documents none
  // is refused). A Request built in process has no such header; give it the one HTTP would carry.
  if (text !== "" && headers["content-length"] === undefined) {
    headers["content-length"] = String(Buffer.byteLength(text));
  }
  return {
    method: request.method.toLowerCase() as HttpMethod,
    url: { path: url.pathname, query },
    headers,
    body: parseBody(text, request.headers.get("content-type") ?? ""),
  };
}

function parseBody(text: string, contentType: string): unknown {
  if (text === "") return null;
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType)) return text;
  try {
    return JSON.parse(text);
  } catch {
    // Handing Prism the raw text makes it answer the spec's own 400, as the real API would.
    return text;
  }
}

function toViolation(
  prefix: string,
  diagnostic: { path?: string[]; severity: number; code?: string | number; message: string },
): HeaderViolation {
  return {
    location: [prefix, ...(diagnostic.path ?? [])],
    severity: DiagnosticSeverity[diagnostic.severity] ?? String(diagnostic.severity),
    code: diagnostic.code,
    message: diagnostic.message,
  };
}

function problemResponse(error: Error & { status?: number; additional?: { headers?: object } }) {
  const headers = new Headers({ "content-type": "application/problem+json" });
  for (const [name, value] of Object.entries(error.additional?.headers ?? {})) {
    headers.set(name, String(value));
  }
  return new Response(JSON.stringify(ProblemJsonError.toProblemJson(error)), {
    status: error.status ?? 500,
    headers,
  });
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
