import { parseArgs } from "node:util";

/** What `qlik-org-mock` was asked to do. */
export interface CliArgs {
  /** Port to listen on. */
  readonly port: number;
  /** Interface to bind. */
  readonly host: string;
  /** Generate responses from the schemas. */
  readonly dynamic: boolean;
  /** Seed for dynamic responses. */
  readonly seed: string | undefined;
  /** Keep state between requests. */
  readonly stateful: boolean;
  /** Stateful mode: JSON file with the organization's starting data. */
  readonly seedFile: string | undefined;
  /** Stateful mode: JSON file with fault rules. */
  readonly faultsFile: string | undefined;
  /** Answer CORS preflights and allow every origin (`--no-cors` turns it off). */
  readonly cors: boolean;
  /** The largest request body read, in bytes; undefined for the default. */
  readonly maxBodyBytes: number | undefined;
  /** Print the usage and exit. */
  readonly help: boolean;
}

/** The CLI's usage text. */
export const cliUsage = `Usage: qlik-org-mock [options]

Serves a mock of Qlik Cloud's organization APIs, made from the bundled spec:
by default Prism's stateless mock, which answers from the spec's examples, or
with --stateful an in-memory organization that keeps what you create, change and delete.

Options:
  --port <n>     port to listen on (default 4010; 0 picks a free one)
  --host <addr>  interface to bind (default 127.0.0.1)
  --dynamic      Prism mode: generate responses from the schemas instead of the spec's examples
  --seed <s>     Prism mode: seed for dynamic responses, so the same request gets the same body
  --stateful     serve an in-memory organization that keeps state between requests
  --seed-file <path>
                 with --stateful: JSON seed (credentials, clients, tenants); a relative path counts
                 from where npm was run (INIT_CWD), else the working directory. Without it, the
                 default seed, whose credentials are printed at start
  --faults-file <path>
                 with --stateful: JSON list of fault rules that make chosen requests fail on
                 purpose (status, times, rate, afterCommit, latencyMs, retryAfterSeconds, reset)
  --max-body-bytes <n>
                 the largest request body read (default 1048576); a larger one is answered 413
  --no-cors      answer no CORS preflight and send no Access-Control-* headers (by default any
                 origin may call the mock, as with Prism's CLI)
  -h, --help     show this help

Prism mode, per request: Prefer: code=404 | example=<name> | dynamic=true picks the answer.`;

/** Parses the command line; throws an Error whose message suits the user on bad input. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    allowNegative: true,
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      dynamic: { type: "boolean", default: false },
      seed: { type: "string" },
      stateful: { type: "boolean", default: false },
      "seed-file": { type: "string" },
      "faults-file": { type: "string" },
      cors: { type: "boolean", default: true },
      "max-body-bytes": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, got "${values.port}"`);
  }
  if (values.host === "") throw new Error("--host must not be empty");
  if (values.stateful && (values.dynamic || values.seed !== undefined)) {
    throw new Error("--dynamic and --seed are for the Prism mode; with --stateful use --seed-file");
  }
  if (values["seed-file"] !== undefined && !values.stateful) {
    throw new Error("--seed-file needs --stateful");
  }
  const maxBodyBytes =
    values["max-body-bytes"] === undefined ? undefined : Number(values["max-body-bytes"]);
  if (
    maxBodyBytes !== undefined &&
    !(/^\d+$/.test(values["max-body-bytes"] ?? "") && maxBodyBytes >= 1)
  ) {
    throw new Error(
      `--max-body-bytes must be a whole number of bytes, at least 1, got "${values["max-body-bytes"]}"`,
    );
  }
  if (values["faults-file"] !== undefined && !values.stateful) {
    throw new Error("--faults-file needs --stateful");
  }
  return {
    port,
    host: values.host,
    dynamic: values.dynamic,
    seed: values.seed,
    stateful: values.stateful,
    seedFile: values["seed-file"],
    faultsFile: values["faults-file"],
    cors: values.cors,
    maxBodyBytes,
    help: values.help,
  };
}
