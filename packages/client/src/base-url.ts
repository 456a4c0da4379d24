// The base URL rule: credentials travel over TLS only, except to this machine (local mocks).

import { OrgClientError } from "./errors.js";
import type { Redactor } from "./redact.js";

/** Qlik's organization API host, the default base URL. */
export const DEFAULT_BASE_URL = "https://console.qlikcloud.com";

/** Hosts where plain http: is allowed, because the traffic never leaves the machine. */
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "[::1]", "localhost"]);

/** Checks a base URL and returns it normalised, without a trailing slash; throws when it is unsafe. */
export function resolveBaseUrl(baseUrl: string = DEFAULT_BASE_URL): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new OrgClientError(
      "baseUrl is not an absolute URL (expected for example https://console.qlikcloud.com)",
    );
  }
  if (url.username || url.password) {
    throw new OrgClientError(
      `baseUrl must not carry credentials (user:password@); pass them as auth instead (host ${url.host})`,
    );
  }
  if (url.search || url.hash) {
    throw new OrgClientError(
      `baseUrl must not have a query or fragment: ${url.origin}${url.pathname}`,
    );
  }
  const insecureLoopback = url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== "https:" && !insecureLoopback) {
    throw new OrgClientError(
      `baseUrl must use https: (plain http: is allowed only for 127.0.0.1, ::1 and localhost), got ${url.protocol}//${url.host}`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/**
 * Throws unless `url` lies under `baseUrl` (normalised), the only place the client sends its
 * credentials; `refused` names what was refused, e.g. "send GET".
 */
export function checkUnderBaseUrl(
  url: string,
  baseUrl: string,
  refused: string,
  redactor: Redactor,
): void {
  // "https://host.evil/" does not start with "https://host/", and a URL always has a path.
  if (url.startsWith(`${baseUrl}/`)) return;
  throw new OrgClientError(
    `Refusing to ${refused} ${redactor.text(url)}: it is outside baseUrl ${baseUrl}, and the client sends its credentials only there`,
  );
}
