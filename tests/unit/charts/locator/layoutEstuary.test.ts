import { describe, expect, it } from "vitest";
import { layoutEstuary, type EstuaryLabel } from "../../../../src/charts/locator/layoutEstuary.ts";
import { textWidth } from "../../../../src/charts/kit/textWidth.ts";

const english = {
  across: "Aojiang",
  mouth: "Mouth of the Ao River",
  place: "Longgang",
  ferry: "Ferry, about 1,000 metres",
  note: "Close-up sketch, not to scale",
  north: "N",
};

/** A label's box: the widest line, from the cap height of the first line to below the last. */
function box(label: EstuaryLabel) {
  // charts.css sets the names in bold, the ferry line's label and the note in the regular weight.
  const weight = label.id === "ferry" || label.id === "note" ? "regular" : "bold";
  const width = Math.max(...label.lines.map((line) => textWidth(line, label.size, weight)));
  const left = label.anchor === "start" ? label.x : label.anchor === "end" ? label.x - width : label.x - width / 2;
  return {
    left,
    right: left + width,
    top: label.y - 0.9 * label.size,
    bottom: label.y + (label.lines.length - 1) * 1.25 * label.size + 0.3 * label.size,
  };
}

const sizes = [
  { width: 350, height: 330, fontSize: 13 },
  { width: 660, height: 560, fontSize: 15 },
  { width: 312, height: 300, fontSize: 26 },
];

describe("layoutEstuary", () => {
  it("puts the place on the south bank and the town across on the north, the ferry line between", () => {
    const scene = layoutEstuary(english, sizes[1] ?? { width: 0, height: 0, fontSize: 0 });
    expect(scene.place[0]).toBe(scene.across[0]);
    expect(scene.place[1]).toBeGreaterThan(scene.across[1]);
    expect(scene.water).toMatch(/^M0,[\d.]+Q.+Z$/);
  });

  for (const size of sizes)
    it(`keeps every label inside the box it asks for, none over another (${size.width}×${size.height}, ${size.fontSize} px)`, () => {
      const scene = layoutEstuary(english, size);
      const height = size.height + scene.shortfall;
      const boxes = scene.labels.map((label) => ({ id: label.id, ...box(label) }));
      for (const { id, left, right, top, bottom } of boxes) {
        expect(left, id).toBeGreaterThanOrEqual(0);
        expect(right, id).toBeLessThanOrEqual(size.width);
        expect(top, id).toBeGreaterThanOrEqual(0);
        expect(bottom, id).toBeLessThanOrEqual(height);
      }
      for (const [index, a] of boxes.entries())
        for (const b of boxes.slice(index + 1)) {
          const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          expect(apart, `${a.id} and ${b.id}`).toBe(true);
        }
    });

  it("asks for more height when large text leaves the banks no room, and none when it fits", () => {
    expect(layoutEstuary(english, { width: 660, height: 560, fontSize: 15 }).shortfall).toBe(0);
    expect(layoutEstuary(english, { width: 312, height: 200, fontSize: 26 }).shortfall).toBeGreaterThan(0);
  });
});
