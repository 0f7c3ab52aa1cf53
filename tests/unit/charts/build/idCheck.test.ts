import { describe, expect, it } from "vitest";
import { idCheck } from "../../../../src/charts/build/idCheck.ts";

describe("idCheck", () => {
  it("checks the fields a state names against the records of the data", () => {
    const check = idCheck<{ bars: { id: string }[] }, { through: string; focus?: string }>(
      "bars",
      ["through", "focus"],
      "a bar",
    );
    const data = { bars: [{ id: "a" }, { id: "b" }] };
    expect(check(data, { through: "a", focus: "b" })).toBeNull();
    expect(check(data, { through: "a", focus: "x" })).toBe('focus "x" is not a bar; use one of: a, b');
  });
});
