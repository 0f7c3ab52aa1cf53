import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { simplifiedFixes } from "../../../src/i18n/simplifiedFixes.ts";
import { toSimplified } from "../../../src/i18n/toSimplified.ts";

/** The plain character conversion that toSimplified builds on, without the fixes. */
const characterConversion = OpenCC.Converter({ from: "tw", to: "cn" });
/** OpenCC's Taiwan phrase table, which toSimplified must not use. */
const taiwanPhrases = OpenCC.Converter({ from: "twp", to: "cn" });

const chapterDir = "content/chapters/zh-hant";
const chapters = readdirSync(chapterDir)
  .filter((file) => file.endsWith(".mdx"))
  .map((file) => readFileSync(path.join(chapterDir, file), "utf8"))
  .join("\n");

/**
 * Sentences as the Traditional chapters print them, with the form a mainland editor would
 * print. Each must still be in a chapter, so the list follows the text it proves.
 */
const chapterSentences: readonly (readonly [traditional: string, mainland: string])[] = [
  [
    "其二是戶口：按照1984年的中央一號文件，自理口糧、遷入鎮上的農民可以登記為城鎮常住戶口。",
    "其二是户口：按照1984年的中央一号文件，自理口粮、迁入镇上的农民可以登记为城镇常住户口。",
  ],
  ["渡船從南岸的方岩村出發，駛向對岸鰲江鎮的勝利埠，航程", "渡船从南岸的方岩村出发，驶向对岸鳌江镇的胜利埠，航程"],
  ["陳定模說，那就是「一無所有」。", "陈定模说，那就是“一无所有”。"],
  ["這樣的地方在中國叫特大鎮：身形是城市，身份仍是鄉鎮。", "这样的地方在中国叫特大镇：身形是城市，身份仍是乡镇。"],
  ["龍港走的路，是乾脆不再當鎮。", "龙港走的路，是干脆不再当镇。"],
  ["個村和居民區併成", "个村和居民区并成"],
  ["鏡頭之外，還有各類物聯網感測器", "镜头之外，还有各类物联网传感器"],
  ["再把散在全城的鏡頭接進來：錄影監控", "再把散在全城的镜头接进来：视频监控"],
  ["還有甬莞高速公路的龍港南交流道。", "还有甬莞高速公路的龙港南互通。"],
  ["龍港引進並已落實的產業投資案中", "龙港引进并已落实的产业项目中"],
  ["下半年開工或即將開工的重大建設案有", "下半年开工或即将开工的重大项目有"],
  [
    "報導都沒有說，也沒有逐年的數字，所以這裡不畫經濟增長的曲線。",
    "报道都没有说，也没有逐年的数字，所以这里不画经济增长的曲线。",
  ],
  ["可請學生自己驗算。", "可请学生自己验算。"],
  ["農民建起了一座工業城鎮。", "农民建起了一座工业城镇。"],
];

describe("toSimplified", () => {
  it("converts Traditional text to mainland Simplified character by character", () => {
    expect(toSimplified("龍港鎮黨委、政府開始辦公")).toBe("龙港镇党委、政府开始办公");
    expect(toSimplified("鰲江、甌南大橋、蒼南縣、陳定模")).toBe("鳌江、瓯南大桥、苍南县、陈定模");
  });

  it("writes the chapters' sentences as a mainland reader expects them", () => {
    for (const [traditional, mainland] of chapterSentences) {
      expect(chapters, `"${traditional}" is no longer in a chapter: update this list`).toContain(traditional);
      expect(toSimplified(traditional)).toBe(mainland);
    }
  });

  it("does not apply Taiwan phrase rules to words used in their general sense", () => {
    const words = [
      ["中央一號文件", "中央一号文件"],
      ["判斷指標", "判断指标"],
      ["新增常住人口", "新增常住人口"],
      ["整合為社區", "整合为社区"],
      ["點陣圖", "点阵图"],
      ["勝利埠", "胜利埠"],
    ] as const;
    for (const [traditional, mainland] of words) {
      expect(taiwanPhrases(traditional)).not.toBe(mainland);
      expect(toSimplified(traditional)).toBe(mainland);
    }
  });

  it("fixes each listed word, and each fix is needed", () => {
    for (const [traditional, simplified] of simplifiedFixes) {
      expect(characterConversion(traditional), `"${traditional}" converts right without a fix: drop it`).not.toBe(
        simplified,
      );
      expect(toSimplified(traditional)).toBe(simplified);
      expect(toSimplified(`前${traditional}後`)).toBe(`前${simplified}后`);
    }
  });

  it("uses mainland interface words and typography", () => {
    expect(toSimplified("簡報模式")).toBe("演示模式");
    expect(toSimplified("掃描QR碼，在螢幕上打開本指南和其中的簡報連結")).toBe(
      "扫描二维码，在屏幕上打开本指南和其中的幻灯片链接",
    );
    expect(toSimplified("複製本步連結")).toBe("复制本步链接");
    expect(toSimplified("為甚麼")).toBe("为什么");
    expect(toSimplified("為什麼")).toBe("为什么");
    expect(toSimplified("「以港興商」")).toBe("“以港兴商”");
  });

  it("leaves ASCII, markup and ids alone", () => {
    const mdx = '<Step id="town-1993" state={{ through: "1993" }}>\n\n龍港\n\n</Step>';
    expect(toSimplified(mdx)).toBe('<Step id="town-1993" state={{ through: "1993" }}>\n\n龙港\n\n</Step>');
  });
});
