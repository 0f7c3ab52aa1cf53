import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadFacts } from "../../../src/story/facts.ts";
import { loadSources } from "../../../src/story/sources.ts";

/** The hand-written chapters, by edition, as paragraphs (blank-line separated). */
const editions = ["zh-hant", "en"] as const;
const chapters = editions.flatMap((edition) => {
  const dir = path.join("content/chapters", edition);
  return readdirSync(dir)
    .filter((file) => file.endsWith(".mdx"))
    .map((file) => ({ edition, file: `${dir}/${file}`, text: readFileSync(path.join(dir, file), "utf8") }));
});
const paragraphs = chapters.flatMap(({ edition, file, text }) =>
  text.split(/\n\s*\n/).map((paragraph) => ({ edition, file, paragraph })),
);
const idsIn = (paragraph: string) => [...paragraph.matchAll(/<(?:Fact|Cite) id="([a-z0-9-]+)"/g)].map(([, id]) => id);

describe("the chapters' wording", () => {
  it("name the press and Wikipedia where a statement comes from them, as the sourcing rules ask", () => {
    const facts = loadFacts();
    const sources = loadSources();
    // A PRESS source is named by its publisher: 《解放日報》, Jiefang Daily.
    const named = (
      trust: string,
      publisher: Record<(typeof editions)[number], string>,
      edition: (typeof editions)[number],
    ) =>
      trust === "WIKI"
        ? { "zh-hant": "維基百科", en: "Wikipedia" }[edition]
        : trust === "PRESS"
          ? edition === "zh-hant"
            ? `《${publisher["zh-hant"]}》`
            : publisher.en
          : undefined;
    const missing: string[] = [];
    for (const { edition, file, paragraph } of paragraphs)
      for (const id of idsIn(paragraph)) {
        const source = sources.get(facts.get(id ?? "")?.source ?? "");
        const name = source && named(source.trust, source.publisher, edition);
        if (name && !paragraph.includes(name)) missing.push(`${file}: "${id}" without naming ${name}`);
      }
    expect(missing).toEqual([]);
  });

  it("do not bring back the slips corrected in review", () => {
    // Each phrase overstated or misattributed what the sources say.
    const slips = [
      /都靠一條渡船/, // village ferries ran too
      /當地的說法|local phrase/, // the phrase is Xinhua's wording
      /撐船/, // the gazetteer says the ferries "ran"
      /當時罕見|rare at the time/, // no source says so
      /二十多倍|twentyfold/, // holds for one population baseline only
      /所有開工項目|every project started/, // the 52 are major projects
    ];
    const found = chapters.flatMap(({ file, text }) =>
      slips.filter((slip) => slip.test(text)).map((slip) => `${file}: ${slip.source}`),
    );
    expect(found).toEqual([]);
  });

  it("attribute the income ratio to the report, not to the assessment", () => {
    // The 1.92 → 1.79 ratio is in the report's own account of today, not among the assessment's findings.
    const ratio = paragraphs.filter(({ paragraph }) => /income-ratio-(before|now)/.test(paragraph));
    expect(ratio.length).toBeGreaterThanOrEqual(4);
    for (const { file, paragraph } of ratio) expect(paragraph, file).not.toMatch(/評估報告|assessment/);
  });

  it("leave out the dates no named, dated report in the archive gives", () => {
    // The inauguration (and so the fifth anniversary, counted from it) and the December 2014 pilot.
    const unsourced = /<(?:Fact|Cite) id="(?:city-inaugurated|fifth-anniversary|pilot-town-2014)"/;
    const found = chapters.filter(({ text }) => unsourced.test(text)).map(({ file }) => file);
    expect(found).toEqual([]);
  });
});
