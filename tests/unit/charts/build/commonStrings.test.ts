import { describe, expect, it } from "vitest";
import { commonStrings } from "../../../../src/charts/build/commonStrings.ts";

describe("commonStrings", () => {
  it("gives each edition its punctuation and words, Simplified converted from Traditional", () => {
    expect(commonStrings("zh-hant").pair).toBe("{label}：{value}");
    expect(commonStrings("en").pair).toBe("{label}: {value}");
    expect(commonStrings("zh-hans").csv.unit).toBe("单位");
    expect(commonStrings("zh-hans").qualifier.about).toBe("约");
  });
});
