import { globSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { drawChart } from "../../../src/charts/build/chartFigures.ts";
import type { Locale } from "../../../src/i18n/locales.ts";
import { chapterSections, type ChapterSection } from "./chapterStates.ts";

/**
 * Every step state of every edition, drawn as the page's static figure, is kept as an SVG file under
 * tests/snapshots/<edition>/<chapter>/<step>.svg, so a change in a picture shows as a diff in review.
 * A missing file is written; `npm run snapshots` rewrites them all (see CONTRIBUTING.md).
 */
const snapshotDir = path.join(process.cwd(), "tests", "snapshots");

/** One element a line, so a diff points at the mark that moved. */
const reviewable = (svg: string) => `${svg.replace(/></g, ">\n<")}\n`;

interface Snapshot {
  locale: Locale;
  section: ChapterSection;
  step: ChapterSection["steps"][number];
  file: string;
}

let snapshots: Snapshot[] = [];
beforeAll(async () => {
  const sections = await chapterSections();
  // The Simplified edition is the Traditional one converted, with the same steps.
  const editions = (section: ChapterSection): Locale[] =>
    section.locale === "zh-hant" ? ["zh-hant", "zh-hans"] : [section.locale];
  snapshots = sections.flatMap((section) =>
    editions(section).flatMap((locale) =>
      section.steps.map((step) => ({
        locale,
        section,
        step,
        file: path.join(snapshotDir, locale, path.basename(section.file, ".mdx"), `${step.id}.svg`),
      })),
    ),
  );
}, 60_000);

describe("chart snapshots", () => {
  it("draw every step of every edition as its snapshot shows", async () => {
    expect(snapshots.length).toBeGreaterThan(30);
    for (const { locale, section, step, file } of snapshots)
      await expect(reviewable(drawChart(section.chart, locale, step.state))).toMatchFileSnapshot(file);
  });

  it("keep no snapshot of a step that no longer exists (`npm run snapshots` clears them)", () => {
    const expected = new Set(snapshots.map((snapshot) => snapshot.file));
    const stale = globSync(path.join(snapshotDir, "**", "*.svg")).filter((file) => !expected.has(file));
    expect(stale).toEqual([]);
  });
});
