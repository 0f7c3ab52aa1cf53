import { describe, expect, it } from "vitest";
import { handoverSpec } from "../../../../src/charts/handover/spec.ts";
import { loadFacts } from "../../../../src/story/facts.ts";

const facts = loadFacts();
const data = handoverSpec.load("zh-hant", facts);

describe("handoverSpec", () => {
  it("takes the functions and the partners' counts from their facts", () => {
    expect(data.sourceLabel).toBe("政府轉出83項職能");
    expect(data.partners.map((partner) => partner.count)).toEqual([17, 59, 6]);
    expect(data.partners.map((partner) => partner.label)).toEqual(["社會組織：17家", "企事業單位：59家", "院校：6家"]);
  });

  it("rejects partners that do not exist", () => {
    expect(handoverSpec.check(data, { partners: ["banks"] })).toMatch(/"banks" is not a partner.*social/);
    expect(handoverSpec.check(data, { partners: ["social"], focus: "banks" })).toMatch(/"banks"/);
    expect(handoverSpec.check(data, { partners: ["social"], focus: "social" })).toBeNull();
  });

  it("describes the ribbons shown and says what their width means", () => {
    const text = handoverSpec.describe(data, { partners: ["social"] }, "zh-hant");
    expect(text).toContain("社會組織：17家");
    expect(text).not.toContain("院校");
    expect(text).toContain("承接單位的數目");
    expect(handoverSpec.describe(handoverSpec.load("en", facts), { partners: [] }, "en")).toContain("83");
  });

  it("lists defined facts", () => {
    expect(handoverSpec.factIds()).toEqual(expect.arrayContaining(["functions-transferred", "partner-colleges"]));
    for (const id of handoverSpec.factIds()) expect(facts.has(id)).toBe(true);
  });
});
