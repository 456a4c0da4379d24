// The options every command takes, as commander hands them over.

/** Output formats of `-o, --output`. */
export const outputFormats = ["table", "json", "yaml", "ndjson", "csv"] as const;

/** One output format. */
export type OutputFormat = (typeof outputFormats)[number];

/** The global options after parsing. */
export interface GlobalOptions {
  /** `--base-url`. */
  readonly baseUrl?: string;
  /** `--context NAME`. */
  readonly context?: string;
  /** `-o, --output`; undefined picks table on a terminal, JSON elsewhere. */
  readonly output?: OutputFormat;
  /** `--yes`: skip confirmations. */
  readonly yes?: boolean;
  /** `--dry-run`: print the request, send nothing. */
  readonly dryRun?: boolean;
  /** `--verbose`: the client's (redacted) log on stderr. */
  readonly verbose?: boolean;
  /** `--no-color` sets this to false. */
  readonly color?: boolean;
}
