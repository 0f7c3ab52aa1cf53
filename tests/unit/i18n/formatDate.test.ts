import { describe, expect, it } from "vitest";
import { decimalYear, formatDate, yearOf } from "../../../src/i18n/formatDate.ts";
import { loadFacts } from "../../../src/story/facts.ts";
import { loadSources } from "../../../src/story/sources.ts";

describe("formatDate", () => {
  it("keeps a date only as precise as it is known", () => {
    expect(formatDate("1868", "zh-hant")).toBe("1868年");
    expect(formatDate("1984-03", "zh-hant")).toBe("1984年3月");
    expect(formatDate("1983-10-12", "zh-hant")).toBe("1983年10月12日");
    expect(formatDate("1983-10-12", "en")).toBe("12 October 1983");
    expect(formatDate("2019-08", "en")).toBe("August 2019");
  });

  it("rejects malformed dates", () => {
    expect(() => formatDate("83-10", "en")).toThrow(/not YYYY/);
    expect(() => formatDate("1983-13", "en")).toThrow(/out of range/);
  });

  it("places dates on a time axis in order", () => {
    expect(yearOf("2019-09-25")).toBe(2019);
    expect(decimalYear("1868")).toBe(1868.5);
    expect(decimalYear("1983-10-12")).toBeCloseTo(1983 + (9 + 11 / 31) / 12);
    expect(decimalYear("1984-03")).toBeLessThan(decimalYear("1984-06"));
  });
});

describe("formatDate with Intl, for every date of the story", () => {
  const months = "January February March April May June July August September October November December".split(" ");
  // The rule Intl.DateTimeFormat replaced, written out.
  const byHand = (date: string, english: boolean) => {
    const [year, month, day] = date.split("-").map(Number);
    const monthName = month ? months[month - 1] : undefined;
    if (english) return [day, monthName, year].filter((part) => part !== undefined).join(" ");
    return `${year}年${month ? `${month}月` : ""}${day ? `${day}日` : ""}`;
  };

  it("writes each date of the facts and sources as the hand-written rule did, in every edition", () => {
    const dates = [
      ...[...loadFacts().values()].flatMap((fact) => (fact.kind === "date" ? [fact.date] : [])),
      ...[...loadSources().values()].flatMap((source) => (source.date ? [source.date] : [])),
    ];
    expect(dates.length).toBeGreaterThan(10);
    for (const date of dates) {
      expect(formatDate(date, "zh-hant")).toBe(byHand(date, false));
      expect(formatDate(date, "zh-hans")).toBe(byHand(date, false));
      expect(formatDate(date, "en")).toBe(byHand(date, true));
    }
  });
});
