/**
 * Every chapter, in every edition, as a text browser shows it (Debian's w3m, which reads no CSS and
 * runs no script; .ci/run installs it): glossary definitions are notes after the prose, never words
 * in the middle of a sentence; chart labels are separate words, never numbers run together; and the
 * teacher's notes and the slide controls, which are for presenting, are not part of the text.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parseHTML } from "linkedom";
import { publishedLocales } from "../../src/i18n/locales.ts";
import { ui } from "../../src/i18n/ui.ts";
import { assertNone, distPages } from "./distPages.ts";

const chapters = distPages().filter((page) => page.chapter);

/** The page as w3m prints it, one paragraph to a line (no wrapping). */
function textDump(file: string): string {
  const run = spawnSync("w3m", ["-dump", "-cols", "5000", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", file], {
    encoding: "utf8",
  });
  assert.ok(!run.error, `w3m could not run (apt-get install w3m): ${run.error?.message}`);
  return run.stdout;
}

/**
 * How many `<Notes>` a chapter page's MDX holds (the build writes the Simplified edition's MDX from
 * the Traditional one), so the check below reads every note written, however few the story keeps.
 */
const notesWritten = (path: string) =>
  readFileSync(`content/chapters/${path.replace(/\/$/, "")}.mdx`, "utf8").match(/<Notes\b/g)?.length ?? 0;

/** The edition a page belongs to, from its path. */
const editionOf = (path: string) => publishedLocales.find((locale) => path.startsWith(`${locale}/`));

/**
 * Numbers run together: a thousands group glued to the next number ("50,000100,000"), two years in a
 * row ("20192024"), two decimals in a row ("1.751.8"), a percentage glued to a number.
 */
const runTogether = /\d,\d{3}\d|(?<!\d)(?:19|20)\d\d(?:19|20)\d\d(?!\d)|\d\.\d+\.\d|\d%\d/;

const dumps = chapters.map((page) => ({ ...page, text: textDump(page.file) }));

describe("a chapter in a text browser", () => {
  it("has every chapter of every edition to read", () => {
    assert.ok(dumps.length >= 21, `${dumps.length} chapters`);
    for (const { path, text } of dumps) assert.ok(text.length > 2000, `/${path}: only ${text.length} characters`);
  });

  it("sets glossary definitions apart, as notes after the prose, never inside a sentence", () => {
    const problems: string[] = [];
    for (const { path, html, text } of dumps) {
      const { document } = parseHTML(html);
      const tips = [...document.querySelectorAll("a[data-term]")];
      if (tips.length === 0) problems.push(`/${path}: no glossary term found`);
      for (const link of tips) {
        const note = document.getElementById(link.getAttribute("aria-describedby") ?? "");
        const definition = note?.textContent?.trim() ?? "";
        if (!definition) problems.push(`/${path}: term "${link.textContent}" has no note`);
        const line = text.split("\n").find((candidate) => candidate.includes(definition)) ?? "";
        // The note's line holds the definition alone (a <dd>), not the sentence that uses the term.
        if (line.trim() !== definition)
          problems.push(`/${path}: "${definition}" inside "${line.trim().slice(0, 80)}…"`);
      }
    }
    assertNone(problems, "definitions in the prose");
  });

  it("separates chart labels: no numbers run together", () => {
    const problems = dumps.flatMap(({ path, text }) =>
      text
        .split("\n")
        .filter((line) => runTogether.test(line))
        .map((line) => `/${path}: ${line.match(runTogether)?.[0]} in "${line.trim().slice(0, 100)}"`),
    );
    assertNone(problems, "run-together numbers");
  });

  it("shows no teacher's notes and no slide controls", () => {
    const problems: string[] = [];
    let notesChecked = 0;
    let notesExpected = 0;
    for (const { path, html, text } of dumps) {
      const { document } = parseHTML(html);
      const flat = text.replace(/\s+/g, " ");
      notesExpected += notesWritten(path);
      if (document.querySelector("template")) problems.push(`/${path}: a <template> (w3m prints its content)`);
      // The notes are kept as JSON for the presenter's script (InertHtml): their words must not be read.
      for (const script of document.querySelectorAll('script[data-inert-html="notes"]')) {
        const words = (JSON.parse(script.textContent ?? '""') as string)
          .replace(/<[^>]+>/g, " ")
          .replace(/\s+/g, " ")
          .trim()
          .slice(0, 40);
        notesChecked += 1;
        if (words && flat.includes(words)) problems.push(`/${path}: teacher's notes "${words}…"`);
      }
      const strings = ui(editionOf(path) ?? "en");
      const controls = [
        strings.previousSlide,
        strings.nextSlide,
        strings.exitPresentation,
        strings.presenterView,
        strings.elapsed.split("{")[0] ?? "",
        strings.noNotes,
      ];
      for (const label of controls)
        if (text.split("\n").some((line) => line.trim().startsWith(label.trim())))
          problems.push(`/${path}: the control "${label.trim()}"`);
    }
    assert.ok(notesExpected > 0, "no chapter has teacher's notes to check");
    assert.equal(notesChecked, notesExpected, "every <Notes> of every chapter is read as the presenter keeps it");
    assertNone(problems, "presentation text");
  });
});
