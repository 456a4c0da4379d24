// @ts-nocheck
// `qlik-org context create | use | ls | show | rm`: what is saved where (folder 0700, file 0600),
// what is printed (never the secret), the hidden prompt, and a broken contexts file.

import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { freshConfigHome } from "../support/config-home.js";
import { type InProcessOptions, runInProcess } from "../support/run-in-process.js";

const secret = "ctx-secret-5f2a9c";
let configHome: string;
let folder: string;
let file: string;

beforeEach(() => {
  configHome = freshConfigHome();
  folder = join(configHome, "qlik-org");
  file = join(folder, "contexts.json");
});

/** Runs with this test's config folder. */
const run = (argv: string[], options: InProcessOptions = {}) =>
  runInProcess(argv, { ...options, env: { XDG_CONFIG_HOME: configHome, ...options.env } });

/** `context create NAME` with the secret on stdin; must succeed. */
async function create(name: string, ...extra: string[]) {
  const result = await run(
    ["context", "create", name, "--client-id", `id-${name}`, "--client-secret-stdin", ...extra],
    { stdin: `${secret}\n` },
  );
  expect(result.code, result.stderr).toBe(0);
  return result;
}

const saved = () => JSON.parse(readFileSync(file, "utf8"));

describe("context create", () => {
  it("saves the first context as the current one, folder 0700 and file 0600", async () => {
    const result = await create("prod", "--base-url", "https://org.example");
    expect(result).toMatchObject({
      stdout: "",
      stderr: `qlik-org: saved context "prod" in ${file} (current)\n`,
    });
    expect(saved()).toEqual({
      current: "prod",
      contexts: {
        prod: { clientId: "id-prod", clientSecret: secret, baseUrl: "https://org.example" },
      },
    });
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder)).toEqual(["contexts.json"]);
    // Indented and ending in a line break, for a user who opens it.
    expect(readFileSync(file, "utf8")).toBe(`${JSON.stringify(saved(), null, 2)}\n`);
  });

  it("keeps the current context when another is added, and leaves out an absent base URL", async () => {
    await create("prod");
    const second = await create("dev");
    expect(second.stderr).toBe(`qlik-org: saved context "dev" in ${file}\n`);
    expect(saved()).toEqual({
      current: "prod",
      contexts: {
        prod: { clientId: "id-prod", clientSecret: secret },
        dev: { clientId: "id-dev", clientSecret: secret },
      },
    });
  });

  it("takes the global --base-url too", async () => {
    await create("prod");
    const result = await run(
      [
        "--base-url",
        "https://global.example",
        "context",
        "create",
        "g",
        "--client-id",
        "i",
        "--client-secret-stdin",
      ],
      { stdin: secret },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(saved().contexts.g).toEqual({
      clientId: "i",
      clientSecret: secret,
      baseUrl: "https://global.example",
    });
  });

  it("narrows a folder that exists with a wider mode", async () => {
    mkdirSync(folder, { mode: 0o755 });
    await create("prod");
    expect(statSync(folder).mode & 0o777).toBe(0o700);
  });

  it("strips one line ending from the secret read on stdin", async () => {
    for (const [name, input] of [
      ["lf", "s1\n"],
      ["crlf", "s2\r\n"],
      ["none", "s3"],
      ["two", "s4\n\n"],
      ["inner", "s5\nx\n"],
    ] as const) {
      const result = await run(
        ["context", "create", name, "--client-id", "i", "--client-secret-stdin"],
        {
          stdin: input,
        },
      );
      expect(result.code, result.stderr).toBe(0);
    }
    const contexts = saved().contexts;
    expect(
      [contexts.lf, contexts.crlf, contexts.none, contexts.two, contexts.inner].map(
        (c) => c.clientSecret,
      ),
    ).toEqual(["s1", "s2", "s3", "s4\n", "s5\nx"]);
  });

  it("refuses an empty secret on stdin", async () => {
    const result = await run(
      ["context", "create", "p", "--client-id", "i", "--client-secret-stdin"],
      {
        stdin: "\n",
      },
    );
    expect(result).toMatchObject({
      code: 2,
      stderr: "qlik-org: the client secret read from stdin is empty\n",
    });
  });

  it("without --client-secret-stdin and no terminal, says how to pipe the secret in", async () => {
    const result = await run(["context", "create", "p", "--client-id", "i"]);
    expect(result).toMatchObject({
      code: 2,
      stderr:
        "qlik-org: no client secret: stdin is not a terminal to ask on\n" +
        "qlik-org: hint: pipe it in with --client-secret-stdin\n",
    });
  });

  it("asks for the secret on a terminal without echoing it", async () => {
    const result = await run(["context", "create", "p", "--client-id", "my-id"], {
      terminal: true,
      stdin: `${secret}\r`,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("Client secret of my-id");
    expect(result.stderr).not.toContain(secret);
    expect(saved().contexts.p.clientSecret).toBe(secret);
  });

  it.each([
    ["nothing typed", "\r"],
    ["Ctrl-C", "\x03"],
  ])("refuses when the prompt gets %s", async (_, keys) => {
    const result = await run(["context", "create", "p", "--client-id", "i"], {
      terminal: true,
      stdin: keys,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/qlik-org: no secret was entered\n$/);
  });

  it.each([
    ["stderr is piped", { stdin: true, stdout: true }],
    ["stdin is piped", { stderr: true, stdout: true }],
  ])("asks only when both stdin and stderr are terminals (%s)", async (_, terminal) => {
    const result = await run(["context", "create", "p", "--client-id", "i"], {
      terminal,
      stdin: `${secret}\r`,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("no client secret: stdin is not a terminal to ask on");
  });

  it.each(["a/b", ".hidden", "with space", "_x"])("refuses the name %j", async (name) => {
    const result = await run(
      ["context", "create", name, "--client-id", "i", "--client-secret-stdin"],
      {
        stdin: secret,
      },
    );
    expect(result).toMatchObject({
      code: 2,
      stderr:
        `qlik-org: invalid context name "${name}"\n` +
        "qlik-org: hint: use letters, digits, '.', '_' and '-', starting with a letter or digit\n",
    });
  });

  it("takes letters, digits, '.', '_' and '-' after the first", async () => {
    await create("A9.b_c-d");
    expect(Object.keys(saved().contexts)).toEqual(["A9.b_c-d"]);
  });
});

describe("context use, ls, show and rm", () => {
  it("use makes a context current; ls lists them by name, never the secret", async () => {
    await create("prod", "--base-url", "https://org.example");
    await create("dev");
    const use = await run(["context", "use", "dev"]);
    expect(use).toMatchObject({
      code: 0,
      stdout: "",
      stderr: 'qlik-org: current context is now "dev"\n',
    });
    const ls = await run(["context", "ls"]);
    expect(ls.code).toBe(0);
    expect(JSON.parse(ls.stdout)).toEqual([
      { name: "dev", current: true, baseUrl: "", clientId: "id-dev" },
      { name: "prod", current: false, baseUrl: "https://org.example", clientId: "id-prod" },
    ]);
    expect(ls.stdout).not.toContain(secret);
    const table = await run(["context", "ls"], { terminal: true, env: { NO_COLOR: "1" } });
    expect(table.stdout).toMatch(/│ name +│ current +│ baseUrl +│ clientId +│/);
  });

  it("ls with no contexts is an empty list", async () => {
    expect(await run(["context", "ls"])).toMatchObject({ code: 0, stdout: "[]\n" });
  });

  it("use and rm refuse a context that does not exist, or an invalid name", async () => {
    await create("prod");
    for (const verb of ["use", "rm"]) {
      const missing = await run(["context", verb, "nope"]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/^qlik-org: no context named "nope"\n/);
      const invalid = await run(["context", verb, "a/b"]);
      expect(invalid.code).toBe(2);
      expect(invalid.stderr).toMatch(/^qlik-org: invalid context name "a\/b"\n/);
    }
    expect(saved().current).toBe("prod");
  });

  it("show prints the current context or the named one, with the file, never the secret", async () => {
    await create("prod", "--base-url", "https://org.example");
    await create("dev");
    const current = await run(["context", "show", "-o", "json"]);
    expect(JSON.parse(current.stdout)).toEqual({
      name: "prod",
      current: true,
      baseUrl: "https://org.example",
      clientId: "id-prod",
      file,
    });
    const named = await run(["context", "show", "--context", "dev", "-o", "yaml"]);
    expect(named.stdout).toBe(
      `name: dev\ncurrent: false\nbaseUrl: ""\nclientId: id-dev\nfile: ${file}\n`,
    );
    expect(current.stdout + named.stdout).not.toContain(secret);
  });

  it("show without a current context says how to create one", async () => {
    const result = await run(["context", "show"]);
    expect(result).toMatchObject({
      code: 1,
      stdout: "",
      stderr:
        "qlik-org: no current context\n" +
        "qlik-org: hint: create one with `qlik-org context create NAME --client-id ID`\n",
    });
  });

  it("rm deletes a context, and the current one leaves no current context", async () => {
    await create("prod");
    await create("dev");
    const dev = await run(["context", "rm", "dev"]);
    expect(dev).toMatchObject({ code: 0, stdout: "", stderr: 'qlik-org: removed context "dev"\n' });
    expect(saved()).toEqual({ current: "prod", contexts: { prod: expect.any(Object) } });
    await run(["context", "rm", "prod"]);
    expect(saved()).toEqual({ contexts: {} });
    expect((await run(["context", "show"])).stderr).toMatch(/^qlik-org: no current context\n/);
  });

  it("a current context that no longer exists is an authentication error for a command", async () => {
    await create("prod");
    writeFileSync(file, JSON.stringify({ current: "gone", contexts: {} }));
    const result = await run(["tenants", "list"]);
    expect(result.code).toBe(5);
    expect(result.stderr).toMatch(/^qlik-org: no context named "gone"\n/);
  });
});

describe("a contexts file that cannot be written", () => {
  // A staging file left behind as a folder (its name holds this process's id) makes the write
  // fail with an error the store does not explain itself: the command says which one failed.
  it.each([
    ["create", ["context", "create", "dev", "--client-id", "i", "--client-secret-stdin"]],
    ["use", ["context", "use", "prod"]],
    ["rm", ["context", "rm", "prod"]],
  ])("context %s: exit 1, naming the command and the error", async (verb, argv) => {
    await create("prod");
    mkdirSync(`${file}.${process.pid}.tmp`);
    const result = await run(argv, { stdin: secret });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^qlik-org: context ${verb} failed: EISDIR`));
    expect(saved()).toEqual({ current: "prod", contexts: { prod: expect.any(Object) } });
  });
});

describe("where the contexts are kept", () => {
  it("under $HOME/.config when XDG_CONFIG_HOME is unset or empty", async () => {
    for (const xdg of [undefined, ""]) {
      const home = freshConfigHome();
      const result = await runInProcess(
        ["context", "create", "p", "--client-id", "i", "--client-secret-stdin"],
        { env: { HOME: home, XDG_CONFIG_HOME: xdg }, stdin: secret },
      );
      expect(result.stderr).toBe(
        `qlik-org: saved context "p" in ${join(home, ".config", "qlik-org", "contexts.json")} (current)\n`,
      );
    }
  });
});

describe("a broken contexts file", () => {
  it.each([
    ["not JSON", "{nope", /^Unexpected token|^Expected property name/],
    ["null", "null", /^expected \{ current, contexts \}$/],
    ["no contexts", '{"current":"x"}', /^expected \{ current, contexts \}$/],
    ["a list", "[]", /^expected \{ current, contexts \}$/],
  ])("%s: exit 1, which file, and what to do", async (_, text, reason) => {
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, text);
    const result = await run(["context", "ls"]);
    expect(result.code).toBe(1);
    const [what, hint] = result.stderr.split("\n");
    expect(what?.startsWith(`qlik-org: ${file} is not a valid contexts file: `)).toBe(true);
    expect(what?.slice(`qlik-org: ${file} is not a valid contexts file: `.length)).toMatch(reason);
    expect(hint).toBe(`qlik-org: hint: fix or remove ${file}, then create the contexts again`);
  });

  it("a file that cannot be read: exit 1 and why", async () => {
    mkdirSync(file, { recursive: true });
    const result = await run(["context", "ls"]);
    expect(result).toMatchObject({ code: 1, stdout: "" });
    expect(result.stderr).toMatch(new RegExp(`^qlik-org: cannot read ${file}: EISDIR`));
  });
});
