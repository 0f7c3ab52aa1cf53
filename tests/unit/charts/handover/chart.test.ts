import { describe, expect, it } from "vitest";
import { chart, layoutHandover, type HandoverData, type HandoverState } from "../../../../src/charts/handover/chart.ts";
import { fitLayout } from "../../../../src/charts/kit/defineChart.ts";
import { textWidth } from "../../../../src/charts/kit/textWidth.ts";
import { drawn, phone, redrawn, zoomedPhone } from "../fixtures.ts";

const data: HandoverData = {
  sourceLabel: "政府轉出83項職能",
  sourceNote: "例如環保管家、安全管家",
  widthNote: "帶子的寬度按承接單位的數目",
  partners: [
    { id: "social", label: "社會組織：17家", count: 17 },
    { id: "enterprises", label: "企事業單位：59家", count: 59 },
    { id: "colleges", label: "院校：6家", count: 6 },
  ],
};

const all: HandoverState = { partners: ["social", "enterprises", "colleges"] };

describe("layoutHandover", () => {
  it("sizes each partner's bar by its count", () => {
    const scene = layoutHandover(data, all, phone);
    const [social, enterprises, colleges] = scene.partners;
    expect((enterprises?.height ?? 0) / (social?.height ?? 1)).toBeCloseTo(59 / 17);
    expect((colleges?.height ?? 0) / (social?.height ?? 1)).toBeCloseTo(6 / 17);
    expect(scene.source.height).toBeCloseTo(scene.partners.reduce((sum, partner) => sum + partner.height, 0));
  });

  it("draws only the ribbons of the state, without moving the others", () => {
    const one = layoutHandover(data, { partners: ["social"] }, phone);
    const three = layoutHandover(data, all, phone);
    expect(one.ribbons.map((ribbon) => ribbon.id)).toEqual(["social"]);
    expect(three.ribbons[0]?.path).toBe(one.ribbons[0]?.path);
    expect(layoutHandover(data, { partners: [] }, phone).ribbons).toHaveLength(0);
  });

  it("keeps labels apart and inside a phone-width chart", () => {
    const scene = layoutHandover(data, all, phone);
    for (const partner of scene.partners) {
      for (const line of partner.lines) {
        const right = partner.x + scene.nodeWidth + phone.fontSize * 0.4 + textWidth(line, phone.fontSize);
        expect(right).toBeLessThanOrEqual(phone.width + 1);
      }
      expect(partner.labelY + (partner.lines.length - 1) * scene.lineHeight).toBeLessThanOrEqual(phone.height);
    }
    const [first, second, third] = scene.partners;
    for (const [upper, lower] of [
      [first, second],
      [second, third],
    ] as const)
      expect((lower?.labelY ?? 0) - (upper?.labelY ?? 0)).toBeGreaterThanOrEqual(
        (upper?.lines.length ?? 1) * scene.lineHeight,
      );
    for (const text of scene.header)
      for (const line of text.lines) {
        const weight = text.classes?.includes("block-value") ? "bold" : "regular";
        expect(textWidth(line, text.size, weight)).toBeLessThanOrEqual(phone.width);
      }
  });

  it("keeps wrapped labels apart with text at 200%, where the column only just fits its room", () => {
    for (const height of [200, 250, 300, 350]) {
      const { scene } = fitLayout(layoutHandover, data, all, { width: 288, height, fontSize: 26 });
      const [first, second, third] = scene.partners;
      for (const [upper, lower] of [
        [first, second],
        [second, third],
      ] as const)
        expect((lower?.labelY ?? 0) - (upper?.labelY ?? 0), `${height} px`).toBeGreaterThanOrEqual(
          ((upper?.lines.length ?? 1) + 0.2) * scene.lineHeight,
        );
    }
  });

  it("never draws a negative size with text at 200%", () => {
    const scene = layoutHandover(data, all, { ...zoomedPhone, height: 120 });
    expect(scene.source.height).toBeGreaterThanOrEqual(0);
    for (const partner of scene.partners) expect(partner.height).toBeGreaterThanOrEqual(0);
  });
});

describe("handover draw", () => {
  it("draws the government's bar, a ribbon and a bar per partner shown, and the focus", () => {
    const svg = drawn(chart, data, { ...all, focus: "colleges" });
    expect(svg.querySelectorAll("rect.source")).toHaveLength(1);
    expect(svg.querySelectorAll("path.ribbon")).toHaveLength(3);
    expect(svg.querySelectorAll("rect.partner")).toHaveLength(3);
    expect(svg.querySelectorAll("path.ribbon.is-muted")).toHaveLength(2);
    expect(svg.querySelector("text.block-value")?.textContent).toBe("政府轉出83項職能");
  });

  it("is idempotent: drawing the same state twice leaves the same SVG", () => {
    const [before, after] = redrawn(chart, data, all, { partners: ["social"], focus: "social" });
    expect(after).toBe(before);
  });
});
