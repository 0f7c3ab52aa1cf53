import { describe, expect, it, vi } from "vitest";
import { placeholderSiteUrl, siteUrl, siteUrlWarning } from "../../../src/share/siteUrl.ts";

describe("siteUrl", () => {
  it("is the placeholder without SITE_URL, and the origin with it", () => {
    expect(siteUrl(undefined)).toBe(placeholderSiteUrl);
    expect(siteUrl(" ")).toBe(placeholderSiteUrl);
    expect(siteUrl("https://example.org/")).toBe("https://example.org");
  });

  it("refuses what is not a site's origin, saying what to write", () => {
    expect(() => siteUrl("example.org")).toThrow(/not an absolute URL.*https:\/\/example.org/);
    expect(() => siteUrl("ftp://example.org")).toThrow(/must start with https:\/\//);
    expect(() => siteUrl("https://example.org/longgang/")).toThrow(/put the sub-folder in BASE_PATH/);
  });
});

describe("siteUrlWarning", () => {
  const warnings = (env: string | undefined) => {
    vi.stubEnv("SITE_URL", env);
    const logger = { warn: vi.fn() };
    const hook = siteUrlWarning().hooks["astro:build:start"] as unknown as (options: { logger: typeof logger }) => void;
    hook({ logger });
    vi.unstubAllEnvs();
    return logger.warn.mock.calls.map(([message]) => String(message));
  };

  it("warns a build without SITE_URL that shared links and QR codes point to the placeholder", () => {
    const [message] = warnings(undefined);
    expect(message).toMatch(/SITE_URL is not set/);
    expect(message).toMatch(/QR codes/);
    expect(message).toContain(placeholderSiteUrl);
  });

  it("says nothing to a build with the real address", () => {
    expect(warnings("https://example.org")).toEqual([]);
  });
});
