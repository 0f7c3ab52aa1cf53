import { describe, expect, it } from "vitest";
import { bestLanguage } from "../../../src/client/bestLanguage.ts";

const all = ["zh-Hant", "zh-Hans", "en"];

describe("bestLanguage", () => {
  it("maps browser languages to editions", () => {
    expect(bestLanguage(["zh-TW", "en"], all)).toBe("zh-Hant");
    expect(bestLanguage(["zh-HK"], all)).toBe("zh-Hant");
    expect(bestLanguage(["zh-CN"], all)).toBe("zh-Hans");
    expect(bestLanguage(["zh"], all)).toBe("zh-Hans");
    expect(bestLanguage(["fr", "en-GB"], all)).toBe("en");
  });

  it("suggests only editions that exist", () => {
    expect(bestLanguage(["en-US"], ["zh-Hant"])).toBeNull();
    expect(bestLanguage(["de"], all)).toBeNull();
  });
});
