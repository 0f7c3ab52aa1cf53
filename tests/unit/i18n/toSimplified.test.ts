import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { simplifiedExceptions } from "../../../src/i18n/simplifiedExceptions.ts";
import { toSimplified } from "../../../src/i18n/toSimplified.ts";

describe("toSimplified", () => {
  it("converts Traditional text to mainland Simplified", () => {
    expect(toSimplified("龍港鎮黨委、政府開始辦公")).toBe("龙港镇党委、政府开始办公");
    expect(toSimplified("鰲江、甌南大橋、蒼南縣、陳定模")).toBe("鳌江、瓯南大桥、苍南县、陈定模");
  });

  it("keeps the exceptions in their listed form", () => {
    expect(toSimplified("駛向對岸的勝利埠")).toBe("驶向对岸的胜利埠");
    expect(toSimplified("資料來源")).toBe("资料来源");
    expect(toSimplified("「以港興商」")).toBe("“以港兴商”");
    for (const [traditional, simplified] of simplifiedExceptions) {
      expect(toSimplified(traditional)).toBe(simplified);
    }
  });

  it("fixes what plain OpenCC gets wrong", () => {
    const plain = OpenCC.Converter({ from: "twp", to: "cn" });
    expect(plain("勝利埠")).not.toBe("胜利埠");
    expect(toSimplified("勝利埠")).toBe("胜利埠");
  });

  it("leaves ASCII, markup and ids alone", () => {
    const mdx = '<Step id="town-1993" state={{ through: "1993" }}>\n\n龍港\n\n</Step>';
    expect(toSimplified(mdx)).toBe('<Step id="town-1993" state={{ through: "1993" }}>\n\n龙港\n\n</Step>');
  });
});
