// A `fetch` that answers with bodies a test scripts, for answers the stateful engine never gives
// (a null field, a next link without a cursor). It issues a token to anyone and records each call.

/** One scripted answer: the JSON body for a request whose method and path (with query) match. */
export interface ScriptedAnswer {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

/** A fetch answering `answers` in order of match (404 for anything else), and the paths it saw. */
export function createScriptedApi(answers: readonly ScriptedAnswer[]) {
  const seen: string[] = [];
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  const fetch = async (input: string | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const path = `${url.pathname}${url.search}`;
    if (path === "/oauth/token") {
      return json({ access_token: "scripted-token", token_type: "bearer", expires_in: 3600 });
    }
    seen.push(`${request.method} ${path}`);
    const answer = answers.find((a) => a.method === request.method && a.path === path);
    return answer ? json(answer.body) : json({ errors: [{ title: "Not found" }] }, 404);
  };
  return { fetch, seen };
}
