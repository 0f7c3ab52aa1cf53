import { describe, expect, it } from "vitest";
import { fitText } from "../../../../src/charts/kit/fitText.ts";
import { textWidth } from "../../../../src/charts/kit/textWidth.ts";

describe("fitText", () => {
  it("keeps a label that fits and shortens one that does not, with an ellipsis", () => {
    expect(fitText("龍港市", 10, 40)).toBe("龍港市");
    const short = fitText("Villages and communities", 10, 60);
    expect(short.endsWith("…")).toBe(true);
    expect(textWidth(short, 10)).toBeLessThanOrEqual(60);
  });
});
