import { describe, expect, it } from "vitest";
import { parseCliArgs } from "../src/parse-cli-args.js";

describe("parseCliArgs", () => {
  it("defaults to 127.0.0.1:4010 with example responses", () => {
    expect(parseCliArgs([])).toEqual({
      port: 4010,
      host: "127.0.0.1",
      dynamic: false,
      seed: undefined,
      stateful: false,
      seedFile: undefined,
      faultsFile: undefined,
      cors: true,
      maxBodyBytes: undefined,
      help: false,
    });
  });

  it("reads every option", () => {
    expect(parseCliArgs(["--port", "0", "--host", "::1", "--dynamic", "--seed", "42"])).toEqual({
      port: 0,
      host: "::1",
      dynamic: true,
      seed: "42",
      stateful: false,
      seedFile: undefined,
      faultsFile: undefined,
      cors: true,
      maxBodyBytes: undefined,
      help: false,
    });
    expect(parseCliArgs(["--no-cors"])).toMatchObject({ cors: false });
    expect(parseCliArgs(["--max-body-bytes", "2048"])).toMatchObject({ maxBodyBytes: 2048 });
    expect(parseCliArgs(["--stateful", "--seed-file", "seed.json"])).toMatchObject({
      stateful: true,
      seedFile: "seed.json",
    });
    expect(parseCliArgs(["--port=5000", "-h"])).toMatchObject({ port: 5000, help: true });
  });

  it.each([
    [["--port", "http"], /--port must be a whole number from 0 to 65535, got "http"/],
    [["--port", "70000"], /--port must be a whole number/],
    [["--port", "-1"], /--port/],
    [["--host", ""], /--host must not be empty/],
    [["--stateful", "--seed", "1"], /with --stateful use --seed-file/],
    [["--seed-file", "seed.json"], /--seed-file needs --stateful/],
    [["--faults-file", "faults.json"], /--faults-file needs --stateful/],
    [["--max-body-bytes", "1.5"], /--max-body-bytes must be a whole number of bytes/],
    [["--max-body-bytes", "0"], /--max-body-bytes must be a whole number of bytes/],
    [["--verbose"], /Unknown option '--verbose'/],
    [["serve"], /Unexpected argument 'serve'/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
