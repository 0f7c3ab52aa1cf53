import { describe, expect, it } from "vitest";
import { metaPolicyHashes, withPageHashes } from "../../../src/integrations/hostHeaders.ts";

const page = (policy: string) => `<head><meta http-equiv="content-security-policy" content="${policy}"></head>`;
const headers = `/*\n  Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n`;

describe("metaPolicyHashes", () => {
  it("reads the hashes of script-src and style-src, not the other sources", () => {
    const hashes = metaPolicyHashes(
      page("default-src 'self'; script-src 'self' 'sha256-a='; style-src 'self' 'sha256-b='"),
    );
    expect(hashes.get("script-src")).toEqual(["'sha256-a='"]);
    expect(hashes.get("style-src")).toEqual(["'sha256-b='"]);
    expect(hashes.has("default-src")).toBe(false);
  });
});

describe("withPageHashes", () => {
  it("adds every page's hashes once, sorted, to the header policy's script-src and style-src", () => {
    const result = withPageHashes(headers, [
      page("script-src 'self' 'sha256-s2=' 'sha256-s1='; style-src 'self' 'sha256-c='"),
      page("script-src 'self' 'sha256-s1='; style-src 'self'"),
    ]);
    expect(result).toContain(
      "script-src 'self' 'sha256-s1=' 'sha256-s2='; style-src 'self' 'sha256-c='; frame-ancestors 'none'",
    );
    expect(result).toContain("X-Content-Type-Options: nosniff");
  });

  it("leaves the policy as it is when no page has an inline script or style", () => {
    expect(withPageHashes(headers, [page("script-src 'self'")])).toBe(headers);
  });
});
