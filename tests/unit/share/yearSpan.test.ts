import { describe, expect, it } from "vitest";
import { yearSpan } from "../../../src/share/yearSpan.ts";

describe("yearSpan", () => {
  it("writes one year once and a span with an en dash", () => {
    expect(yearSpan({ from: 2024, to: 2024 })).toBe("2024");
    expect(yearSpan({ from: 2019, to: 2024 })).toBe("2019–2024");
  });
});
