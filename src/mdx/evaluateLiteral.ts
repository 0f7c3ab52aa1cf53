import type { Expression, Node } from "estree";

/** Thrown when an attribute expression is code rather than plain data. */
export class NotLiteralError extends Error {}

/**
 * Turns the expression of an MDX attribute such as `state={{ from: 1860, focus: "ferry" }}`
 * into its value, accepting only plain data (objects, arrays, strings, numbers, booleans, null),
 * so a step's state stays data that the build can check.
 */
export function evaluateLiteral(node: Node): unknown {
  switch (node.type) {
    case "Literal":
      if (node.value instanceof RegExp || typeof node.value === "bigint")
        throw new NotLiteralError("regular expressions and bigints are not allowed");
      return node.value;
    case "TemplateLiteral":
      if (node.expressions.length > 0) throw new NotLiteralError("template strings may not contain ${…}");
      return node.quasis.map((quasi) => quasi.value.cooked).join("");
    case "UnaryExpression":
      if (node.operator === "-") return -(evaluateLiteral(node.argument) as number);
      throw new NotLiteralError(`operator "${node.operator}" is not allowed`);
    case "ArrayExpression":
      return node.elements.map((element) => {
        if (!element || element.type === "SpreadElement")
          throw new NotLiteralError("holes and spreads are not allowed");
        return evaluateLiteral(element);
      });
    case "ObjectExpression": {
      const result: Record<string, unknown> = {};
      for (const property of node.properties) {
        if (property.type !== "Property" || property.computed || property.kind !== "init")
          throw new NotLiteralError("only plain `key: value` properties are allowed");
        const key =
          property.key.type === "Identifier"
            ? property.key.name
            : property.key.type === "Literal"
              ? String(property.key.value)
              : undefined;
        if (key === undefined) throw new NotLiteralError("property keys must be names or strings");
        result[key] = evaluateLiteral(property.value as Expression);
      }
      return result;
    }
    default:
      throw new NotLiteralError(`${node.type} is code, not data`);
  }
}
