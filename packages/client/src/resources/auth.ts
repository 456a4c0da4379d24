// `org.auth`: the token the client sends (the `requestToken` operation).

import type { TokenSource } from "../auth.js";
import type { RequestOptions } from "./context.js";

/** Access to the client's bearer token. */
export interface AuthResource {
  /** The access token the next request will carry: the cached one, or a fresh one from `/oauth/token` (`requestToken`). */
  getToken(options?: Pick<RequestOptions, "signal">): Promise<string>;
}

/** Builds `org.auth`. */
export function createAuthResource(tokens: TokenSource): AuthResource {
  return {
    getToken: async (options) => tokens.get(options?.signal),
  };
}
