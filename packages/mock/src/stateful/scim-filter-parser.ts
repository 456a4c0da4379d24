// Parses the subset of RFC 7644 (SCIM) filters the docs name: eq, ne, co, gt, ge, lt, le, and, or,
// not, parentheses and quoted strings, limited to each resource's documented attributes and operators.

/** Comparison operators the docs name. */
export const comparisonOperators = ["eq", "ne", "co", "gt", "ge", "lt", "le"] as const;

/** A comparison operator. */
export type ComparisonOperator = (typeof comparisonOperators)[number];

/** How an attribute's values compare: case-insensitively (SCIM's default), exactly, or as instants. */
export type FilterValueType = "string" | "caseExactString" | "dateTime";

/** An attribute a filter may name, with the operators it accepts. */
export interface FilterAttribute {
  readonly name: string;
  readonly type: FilterValueType;
  readonly operators: readonly ComparisonOperator[];
}

/** How deep parentheses (groups and `not ( … )`) may nest; deeper is refused with a 400. */
export const maxFilterNesting = 64;

/** A parsed filter expression; a chain of `and` (or `or`) terms is one node, however long. */
export type FilterNode =
  | { readonly kind: "and" | "or"; readonly operands: readonly FilterNode[] }
  | { readonly kind: "not"; readonly operand: FilterNode }
  | {
      readonly kind: "compare";
      readonly attribute: FilterAttribute;
      readonly operator: ComparisonOperator;
      readonly value: string;
    };

/** Outcome of parsing a filter. */
export type FilterParse =
  | { readonly ok: true; readonly filter: FilterNode }
  | { readonly ok: false; readonly detail: string };

type Token =
  | { readonly kind: "(" | ")" | "["; readonly at: number }
  | { readonly kind: "word"; readonly text: string; readonly at: number }
  | { readonly kind: "string"; readonly value: string; readonly at: number }
  | { readonly kind: "end"; readonly at: number };

class FilterSyntaxError extends Error {}

const otherScimOperators = new Set(["sw", "ew", "pr"]);

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i] as string;
    const at = i + 1;
    if (/\s/.test(char)) {
      i++;
    } else if (char === "(" || char === ")" || char === "[") {
      tokens.push({ kind: char, at });
      i++;
    } else if (char === '"') {
      let end = i + 1;
      while (end < source.length && source[end] !== '"') end += source[end] === "\\" ? 2 : 1;
      if (end >= source.length) {
        throw new FilterSyntaxError(
          `The string that starts at position ${at} is not closed with '"'.`,
        );
      }
      let value: unknown;
      try {
        // SCIM strings are JSON strings (RFC 7644 §3.4.2.2), escapes included.
        value = JSON.parse(source.slice(i, end + 1));
      } catch {
        throw new FilterSyntaxError(`The string at position ${at} has an invalid escape sequence.`);
      }
      tokens.push({ kind: "string", value: value as string, at });
      i = end + 1;
    } else {
      const word = /^[^\s()"[\]]+/.exec(source.slice(i))?.[0] ?? char;
      tokens.push({ kind: "word", text: word, at });
      i += word.length;
    }
  }
  tokens.push({ kind: "end", at: source.length + 1 });
  return tokens;
}

function describeToken(token: Token): string {
  switch (token.kind) {
    case "word":
      return `"${token.text}"`;
    case "string":
      return "a quoted string";
    case "end":
      return "the end of the filter";
    default:
      return `"${token.kind}"`;
  }
}

