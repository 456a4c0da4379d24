// Checks a request's parameters and JSON body against its operation in the spec, as the Prism mode does.

import type { OperationId } from "@qlik-org/generated";
import { describeErrors, validatorFor } from "./schema-validation.js";
import { operationParameters, operationRequestBody, type SpecParameter } from "./spec.js";

/** A request's inputs after validation: query values coerced to their schema types, defaults applied. */
export interface ValidatedInput {
  readonly query: Readonly<Record<string, unknown>>;
  readonly path: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** Why a request was refused, with where the problem is (for the tenants error `source`). */
export interface RequestProblem {
  readonly detail: string;
  /** Name of the offending parameter. */
  readonly parameter?: string;
  /** JSON Pointer into the body. */
  readonly pointer?: string;
}

/** Outcome of validating one request. */
export type ValidationOutcome =
  | { readonly ok: true; readonly input: ValidatedInput }
  | { readonly ok: false; readonly problem: RequestProblem };

const numeric = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

// Query and header values arrive as text; give them the type their schema asks for so Ajv can judge them.
function coerce(raw: string, schema: SpecParameter["schema"]): unknown {
  switch (schema.type) {
    case "number":
    case "integer":
      return numeric.test(raw) ? Number(raw) : raw;
    case "boolean":
      return raw === "true" ? true : raw === "false" ? false : raw;
    default:
      return raw;
  }
}

function rawValues(
  parameter: SpecParameter,
  request: Request,
  url: URL,
  path: Record<string, string>,
) {
  switch (parameter.in) {
    case "query":
      return url.searchParams.getAll(parameter.name);
    case "header": {
      const value = request.headers.get(parameter.name);
      return value === null ? [] : [value];
    }
    case "path":
      return parameter.name in path ? [path[parameter.name] as string] : [];
    default:
      return [];
  }
}

const locationNames = {
  query: "query parameter",
  header: "header",
  path: "path parameter",
  cookie: "cookie",
};

function checkParameters(
  operationId: OperationId,
  request: Request,
  url: URL,
  pathParams: Record<string, string>,
): ValidationOutcome {
  const query: Record<string, unknown> = {};
  const path: Record<string, string> = {};
  const headers: Record<string, string> = {};
  for (const parameter of operationParameters(operationId)) {
    const label = `${locationNames[parameter.in]} "${parameter.name}"`;
    const values = rawValues(parameter, request, url, pathParams);
    if (values.length > 1) {
      return {
        ok: false,
        problem: { detail: `${label} is given more than once.`, parameter: parameter.name },
      };
    }
    const raw = values[0];
    if (raw === undefined) {
      if (parameter.required) {
        return {
          ok: false,
          problem: { detail: `${label} is required.`, parameter: parameter.name },
        };
      }
      if (parameter.in === "query" && parameter.schema.default !== undefined) {
        query[parameter.name] = parameter.schema.default;
      }
      continue;
    }
    const value = coerce(raw, parameter.schema);
    const validate = validatorFor(parameter.schemaRef);
    if (!validate(value)) {
      const { messages } = describeErrors(validate.errors, label);
      return {
        ok: false,
        problem: { detail: `${messages.join("; ")}.`, parameter: parameter.name },
      };
    }
    if (parameter.in === "query") query[parameter.name] = value;
    else if (parameter.in === "path") path[parameter.name] = raw;
    else if (parameter.in === "header") headers[parameter.name] = raw;
  }
  return { ok: true, input: { query, path, headers, body: undefined } };
}

async function checkBody(
  operationId: OperationId,
  request: Request,
): Promise<{ ok: true; body: unknown } | { ok: false; problem: RequestProblem }> {
  const spec = operationRequestBody(operationId);
  const text = await request.text();
  if (!spec) {
    // As Prism does: any body at all, even `{}`, where the operation documents none.
    if (text === "") return { ok: true, body: undefined };
    return {
      ok: false,
      problem: { detail: "This operation takes no request body; send none.", pointer: "" },
    };
  }
  if (text.trim() === "") {
    if (!spec.required) return { ok: true, body: undefined };
    return { ok: false, problem: { detail: "A JSON request body is required.", pointer: "" } };
  }
  const mediaType = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (!mediaType || !spec.mediaTypes.includes(mediaType)) {
    return {
      ok: false,
      problem: {
        detail: `The request body must be sent as ${spec.mediaTypes.join(" or ")} (Content-Type was ${mediaType ? `"${mediaType}"` : "missing"}).`,
      },
    };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, problem: { detail: "The request body is not valid JSON.", pointer: "" } };
  }
  const validate = validatorFor(spec.schemaRef);
  if (!validate(body)) {
    const { messages, pointer } = describeErrors(validate.errors, "body");
    return {
      ok: false,
      problem: { detail: `Invalid request body: ${messages.join("; ")}.`, pointer },
    };
  }
  return { ok: true, body };
}

/** Validates the parameters, then the body, of a request already matched to `operationId`. */
export async function validateRequest(
  operationId: OperationId,
  request: Request,
  url: URL,
  pathParams: Record<string, string>,
): Promise<ValidationOutcome> {
  const parameters = checkParameters(operationId, request, url, pathParams);
  if (!parameters.ok) return parameters;
  const body = await checkBody(operationId, request);
  if (!body.ok) return body;
  return { ok: true, input: { ...parameters.input, body: body.body } };
}
