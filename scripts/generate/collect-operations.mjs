// Reads each operation's facts from the bundled spec, its `x-` extensions included
// (spec/EXTENSIONS.md), and reports every extension that says something impossible.

/** Path-item keys that hold operations, in the order OpenAPI lists them. */
export const httpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
// RFC 9110 §9.2.2: repeating these has the same effect on the server as sending them once.
const idempotentMethods = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"]);

/**
 * One record per operation, in spec order, and the problems found in its extensions.
 * @param {any} bundled the bundled spec
 */
export function collectOperations(bundled) {
  const records = [];
  const problems = [];
  const ownerOfClientMethod = new Map();
  for (const [path, pathItem] of Object.entries(bundled.paths ?? {})) {
    for (const method of httpMethods) {
      const operation = pathItem[method];
      if (!operation) continue;
      const upperMethod = method.toUpperCase();
      if (!operation.operationId) {
        problems.push(`${upperMethod} ${path}: has no operationId`);
        continue;
      }
      const where = `${upperMethod} ${path} (${operation.operationId})`;
      const statuses = Object.keys(operation.responses ?? {})
        .filter((status) => /^\d{3}$/.test(status))
        .map(Number)
        .sort((a, b) => a - b);
      const successStatuses = statuses.filter((status) => status >= 200 && status < 300);
      const rateLimit = operation["x-rate-limit"];
      const security = operation.security ?? bundled.security ?? [];

      const clientMethod = operation["x-client-method"];
      if (typeof clientMethod !== "string") {
        problems.push(`${where}: x-client-method is missing; name the method as "resource.method"`);
      } else if (ownerOfClientMethod.has(clientMethod)) {
        problems.push(
          `${where}: x-client-method "${clientMethod}" already names ${ownerOfClientMethod.get(clientMethod)}`,
        );
      } else {
        ownerOfClientMethod.set(clientMethod, operation.operationId);
      }
      const safeFlag = operation["x-safe-to-retry"];
      if (safeFlag !== undefined && safeFlag !== true) {
        problems.push(
          `${where}: x-safe-to-retry must be true or left out, not ${JSON.stringify(safeFlag)}`,
        );
      }
      const mockDefault = operation["x-mock-default-status"];
      if (mockDefault !== undefined && !successStatuses.includes(mockDefault)) {
        problems.push(
          `${where}: x-mock-default-status ${JSON.stringify(mockDefault)} is not one of its documented 2xx statuses (${successStatuses.join(", ") || "none"})`,
        );
      }

      records.push({
        operationId: operation.operationId,
        method: upperMethod,
        path,
        clientMethod: typeof clientMethod === "string" ? clientMethod : "",
        tag: operation.tags?.[0] ?? null,
        summary: operation.summary ?? "",
        rateLimit: rateLimit
          ? { tier: rateLimit.tier, requestsPerMinute: rateLimit.requestsPerMinute }
          : null,
        requiresAuth: security.some((requirement) => Object.keys(requirement).length > 0),
        successStatuses,
        errorStatuses: statuses.filter((status) => status >= 400),
        safeToRetry: idempotentMethods.has(upperMethod) || safeFlag === true,
        mockDefaultStatus: mockDefault ?? null,
      });
    }
  }
  return { records, problems };
}