class Parser {
  #index = 0;
  #depth = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly attributes: readonly FilterAttribute[],
  ) {}

  get #current(): Token {
    return this.tokens[this.#index] as Token;
  }

  #isKeyword(keyword: string): boolean {
    const token = this.#current;
    return token.kind === "word" && token.text.toLowerCase() === keyword;
  }

  parseExpression(): FilterNode {
    const node = this.#parseOr();
    const token = this.#current;
    if (token.kind !== "end") {
      if (token.kind === ")") {
        throw new FilterSyntaxError(`Unexpected ")" at position ${token.at}: nothing to close.`);
      }
      throw new FilterSyntaxError(
        `Unexpected ${describeToken(token)} at position ${token.at}; expected "and", "or" or the end of the filter.`,
      );
    }
    return node;
  }

  // A chain is collected into one node rather than nested pairs: evaluating a chain of thousands of
  // terms must not recurse once per term.
  #parseOr(): FilterNode {
    const operands = [this.#parseAnd()];
    while (this.#isKeyword("or")) {
      this.#index++;
      operands.push(this.#parseAnd());
    }
    return operands.length === 1 ? (operands[0] as FilterNode) : { kind: "or", operands };
  }

  #parseAnd(): FilterNode {
    const operands = [this.#parseNot()];
    while (this.#isKeyword("and")) {
      this.#index++;
      operands.push(this.#parseNot());
    }
    return operands.length === 1 ? (operands[0] as FilterNode) : { kind: "and", operands };
  }

  #parseNot(): FilterNode {
    if (!this.#isKeyword("not")) return this.#parsePrimary();
    const notToken = this.#current;
    this.#index++;
    if (this.#current.kind !== "(") {
      throw new FilterSyntaxError(
        `"not" at position ${notToken.at} must be followed by an expression in parentheses, as in not (status eq "active").`,
      );
    }
    return { kind: "not", operand: this.#parseGroup() };
  }

  #parseGroup(): FilterNode {
    const open = this.#current;
    // Parsing recurses once per level: without a bound, a few thousand "(" overflow the stack.
    if (this.#depth === maxFilterNesting) {
      throw new FilterSyntaxError(
        `The "(" at position ${open.at} nests deeper than ${maxFilterNesting} levels of parentheses.`,
      );
    }
    this.#depth++;
    this.#index++;
    const node = this.#parseOr();
    this.#depth--;
    if (this.#current.kind !== ")") {
      throw new FilterSyntaxError(
        `The "(" at position ${open.at} is not closed; found ${describeToken(this.#current)} at position ${this.#current.at}.`,
      );
    }
    this.#index++;
    return node;
  }

  #parsePrimary(): FilterNode {
    const token = this.#current;
    if (token.kind === "(") return this.#parseGroup();
    if (token.kind !== "word" || ["and", "or", "not"].includes(token.text.toLowerCase())) {
      throw new FilterSyntaxError(
        `Expected an attribute name at position ${token.at}, found ${describeToken(token)}.`,
      );
    }
    const attribute = this.attributes.find(
      (a) => a.name.toLowerCase() === token.text.toLowerCase(),
    );
    if (!attribute) {
      throw new FilterSyntaxError(
        `Unknown attribute "${token.text}" at position ${token.at}; the filterable attributes are ${this.attributes.map((a) => a.name).join(", ")}.`,
      );
    }
    this.#index++;
    if (this.#current.kind === "[") {
      throw new FilterSyntaxError(
        `Value filters ("${attribute.name}[...]") are not supported; at position ${this.#current.at}.`,
      );
    }
    const operatorToken = this.#current;
    const operatorText = operatorToken.kind === "word" ? operatorToken.text.toLowerCase() : "";
    if (!(comparisonOperators as readonly string[]).includes(operatorText)) {
      const what = otherScimOperators.has(operatorText)
        ? `The operator "${operatorText}" is not supported`
        : `Expected a comparison operator after "${attribute.name}", found ${describeToken(operatorToken)}`;
      throw new FilterSyntaxError(
        `${what} at position ${operatorToken.at}; the operators are ${comparisonOperators.join(", ")}.`,
      );
    }
    const operator = operatorText as ComparisonOperator;
    if (!attribute.operators.includes(operator)) {
      throw new FilterSyntaxError(
        `"${attribute.name}" cannot be compared with "${operator}" (position ${operatorToken.at}); it accepts ${attribute.operators.join(", ")}.`,
      );
    }
    this.#index++;
    const valueToken = this.#current;
    if (valueToken.kind !== "string") {
      throw new FilterSyntaxError(
        `Expected a quoted string after "${attribute.name} ${operator}" at position ${valueToken.at}, found ${describeToken(valueToken)}.`,
      );
    }
    // `co` matches text inside the timestamp, so only the ordering operators need a real date-time.
    if (attribute.type === "dateTime" && operator !== "co" && !isTimestamp(valueToken.value)) {
      throw new FilterSyntaxError(
        `"${attribute.name}" must be compared with a date-time such as "2026-01-01T00:00:00Z" (position ${valueToken.at}).`,
      );
    }
    this.#index++;
    return { kind: "compare", attribute, operator, value: valueToken.value };
  }
}

function isTimestamp(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}

/** Parses `expression`, allowing only `attributes` and their operators; errors name the position. */
export function parseFilter(
  expression: string,
  attributes: readonly FilterAttribute[],
): FilterParse {
  if (expression.trim() === "") return { ok: false, detail: "The filter expression is empty." };
  try {
    return { ok: true, filter: new Parser(tokenize(expression), attributes).parseExpression() };
  } catch (error) {
    if (error instanceof FilterSyntaxError) {
      return { ok: false, detail: `Invalid filter: ${error.message}` };
    }
    throw error;
  }
}

/** Whether the filter compares `attributeName` anywhere, with the values it is compared to. */
export function comparedValues(filter: FilterNode, attributeName: string): string[] {
  switch (filter.kind) {
    case "compare":
      return filter.attribute.name === attributeName ? [filter.value] : [];
    case "not":
      return comparedValues(filter.operand, attributeName);
    default:
      return filter.operands.flatMap((operand) => comparedValues(operand, attributeName));
  }
}
