import { describe, expect, it } from "vitest";
import { formatFact } from "../../../src/i18n/formatFact.ts";
import type { Fact } from "../../../src/schemas/fact.ts";

const label = { "zh-hant": "「老闆」的說法", en: "The “boss” phrase" };
const count: Fact = { id: "n", kind: "number", value: 6, unit: "count", label, source: "s", passage: "p" };
const claim: Fact = { id: "c", kind: "claim", label, source: "s", passage: "p" };
const date: Fact = { id: "d", kind: "date", date: "2019-09-25", label, source: "s", passage: "p" };

describe("formatFact", () => {
  it("writes numbers and dates for each edition", () => {
    expect(formatFact(count, "zh-hant")).toBe("6");
    expect(formatFact(date, "zh-hans")).toBe("2019年9月25日");
    expect(formatFact(date, "en")).toBe("25 September 2019");
  });

  it("spells out small English counts only in running text", () => {
    expect(formatFact(count, "en", { inProse: true })).toBe("six");
    expect(formatFact(count, "en")).toBe("6");
  });

  it("writes a claim's label through the edition boundary", () => {
    expect(formatFact(claim, "zh-hant")).toBe("「老闆」的說法");
    expect(formatFact(claim, "zh-hans")).toBe("“老板”的说法");
    expect(formatFact(claim, "en")).toBe("The “boss” phrase");
  });
});
