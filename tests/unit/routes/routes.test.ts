import { describe, expect, it } from "vitest";
import { editionPages, routes, siteRoot } from "../../../src/routes/routes.ts";

describe("routes", () => {
  it("gives every page of an edition below the base path", () => {
    expect(routes.root()).toBe("/");
    expect(siteRoot()).toBe("/");
    expect(routes.cover("en")).toBe("/en/");
    expect(routes.chapter("zh-hant", "farmers-city")).toBe("/zh-hant/farmers-city/");
    expect(routes.glossary("en")).toBe("/en/glossary/");
    expect(routes.print("zh-hans")).toBe("/zh-hans/print/");
    expect(routes.handout("zh-hant")).toBe("/zh-hant/handout/");
    expect(routes.guide("en")).toBe("/en/teach/");
    expect(routes.worksheet("zh-hant")).toBe("/zh-hant/teach/worksheet/");
    expect(routes.manifest("en")).toBe("/en/manifest.webmanifest");
    expect(routes.offlineList("en")).toBe("/en/offline.json");
  });

  it("opens a page at a step, a term or a chapter's discussion notes", () => {
    expect(routes.chapter("en", "farmers-city", "town-1993")).toBe("/en/farmers-city/#town-1993");
    expect(routes.stepPage("en", "farmers-city", "town-1993")).toBe("/en/farmers-city/step/town-1993/");
    expect(routes.slides("en", "farmers-city", "town-1993")).toBe("/en/farmers-city/?present#town-1993");
    expect(routes.slides("en", "farmers-city")).toBe("/en/farmers-city/?present");
    expect(routes.glossary("zh-hant", "hukou")).toBe("/zh-hant/glossary/#glossary-hukou");
    expect(routes.guide("zh-hans", "farmers-city")).toBe("/zh-hans/teach/#discuss-farmers-city");
  });

  it("names files by what they hold and keeps an edition's page paths in one table", () => {
    expect(routes.csv("en", "growth")).toBe("/en/data/registered-businesses.csv");
    expect(routes.icon(192)).toBe("/icons/icon-192.png");
    expect(routes.preview("en", "farmers-city/")).toBe("/og/en/farmers-city.png");
    expect(routes.page("zh-hant", editionPages.guide)).toBe(routes.guide("zh-hant"));
    expect(routes.page("en", editionPages.cover)).toBe(routes.cover("en"));
  });

  it("makes a route a full address on the site's origin", () => {
    expect(routes.absolute(routes.chapter("en", "farmers-city"), "https://example.org")).toBe(
      "https://example.org/en/farmers-city/",
    );
  });
});
