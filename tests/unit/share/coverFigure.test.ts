import { describe, expect, it } from "vitest";
import { thumbnailSize } from "../../../src/share/cardLayout.ts";
import { coverFigure } from "../../../src/share/coverFigure.ts";

describe("coverFigure", () => {
  it("draws the chart without labels or join keys, cropped to its marks within its frame", () => {
    const svg = coverFigure("population", "en", { through: "2024", focus: "2024" });
    expect(svg).toMatch(/^<svg[^>]*class="chart chart-population"/);
    expect(svg).not.toContain("<text");
    expect(svg).not.toContain("data-key");
    expect(svg).not.toMatch(/\d\.\d{2}/);
    const [x = 0, y = 0, width = 0, height = 0] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? "").split(" ").map(Number);
    expect(width).toBeGreaterThan(thumbnailSize.width / 2);
    expect(x).toBeGreaterThan(-thumbnailSize.width * 0.1);
    expect(y + height).toBeLessThan(thumbnailSize.height * 1.1);
  });
});
