// The README says what the code does: its exit-code table is exitCodes, and it names every
// generated command.

import { readFileSync } from "node:fs";
import { cliCommands } from "@qlik-org/generated/cli-commands";
import { describe, expect, it } from "vitest";
import { exitCodes } from "../src/exit-codes.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("README", () => {
  it("documents exactly the exit codes of src/exit-codes.ts", () => {
    const table =
      /<!-- exit-codes:start -->([\s\S]*?)<!-- exit-codes:end -->/.exec(readme)?.[1] ?? "";
    const codes = table
      .split("\n")
      .filter((line) => /^\|\s*\d/.test(line))
      .map((line) => Number(line.split("|")[1]));
    expect(codes).toEqual(Object.values(exitCodes));
  });

  it("names every generated command", () => {
    for (const command of cliCommands) {
      expect(readme).toContain(`qlik-org ${command.noun} ${command.verb}`);
    }
  });
});
