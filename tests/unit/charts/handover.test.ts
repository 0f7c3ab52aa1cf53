import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { handover, layoutHandover, type HandoverData } from "../../../src/charts/handover.ts";
import { renderSvg } from "../../../src/charts/renderSvg.ts";
import { textWidth } from "../../../src/charts/textWidth.ts";

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

const phone = { width: 340, height: 380 };
const all = { partners: ["social", "enterprises", "colleges"] };

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
      const right = partner.x + scene.nodeWidth + 6 + textWidth(partner.label, scene.fontSize);
      expect(right).toBeLessThanOrEqual(phone.width + 1);
      expect(partner.labelY).toBeLessThanOrEqual(phone.height);
    }
    const ys = scene.partners.map((partner) => partner.labelY);
    for (let i = 1; i < ys.length; i++) expect((ys[i] ?? 0) - (ys[i - 1] ?? 0)).toBeGreaterThanOrEqual(scene.fontSize);
    for (const line of scene.header) expect(textWidth(line.text, line.size)).toBeLessThanOrEqual(phone.width);
  });
});

describe("handover render", () => {
  it("renders the government's bar, a ribbon and a bar per partner shown, and the focus", () => {
    const svg = renderSvg(handover, data, { ...all, focus: "colleges" }, { label: "alt" });
    const { document } = parseHTML(`<div>${svg}</div>`);
    expect(document.querySelectorAll("rect.source")).toHaveLength(1);
    expect(document.querySelectorAll("path.ribbon")).toHaveLength(3);
    expect(document.querySelectorAll("rect.partner")).toHaveLength(3);
    expect(document.querySelectorAll("path.ribbon.is-muted")).toHaveLength(2);
    expect(document.querySelector("text.header-value")?.textContent).toBe("政府轉出83項職能");
  });

  it("is idempotent: drawing the same state twice leaves the same SVG", () => {
    const { document } = parseHTML("<html><body></body></html>");
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg") as unknown as SVGSVGElement;
    const size = { width: 640, height: 440 };
    handover.draw(svg, data, all, size, { animate: false });
    const first = svg.outerHTML;
    handover.draw(svg, data, { partners: ["social"], focus: "social" }, size, { animate: false });
    handover.draw(svg, data, all, size, { animate: false });
    expect(svg.outerHTML).toBe(first);
  });
});
