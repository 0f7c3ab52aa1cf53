import { readFileSync, globSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Size } from "../../../../src/charts/chartTypes.ts";
import { chartRows } from "../../../../src/charts/build/chartRows.ts";
import { recordsTable } from "../../../../src/charts/build/recordsTable.ts";
import { chartSpecs } from "../../../../src/charts/build/chartSpecs.ts";
import { commonStrings } from "../../../../src/charts/build/commonStrings.ts";
import { loadFacts } from "../../../../src/story/facts.ts";
import { toSimplified } from "../../../../src/i18n/toSimplified.ts";
import { cardChartSizes } from "../../../../src/share/cardLayout.ts";
import { chapterSections, type ChapterSection } from "../chapterStates.ts";
import { drawn } from "../fixtures.ts";

const facts = loadFacts();
/** Reading on a desktop and a phone, a phone with text at 200%, a projector slide. */
const sizes: Record<string, Size> = {
  desktop: { width: 640, height: 440, fontSize: 15 },
  phone: { width: 358, height: 300, fontSize: 13 },
  zoomed: { width: 288, height: 330, fontSize: 26 },
  slide: { width: 1700, height: 560, fontSize: 27 },
};
const fullWidth = /[：（），、。；「」]/;
const straightQuote = /["']/;

let sections: ChapterSection[] = [];
beforeAll(async () => {
  sections = await chapterSections();
}, 60_000);

describe("chartSpecs", () => {
  it("holds a spec for every chart the chapters name", () => {
    expect(sections.length).toBeGreaterThan(10);
    for (const section of sections) expect(chartSpecs[section.chart], section.chart).toBeDefined();
  });

  it("draws every step of every chapter at every size with no negative, empty or missing geometry", () => {
    const problems: string[] = [];
    for (const section of sections) {
      const spec = chartSpecs[section.chart];
      if (!spec) continue;
      const data = spec.load(section.locale, facts);
      for (const step of section.steps)
        for (const [name, size] of Object.entries(sizes)) {
          const svg = drawn(spec.chart, data, step.state, size);
          const where = `${section.file} #${step.id} (${name})`;
          for (const element of svg.querySelectorAll("*"))
            for (const attribute of ["width", "height", "r", "x", "y", "cx", "cy", "d", "transform", "font-size"]) {
              const value = element.getAttribute(attribute);
              if (value === null) continue;
              if (/NaN|Infinity|undefined/.test(value))
                problems.push(`${where}: <${element.localName}> ${attribute}="${value}"`);
              if (["width", "height", "r", "font-size"].includes(attribute) && Number(value) < 0)
                problems.push(`${where}: <${element.localName}> ${attribute}="${value}"`);
            }
          for (const text of svg.querySelectorAll("text"))
            if (!text.textContent?.trim())
              problems.push(`${where}: an empty <text class="${text.getAttribute("class")}">`);
        }
    }
    expect(problems).toEqual([]);
  });

  it("breaks every label's lines as a typesetter would, on the pages and the cards", () => {
    const problems: string[] = [];
    const allSizes = [...Object.entries(sizes), ...cardChartSizes.map((size, i) => [`card ${i}`, size] as const)];
    for (const section of sections) {
      const spec = chartSpecs[section.chart];
      if (!spec) continue;
      const data = spec.load(section.locale, facts);
      // A unit is written straight after its number (1000米); "2024 常住" is a year and a word, a space apart.
      const written = JSON.stringify(data);
      for (const step of section.steps)
        for (const [name, size] of allSizes)
          for (const text of drawn(spec.chart, data, step.state, size).querySelectorAll("text")) {
            const lines = [...text.querySelectorAll("tspan")].map((tspan) => tspan.textContent ?? "");
            lines.forEach((line, i) => {
              const where = `${section.file} #${step.id} (${name}): "${lines.join(" | ")}"`;
              if (i > 0 && /^[、。，：；！？）」』]/.test(line))
                problems.push(`${where}: a line starts with ${line[0]}`);
              const number = /[0-9]+$/.exec(lines[i - 1] ?? "")?.[0];
              if (i > 0 && number && /^\p{Script=Han}/u.test(line) && written.includes(number + line.slice(0, 1)))
                problems.push(`${where}: a number apart from its unit`);
            });
          }
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it("writes every English chart string with typographic quotes and no full-width punctuation", () => {
    const leaves = (tree: unknown): string[] =>
      typeof tree === "string" ? [tree] : Object.values(tree as Record<string, unknown>).flatMap(leaves);
    const tables = globSync("src/charts/*/strings.json").map((file) => ({
      file,
      english: (JSON.parse(readFileSync(file, "utf8")) as { en: unknown }).en,
    }));
    expect(tables.length).toBeGreaterThan(5);
    for (const { file, english } of [...tables, { file: "commonStrings", english: commonStrings("en") }])
      for (const text of leaves(english)) {
        expect(text, `${file}: ${text}`).not.toMatch(fullWidth);
        expect(text, `${file}: ${text}`).not.toMatch(straightQuote);
      }
  });

  it("writes the Simplified edition's words in Simplified, all converted from the Traditional ones", () => {
    for (const [id, spec] of Object.entries(chartSpecs)) {
      const data = spec.load("zh-hans", facts);
      const table = recordsTable(chartRows(spec, "zh-hans", facts), "zh-hans", facts);
      const states = sections
        .filter((section) => section.chart === id && section.locale === "zh-hant")
        .flatMap((section) => section.steps);
      const texts = [
        ...states.map((step) => spec.describe(data, step.state, "zh-hans")),
        ...table.columns,
        ...table.rows.flat(),
        ...spec.records("zh-hans", facts).flatMap((record) => [record.label, record.unit, record.note]),
      ];
      for (const text of texts) expect(toSimplified(text), `${id}: ${text}`).toBe(text);
    }
  });

  it("lists only facts that exist, and downloads a record of every figure with a fact behind it", () => {
    for (const [id, spec] of Object.entries(chartSpecs)) {
      for (const factId of spec.factIds()) expect(facts.has(factId), `${id}: ${factId}`).toBe(true);
      const records = spec.records("en", facts);
      expect(records.length, id).toBeGreaterThan(0);
      for (const record of records) expect(spec.factIds(), `${id}: ${record.fact}`).toContain(record.fact);
    }
  });
});

describe("chart code", () => {
  it("never branches on the edition: chart words come from string tables", () => {
    const offenders = globSync("src/charts/**/*.ts").filter((file) =>
      /locale\s*===|===\s*locale|"(en|zh-hans|zh-hant)"\s*\?/.test(readFileSync(file, "utf8")),
    );
    expect(offenders).toEqual([]);
  });
});
