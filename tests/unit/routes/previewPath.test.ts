import { describe, expect, it } from "vitest";
import { previewPath } from "../../../src/routes/previewPath.ts";

describe("previewPath", () => {
  it("gives every page its own image", () => {
    expect(previewPath("zh-hant", null)).toBe("og/index.png");
    expect(previewPath("zh-hans", "")).toBe("og/zh-hans/index.png");
    expect(previewPath("en", "farmers-city/")).toBe("og/en/farmers-city.png");
    expect(previewPath("en", "farmers-city/step/town-1993/")).toBe("og/en/farmers-city/step/town-1993.png");
  });
});
