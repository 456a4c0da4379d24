// Scrubs credentials out of everything the client shows to people: error messages, kept requests,
// error bodies and log lines.

const REDACTED = "[REDACTED]";

/** Keys whose values are always credentials, in JSON bodies and header maps alike. */
const SECRET_KEY =
  /^(authorization|client_?secret|access_?token|refresh_?token|id_?token|password)$/i;

/** `Bearer <token>`, `client_secret=<secret>` and `"access_token": "<token>"` inside free text. */
const SECRET_IN_TEXT =
  /(\bbearer\s+)[^\s"',;]+|(\b(?:client_?secret|access_?token|refresh_?token|password)\b["']?\s*[:=]\s*["']?)[^\s"'&,;}]+/gi;

/** Shortest value treated as a known secret; shorter strings would blank out ordinary words. */
const MIN_SECRET_LENGTH = 4;

/** Deepest nesting of a body that is copied; an error body has three or four levels. */
const MAX_DEPTH = 8;

/** What stands for a value nested deeper than MAX_DEPTH. */
const TOO_DEEP = "[REDACTED: nested too deep]";

/** How many issued tokens to remember: enough to cover a refresh racing a slow request. */
const MAX_REMEMBERED = 8;

/** Knows this client's secrets and removes them, and anything shaped like a credential, from text and values. */
export class Redactor {
  readonly #secrets: string[] = [];

  /** Remembers a value that must never be shown (a client secret or an access token). */
  add(secret: string | undefined): void {
    if (!secret || secret.length < MIN_SECRET_LENGTH || this.#secrets.includes(secret)) return;
    this.#secrets.push(secret);
    // The client secret is added first and must stay; only old tokens are forgotten.
    if (this.#secrets.length > MAX_REMEMBERED) this.#secrets.splice(1, 1);
  }

  /** Returns `text` with every known secret and credential-shaped fragment replaced. */
  text(text: string): string {
    let out = text;
    for (const secret of this.#secrets) {
      if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    }
    return out.replace(
      SECRET_IN_TEXT,
      (_match, bearer: string | undefined, key: string | undefined) =>
        bearer !== undefined ? `${bearer}${REDACTED}` : `${key ?? ""}${REDACTED}`,
    );
  }

  /**
   * Returns a deep copy of a parsed body with secret-named fields and known secrets replaced.
   * Anything nested deeper than MAX_DEPTH is replaced whole: it is not looked at, so it cannot be
   * shown either.
   */
  value(value: unknown, depth = 0): unknown {
    if (typeof value === "string") return this.text(value);
    if (value === null || typeof value !== "object") return value;
    if (depth > MAX_DEPTH) return TOO_DEEP;
    if (Array.isArray(value)) return value.map((item) => this.value(item, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] = SECRET_KEY.test(key) ? REDACTED : this.value(item, depth + 1);
    }
    return out;
  }
}
