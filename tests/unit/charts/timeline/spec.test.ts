import { describe, expect, it } from "vitest";
import { timelineSpec } from "../../../../src/charts/timeline/spec.ts";
import { loadFacts } from "../../../../src/story/facts.ts";

const data = timelineSpec.load("zh-hant", loadFacts());

describe("timelineSpec", () => {
  it("resolves each event's date from its fact, in order", () => {
    const ferry = data.events.find((event) => event.id === "ferry");
    expect(ferry?.dateLabel).toBe("1868年");
    const positions = data.events.map((event) => event.at);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("rejects a focus that is not an event, naming the valid ones", () => {
    expect(timelineSpec.check(data, { from: 1860, to: 2026, upTo: 1990, focus: "nope" })).toMatch(
      /not an event.*ferry/,
    );
    expect(timelineSpec.check(data, { from: 1860, to: 2026, upTo: 1990, focus: "ferry" })).toBeNull();
  });

  it("rejects a window that ends before it starts", () => {
    expect(timelineSpec.stateSchema.safeParse({ from: 2000, to: 1990, upTo: 1995 }).success).toBe(false);
  });

  it("describes a state in words that name what is shown", () => {
    const text = timelineSpec.describe(data, { from: 1860, to: 2026, upTo: 1984, focus: "town-approved" }, "zh-hant");
    expect(text).toContain("1983年10月12日");
    expect(text).toContain("方岩渡建成");
    expect(text).not.toContain("龍港市掛牌");
  });

  it("downloads each event's date as YYYY-MM-DD", () => {
    const records = timelineSpec.records("en", loadFacts());
    expect(records.find((record) => record.fact === "town-approved")).toMatchObject({
      label: "Province approves the town",
      value: "1983-10-12",
    });
  });
});
