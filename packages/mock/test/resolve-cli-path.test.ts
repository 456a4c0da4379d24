import { describe, expect, it } from "vitest";
import { resolveCliPath } from "../src/resolve-cli-path.js";

describe("resolveCliPath", () => {
  it.each([
    [
      "counts from the working directory when the file is there, whatever INIT_CWD says",
      "seed.json",
      { INIT_CWD: "/home/me/repo" },
      ["/work/pkg/seed.json", "/home/me/repo/seed.json"],
      "/work/pkg/seed.json",
    ],
    [
      "falls back to INIT_CWD, where npm was run, when the working directory lacks it",
      "seed.json",
      { INIT_CWD: "/home/me/app" },
      ["/home/me/app/seed.json"],
      "/home/me/app/seed.json",
    ],
    [
      "follows ../ from INIT_CWD",
      "../fixtures/seed.json",
      { INIT_CWD: "/home/me/app" },
      ["/home/me/fixtures/seed.json"],
      "/home/me/fixtures/seed.json",
    ],
    [
      "names the working directory's path when the file is nowhere",
      "seed.json",
      { INIT_CWD: "/home/me/app" },
      [],
      "/work/pkg/seed.json",
    ],
    ["counts from the working directory outside npm", "seed.json", {}, [], "/work/pkg/seed.json"],
    ["ignores an empty INIT_CWD", "seed.json", { INIT_CWD: "" }, [], "/work/pkg/seed.json"],
    [
      "keeps an absolute path",
      "/data/seed.json",
      { INIT_CWD: "/home/me/app" },
      [],
      "/data/seed.json",
    ],
  ])("%s", (_, path, env, present, expected) => {
    const exists = (candidate: string) => (present as readonly string[]).includes(candidate);
    expect(resolveCliPath(path, env, "/work/pkg", exists)).toBe(expected);
  });
});
