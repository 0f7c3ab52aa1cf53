import { describe, expect, it } from "vitest";
import { layoutTextBlock } from "../../../../src/charts/kit/textBlock.ts";

describe("layoutTextBlock", () => {
  it("stacks wrapped parts, skipping empty ones, and reports the block's height", () => {
    const block = layoutTextBlock(
      [
        { text: "83項", size: 20, role: "value", weight: "bold" },
        { text: "", size: 10, role: "note" },
        { text: "環保管家、安全管家", size: 10, role: "note" },
      ],
      60,
    );
    expect(block.lines.map((line) => [line.text, line.role])).toEqual([
      ["83項", "value"],
      ["環保管家、安", "note"],
      ["全管家", "note"],
    ]);
    expect(block.lines[0]?.y).toBe(20);
    expect(block.lines[1]?.y).toBe(33);
    expect(block.height).toBeCloseTo(46 + 3);
  });
});
