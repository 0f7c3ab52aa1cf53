import { describe, expect, it } from "vitest";
import { decimalYear, formatDate, yearOf } from "../../../src/lib/formatDate.ts";

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
    expect(() => formatDate("1983-13", "en")).toThrow(/month out of range/);
  });

  it("places dates on a time axis in order", () => {
    expect(yearOf("2019-09-25")).toBe(2019);
    expect(decimalYear("1868")).toBe(1868.5);
    expect(decimalYear("1983-10-12")).toBeCloseTo(1983 + (9 + 11 / 31) / 12);
    expect(decimalYear("1984-03")).toBeLessThan(decimalYear("1984-06"));
  });
});
