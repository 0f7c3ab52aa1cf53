import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { pictogramSpec } from "../../../../src/charts/pictogram/spec.ts";
import { loadFacts } from "../../../../src/story/facts.ts";

const facts = loadFacts();

afterEach(() => {
  delete process.env.CONTENT_DATA_DIR;
});

describe("pictogramSpec", () => {
  it("turns a percent fact into a hundred units and a one-in-N fact into N", () => {
    const data = pictogramSpec("shares").load("zh-hant", facts);
    const youth = data.panels.find((panel) => panel.id === "youth");
    expect(youth?.units).toHaveLength(100);
    expect(youth?.units.filter((unit) => unit.tone === "on")).toHaveLength(25);
    expect(youth?.value).toBe("龍港：25%");
    const bosses = data.panels.find((panel) => panel.id === "bosses");
    expect(bosses?.units.map((unit) => unit.tone)).toEqual(["on", "off", "off", "off"]);
  });

  it("marks a reduction as cut units and splits departments into their two parts", () => {
    const data = pictogramSpec("departments").load("zh-hant", facts);
    const institutions = data.panels.find((panel) => panel.id === "institutions");
    expect(institutions?.units.filter((unit) => unit.tone === "cut")).toHaveLength(60);
    const departments = data.panels.find((panel) => panel.id === "departments");
    expect(departments?.units.filter((unit) => unit.tone === "on")).toHaveLength(6);
    expect(departments?.units.filter((unit) => unit.tone === "alt")).toHaveLength(9);
  });

  it("labels item units with their claims and fills figures from facts", () => {
    const data = pictogramSpec("projects").load("zh-hant", facts);
    const opened = data.panels.find((panel) => panel.id === "opened");
    expect(opened?.units.map((unit) => unit.label)).toContain("國家圖書館龍港運營館");
    expect(data.panels.find((panel) => panel.id === "half-year")?.note).toBe("總投資超過300億元");
  });

  it("has English text for every panel", () => {
    for (const name of ["departments", "shares", "projects"]) {
      const data = pictogramSpec(name).load("en", facts);
      for (const panel of data.panels) expect(panel.title).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("rejects panels that do not exist, naming the ones that do", () => {
    const spec = pictogramSpec("shares");
    const data = spec.load("zh-hant", facts);
    expect(spec.check(data, { panels: ["nope"] })).toMatch(/"nope" is not a panel.*bosses/);
    expect(spec.check(data, { panels: ["youth"], focus: "nope" })).toMatch(/"nope"/);
    expect(spec.check(data, { panels: ["youth", "youth-province"], focus: "youth" })).toBeNull();
  });

  it("describes only the panels shown and tabulates them all", () => {
    const spec = pictogramSpec("shares");
    const data = spec.load("zh-hant", facts);
    const text = spec.describe(data, { panels: ["livelihood"] }, "zh-hant");
    expect(text).toContain("超過80%");
    expect(text).not.toContain("25%");
    for (const id of spec.factIds()) expect(facts.has(id)).toBe(true);
  });

  it("writes a panel's list of items straight after the title that introduces it", () => {
    const spec = pictogramSpec("projects");
    const zh = spec.describe(spec.load("zh-hant", facts), { panels: ["opened"] }, "zh-hant");
    expect(zh).toContain("一批重點民生建設，包括：溫州醫科大學附屬第一醫院龍港院區、");
    const en = spec.describe(spec.load("en", facts), { panels: ["opened"] }, "en");
    expect(en).toContain("Key public projects, among them: Longgang campus of the First Affiliated Hospital");
  });

  it("reads a figure and the title that goes on from it as one English phrase", () => {
    const spec = pictogramSpec("shares");
    const en = spec.describe(spec.load("en", facts), { panels: ["bosses", "livelihood"] }, "en");
    expect(en).toContain("One in 4 residents is a “boss”");
    expect(en).toContain("More than 80% of fiscal revenue");
    const zh = spec.describe(spec.load("zh-hant", facts), { panels: ["bosses"] }, "zh-hant");
    expect(zh).toContain("每4人有一位，「老闆」");
  });

  it("refuses parts that do not add up to their total", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "longgang-units-"));
    for (const file of ["facts.json", "sources.json"])
      writeFileSync(path.join(dir, file), readFileSync(path.join("content/data", file)));
    writeFileSync(
      path.join(dir, "bad.json"),
      JSON.stringify([
        {
          id: "departments",
          kind: "parts",
          fact: "communities",
          parts: ["party-departments", "government-departments"],
          value: { "zh-hant": "x" },
          title: { "zh-hant": "x" },
        },
      ]),
    );
    process.env.CONTENT_DATA_DIR = dir;
    expect(() => pictogramSpec("bad").load("zh-hant", facts)).toThrow(/add up to 15, not 102/);
  });
});
