import { describe, expect, it } from "vitest";
import { inMode } from "../../../../src/client/slides/presentationUrl.ts";

describe("inMode", () => {
  it("writes the mode bare, replacing the other one and keeping the hash", () => {
    expect(inMode("https://x.org/en/farmers-city/#town-1993", "present")).toBe(
      "https://x.org/en/farmers-city/?present#town-1993",
    );
    expect(inMode("https://x.org/en/farmers-city/?present#slide-2", "presenter")).toBe(
      "https://x.org/en/farmers-city/?presenter#slide-2",
    );
  });

  it("sets or clears the hash when one is given", () => {
    expect(inMode("https://x.org/en/a/?present#slide-3", "present", "#slide-end")).toBe(
      "https://x.org/en/a/?present#slide-end",
    );
    expect(inMode("https://x.org/en/a/?presenter#slide-3", null, "")).toBe("https://x.org/en/a/");
  });

  it("goes back to reading mode, keeping other parameters", () => {
    expect(inMode("https://x.org/en/a/?present&lang=1#step", null)).toBe("https://x.org/en/a/?lang=1#step");
  });
});
