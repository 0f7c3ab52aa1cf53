import { describe, expect, it } from "vitest";
import { sensorsSpec } from "../../../../src/charts/sensors/spec.ts";
import { loadFacts } from "../../../../src/story/facts.ts";

const facts = loadFacts();
const data = sensorsSpec.load("zh-hant", facts);

describe("sensorsSpec", () => {
  it("draws one mark per hundred feeds or sensors, labelled with the sourced figure", () => {
    expect(data.groups.map((group) => group.marks)).toEqual([97, 94]);
    expect(data.groups[0]?.label).toBe("錄影監控：超過9700路");
    expect(data.groups[1]?.label).toBe("物聯網感測器：近9400個");
  });

  it("rejects a group that does not exist", () => {
    expect(sensorsSpec.check(data, { show: ["drones"] })).toMatch(/"drones" is not a group.*video/);
    expect(sensorsSpec.check(data, { show: ["video", "sensors"], connected: true })).toBeNull();
  });

  it("says what is on the field and that it is schematic", () => {
    const text = sensorsSpec.describe(data, { show: ["video"] }, "zh-hant");
    expect(text).toContain("超過9700路");
    expect(text).not.toContain("9400");
    expect(text).toContain("示意");
    const english = sensorsSpec.load("en", facts);
    expect(sensorsSpec.describe(english, { show: ["video", "sensors"], connected: true }, "en")).toContain(
      "One network",
    );
  });

  it("lists the groups' facts", () => {
    for (const id of sensorsSpec.factIds()) expect(facts.has(id)).toBe(true);
  });

  it("downloads the counts themselves, not the marks", () => {
    expect(sensorsSpec.records("zh-hant", facts).map((record) => record.value)).toEqual([9700, 9400]);
  });
});
