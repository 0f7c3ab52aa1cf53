import { parse } from "acorn";
import type { Program } from "estree";
import { describe, expect, it } from "vitest";
import { evaluateLiteral, NotLiteralError } from "../../../src/mdx/evaluateLiteral.ts";

function expression(source: string) {
  const program = parse(`(${source})`, { ecmaVersion: "latest" }) as unknown as Program;
  const statement = program.body[0];
  if (statement?.type !== "ExpressionStatement") throw new Error("not an expression");
  return statement.expression;
}

describe("evaluateLiteral", () => {
  it("reads plain data", () => {
    expect(
      evaluateLiteral(expression('{ from: 1860, "to": 2026, focus: "ferry", list: [1, -2, `x`], ok: true, no: null }')),
    ).toEqual({
      from: 1860,
      to: 2026,
      focus: "ferry",
      list: [1, -2, "x"],
      ok: true,
      no: null,
    });
  });

  it("refuses code", () => {
    for (const source of ["{ a: b }", "{ a: f() }", "{ ...x }", "{ [k]: 1 }", "`${x}`", "/re/", "{ a: !1 }"]) {
      expect(() => evaluateLiteral(expression(source)), source).toThrow(NotLiteralError);
    }
  });
});
