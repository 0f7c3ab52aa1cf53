import { describe, expect, it } from "vitest";
import { textBlock } from "../../../../src/charts/kit/textBlock.ts";

describe("textBlock", () => {
  it("stacks wrapped parts as one text mark each, skipping empty ones, and reports the block's height", () => {
    const block = textBlock(
      "panel",
      [
        { text: "83項", size: 20, role: "value", weight: "bold" },
        { text: "", size: 10, role: "title" },
        { text: "環保管家、安全管家", size: 10, role: "note" },
      ],
      { x: 5, top: 0, width: 60 },
    );
    expect(block.texts.map((text) => [text.id, text.lines, text.y])).toEqual([
      ["panel-value", ["83項"], 20],
      // Below the larger figure, the gap also holds its descent: 1.35 × 10 + (20 − 10) × 0.3.
      ["panel-note", ["環保管家、安", "全管家"], 36.5],
    ]);
    expect(block.texts[1]?.classes).toEqual(["block-note"]);
    expect(block.height).toBeCloseTo(36.5 + 13 + 3);
  });
});
