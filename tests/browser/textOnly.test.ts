import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parseHTML } from "linkedom";
import { chapterPaths } from "./harness.ts";

const chapters = [...chapterPaths, ...chapterPaths.map((path) => path.replace("zh-hant/", "en/"))];

/** What a browser without scripts or styles (w3m, a reader view) prints of a built page: every text but scripts'. */
function textOnly(html: string): { text: string; notes: string[]; templates: number } {
  const { document } = parseHTML(html);
  // The notes' words, without their markup (a note starts with a paragraph's text).
  const notes = [...document.querySelectorAll('script[data-inert-html="notes"]')].map((script) =>
    (JSON.parse(script.textContent ?? '""') as string).replace(/<[^>]+>/g, ""),
  );
  const templates = document.querySelectorAll("template").length;
  document.querySelectorAll("script, style").forEach((element) => element.remove());
  return { text: document.body.textContent ?? "", notes, templates };
}

describe("a chapter read without scripts (w3m, reader views)", () => {
  it("shows neither the teacher's notes nor the slide controls and timer", () => {
    const problems: string[] = [];
    let notesChecked = 0;
    for (const path of chapters) {
      const { text, notes, templates } = textOnly(readFileSync(`dist/${path}index.html`, "utf8"));
      if (templates > 0) problems.push(`/${path}: ${templates} <template> (w3m prints their content)`);
      for (const words of ["Elapsed", "已用時間", "Presenter view", "講者檢視", "Next slide", "Up next"])
        if (text.includes(words)) problems.push(`/${path}: shows “${words}”`);
      for (const note of notes) {
        const start = note.trim().slice(0, 40);
        notesChecked += 1;
        if (text.includes(start)) problems.push(`/${path}: shows the notes “${start}…”`);
      }
    }
    assert.ok(notesChecked > 20, `checked ${notesChecked} notes`);
    assert.equal(problems.length, 0, problems.join("\n"));
  });
});
