import { describe, expect, it } from "vitest";
import {
  formatViolationsHeader,
  type HeaderViolation,
  maxViolationsHeaderLength,
  parseViolationsHeader,
} from "../src/violations-header.js";

const violation = (i: number, message = `problem number ${i}`): HeaderViolation => ({
  location: ["request", "body", String(i)],
  severity: "Error",
  code: "enum",
  message,
});

describe("formatViolationsHeader", () => {
  it("writes a short list as plain JSON", () => {
    const list = [violation(0), violation(1)];
    expect(formatViolationsHeader(list)).toBe(JSON.stringify(list));
  });

  it("escapes characters a header cannot carry, and JSON.parse restores them", () => {
    const list = [violation(0, "must be one of “web”, 名前 or 🙂")];
    const header = formatViolationsHeader(list);
    expect(header).toMatch(/^[\x20-\x7e]*$/);
    expect(JSON.parse(header)).toEqual(list);
    // A fetch Headers object takes it as it is.
    expect(new Headers({ h: header }).get("h")).toBe(header);
  });

  it("keeps whole violations within the limit and counts the rest in a final entry", () => {
    const list = Array.from({ length: 300 }, (_, i) => violation(i));
    const header = formatViolationsHeader(list);
    expect(header.length).toBeLessThanOrEqual(maxViolationsHeaderLength);
    const parsed = JSON.parse(header) as HeaderViolation[];
    const kept = parsed.slice(0, -1);
    expect(kept).toEqual(list.slice(0, kept.length));
    expect(parsed.at(-1)).toMatchObject({
      location: ["sl-violations"],
      message: expect.stringMatching(new RegExp(`^${300 - kept.length} more violations left out`)),
    });
    expect(parseViolationsHeader(header).at(-1)).toMatch(/^sl-violations: \d+ more violations/);
  });

  it("honours a smaller limit", () => {
    const list = Array.from({ length: 10 }, (_, i) => violation(i));
    const header = formatViolationsHeader(list, 400);
    expect(header.length).toBeLessThanOrEqual(400);
    expect(JSON.parse(header).length).toBeLessThan(10);
  });
});
