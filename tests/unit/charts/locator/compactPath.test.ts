import { describe, expect, it } from "vitest";
import { compactPath } from "../../../../src/charts/locator/compactPath.ts";

describe("compactPath", () => {
  it("writes rings in whole units, each point relative to the one before", () => {
    const context = compactPath();
    context.moveTo(10.4, 20.6);
    context.lineTo(13.5, 18.2);
    context.lineTo(9.6, 25);
    context.closePath();
    expect(context.result()).toBe("M10 21l4-3l-4 7z");
    expect(context.result()).toBe("");
  });
});
