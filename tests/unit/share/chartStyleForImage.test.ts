import { describe, expect, it } from "vitest";
import { chartStyleForImage } from "../../../src/share/chartStyleForImage.ts";

describe("chartStyleForImage", () => {
  it("keeps only chart rules, with variables resolved to colours resvg can read", () => {
    const css = chartStyleForImage();
    expect(css).toContain(".chart .bar{");
    expect(css).not.toContain("var(");
    expect(css).not.toMatch(/rgb\(\d+ \d+/);
    expect(css).not.toContain(".site-header");
  });
});
