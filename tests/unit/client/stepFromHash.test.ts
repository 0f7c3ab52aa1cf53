import { describe, expect, it } from "vitest";
import { stepFromHash } from "../../../src/client/stepFromHash.ts";

const steps = [{ id: "ferry" }, { id: "town-approved" }];

describe("stepFromHash", () => {
  it("finds the step a hash names", () => {
    expect(stepFromHash("#town-approved", steps)).toBe(1);
    expect(stepFromHash("#ferry", steps)).toBe(0);
  });

  it("ignores unknown, malformed and huge hashes", () => {
    expect(stepFromHash("", steps)).toBeNull();
    expect(stepFromHash("#nope", steps)).toBeNull();
    expect(stepFromHash("#%E0%A4%A", steps)).toBeNull();
    expect(stepFromHash(`#${"x".repeat(5000)}`, steps)).toBeNull();
    expect(stepFromHash("ferry", steps)).toBeNull();
  });
});
