import { describe, expect, it } from "vitest";
import { excerpt } from "../../../../src/client/slides/excerpt.ts";

describe("excerpt", () => {
  it("returns a text that fits whole, with its spaces tidied", () => {
    expect(excerpt("  Short   text. ", 40, "en")).toBe("Short text.");
  });

  it("drops the spaces that joining elements leaves in Chinese, and keeps those between words", () => {
    expect(excerpt("不設鄉鎮、街道。 剩下的是三級， 市政府直接管到社區。 這個 安排", 80, "zh-Hant")).toBe(
      "不設鄉鎮、街道。剩下的是三級，市政府直接管到社區。這個安排",
    );
    expect(excerpt("phrases (全域感知、一网统管) in Longgang 龍港", 80, "en")).toBe(
      "phrases (全域感知、一网统管) in Longgang 龍港",
    );
  });

  it("cuts at a sentence end when one falls late enough", () => {
    const text = "Longgang took out the middle tier. What remains is a structure of three tiers.";
    expect(excerpt(text, 50, "en")).toBe("Longgang took out the middle tier. …");
  });

  it("cuts at a word boundary otherwise, never inside a word, without a dangling comma", () => {
    const text = "First, an ordinary county: below the county come towns and sub-districts, then villages";
    const cut = excerpt(text, 60, "en");
    expect(cut).toBe("First, an ordinary county: below the county come towns and…");
    expect(cut.length).toBeLessThanOrEqual(60);
  });

  it("cuts Chinese between words or at a full stop", () => {
    const sentence = "龍港撤掉了中間一層：沒有鄉鎮和街道。";
    expect(excerpt(`${sentence}剩下的是市、社區、網格三個層級，市政府直接面對社區。`, 30, "zh-Hant")).toBe(
      `${sentence}…`,
    );
    const cut = excerpt("一般的縣，縣以下是鄉鎮和街道，再往下是村和社區，最底層是網格。", 12, "zh-Hant");
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(12);
    expect(cut).not.toMatch(/[，、]…$/);
  });
});
