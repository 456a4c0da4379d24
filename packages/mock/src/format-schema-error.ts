import type { SchemaError } from "@qlik-org/generated/validators";

/** One way a value breaks its schema, named by where it happens. */
export interface SpecViolation {
  /** Where in the body, e.g. `data[0].appType`; `body` for the body itself. */
  readonly path: string;
  /** What is wrong, e.g. `must be one of web, native, spa, anonymous-embed`. */
  readonly message: string;
}

/**
 * Turns Ajv's errors into readable violations that name the field and never quote its value.
 * `subject` names the validated value itself (`body`, or e.g. `query parameter "limit"`).
 */
export function toSpecViolations(
  errors: readonly SchemaError[],
  subject = "body",
): SpecViolation[] {
  const violations: SpecViolation[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const violation = toSpecViolation(error, subject);
    if (violation === null) continue;
    const key = `${violation.path} ${violation.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    violations.push(violation);
  }
  return violations;
}

/** Formats a violation as one line, e.g. `data[0].appType must be one of web, native`. */
export function formatSpecViolation(violation: SpecViolation): string {
  return `${violation.path} ${violation.message}`;
}

function toSpecViolation(error: SchemaError, subject: string): SpecViolation | null {
  const segments = error.instancePath
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    // `if` only says "must match then schema"; the failing `then` keyword is reported on its own.
    case "if":
      return null;
    case "required":
      return at(subject, [...segments, String(params.missingProperty)], "is required");
    case "additionalProperties":
      return at(
        subject,
        [...segments, String(params.additionalProperty)],
        "is not allowed by the spec",
      );
    case "unevaluatedProperties":
      return at(
        subject,
        [...segments, String(params.unevaluatedProperty)],
        "is not allowed by the spec",
      );
    case "enum":
      return at(
        subject,
        segments,
        `must be one of ${(params.allowedValues as unknown[]).map(show).join(", ")}`,
      );
    case "const":
      return at(subject, segments, `must be ${show(params.allowedValue)}`);
    case "type":
      return at(subject, segments, `must be ${[params.type].flat().map(article).join(" or ")}`);
    case "format":
      return at(subject, segments, `must be a valid ${String(params.format)}`);
    case "oneOf":
      return at(subject, segments, "must match exactly one of the shapes the spec allows");
    case "anyOf":
      return at(subject, segments, "must match one of the shapes the spec allows");
    default:
      return at(subject, segments, error.message ?? `breaks the "${error.keyword}" rule`);
  }
}

function at(subject: string, segments: readonly string[], message: string): SpecViolation {
  return { path: toPath(subject, segments), message };
}

function toPath(subject: string, segments: readonly string[]): string {
  if (segments.length === 0) return subject;
  let path = "";
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) path += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) path += path === "" ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

function show(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function article(type: unknown): string {
  const name = String(type);
  if (name === "null") return "null";
  return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}
