import { describe, expect, it } from "vitest";
import { resolveCliPath } from "../src/resolve-cli-path.js";

describe("resolveCliPath", () => {
  it.each([
    [
      "counts from INIT_CWD, where npm was run",
      "seed.json",
      { INIT_CWD: "/home/me/app" },
      "/home/me/app/seed.json",
    ],
    [
      "follows ../ from INIT_CWD",
      "../fixtures/seed.json",
      { INIT_CWD: "/home/me/app" },
      "/home/me/fixtures/seed.json",
    ],
    ["counts from the working directory outside npm", "seed.json", {}, "/work/pkg/seed.json"],
    ["ignores an empty INIT_CWD", "seed.json", { INIT_CWD: "" }, "/work/pkg/seed.json"],
    ["keeps an absolute path", "/data/seed.json", { INIT_CWD: "/home/me/app" }, "/data/seed.json"],
  ])("%s", (_, path, env, expected) => {
    expect(resolveCliPath(path, env, "/work/pkg")).toBe(expected);
  });
});
