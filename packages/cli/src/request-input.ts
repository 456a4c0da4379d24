// Builds a generated command's query, body and client-method arguments from what was typed.

import { readFile } from "node:fs/promises";
import type { CliCommand } from "@qlik-org/generated/cli-commands";
import { UsageError } from "./cli-errors.js";
import { type CliIo, readAll } from "./io.js";

/** Commander's name for a flag's value (`client-name` → `clientName`). */
export function attributeName(flag: string): string {
  return flag.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** Reads `@file` or `-` (stdin) as JSON; `--body {"a":1}` inline is accepted too. */
async function readJsonArgument(io: CliIo, flag: string, value: string): Promise<unknown> {
  let text: string;
  let where: string;
  if (value === "-") {
    text = await readAll(io.stdin);
    where = "stdin";
  } else if (value.startsWith("@")) {
    where = value.slice(1);
    try {
      text = await readFile(where, "utf8");
    } catch (error) {
      throw new UsageError(`--${flag}: cannot read ${where}: ${(error as Error).message}`);
    }
  } else {
    text = value;
    where = "the argument";
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--${flag}: ${where} is not JSON: ${(error as Error).message}`);
  }
}

/** The query object: every query flag that was given. */
export function buildQuery(command: CliCommand, options: Record<string, unknown>) {
  const query: Record<string, unknown> = {};
  for (const flag of command.flags) {
    const value = options[attributeName(flag.name)];
    if (flag.in === "query" && value !== undefined) query[flag.key] = value;
  }
  return query;
}

/** The body: `--body`/`--patch` first, then the flags over it; checks required fields. */
export async function buildBody(
  command: CliCommand,
  options: Record<string, unknown>,
  io: CliIo,
): Promise<unknown> {
  const { body } = command;
  if (!body) return undefined;
  if (body.kind === "json-patch") {
    const steps: unknown[] = [];
    if (typeof options.patch === "string") {
      const patch = await readJsonArgument(io, "patch", options.patch);
      if (!Array.isArray(patch)) throw new UsageError("--patch must hold a JSON array of steps");
      steps.push(...patch);
    }
    for (const field of body.fields) {
      const value = options[attributeName(field.name)];
      if (value !== undefined) steps.push({ op: "replace", path: field.path, value });
    }
    if (steps.length === 0) {
      const flags = body.fields.map((field) => `--${field.name}`).join(", ");
      throw new UsageError("nothing to change", `give ${flags} or --patch @file.json`);
    }
    return steps;
  }
  let merged: Record<string, unknown> = {};
  if (typeof options.body === "string") {
    const given = await readJsonArgument(io, "body", options.body);
    if (typeof given !== "object" || given === null || Array.isArray(given)) {
      throw new UsageError("--body must hold a JSON object");
    }
    merged = { ...(given as Record<string, unknown>) };
  }
  for (const flag of command.flags) {
    const value = options[attributeName(flag.name)];
    if (flag.in === "body" && value !== undefined) merged[flag.key] = value;
  }
  const missing = body.required.filter((key) => merged[key] === undefined);
  if (missing.length > 0) {
    const names = missing.map((key) => {
      const flag = command.flags.find((f) => f.in === "body" && f.key === key);
      return flag ? `--${flag.name}` : key;
    });
    throw new UsageError(
      `missing required ${names.join(", ")}`,
      `give ${names.length === 1 ? "it" : "them"} as flags or in --body @file.json`,
    );
  }
  return merged;
}

/** The client method's arguments, in the order the generated `call` says. */
export function buildCallArguments(
  command: CliCommand,
  positionals: readonly string[],
  query: Record<string, unknown>,
  body: unknown,
): unknown[] {
  return command.call.map((argument) => {
    switch (argument.from) {
      case "path":
        return positionals[command.arguments.findIndex((a) => a.name === argument.name)];
      case "body":
        return body;
      case "query":
        return Object.keys(query).length > 0 ? query : undefined;
      case "query-value":
        return query[argument.name];
      default:
        return undefined;
    }
  });
}
