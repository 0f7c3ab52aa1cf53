import { compile } from "@mdx-js/mdx";
import { globSync, readFileSync } from "node:fs";
import path from "node:path";
import { VFile } from "vfile";
import { remarkScrolly } from "../../../src/mdx/remarkScrolly.ts";

export interface ChapterSection {
  file: string;
  locale: "zh-hant" | "en";
  chart: string;
  steps: { id: string; state: unknown }[];
}

/** Every scrolly section of every hand-written chapter, with its steps' checked states, as the build sees them. */
export async function chapterSections(): Promise<ChapterSection[]> {
  const files = globSync("content/chapters/{zh-hant,en}/*.mdx").sort();
  const sections: ChapterSection[] = [];
  for (const file of files) {
    // The frontmatter is YAML, not MDX; the sections are all the plugin needs.
    const body = readFileSync(file, "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
    const vfile = new VFile({
      path: path.join(process.cwd(), file),
      value: body,
      data: { astro: { frontmatter: {} } },
    });
    await compile(vfile, { remarkPlugins: [remarkScrolly] });
    const frontmatter = (
      vfile.data as { astro: { frontmatter: { scrollies: Omit<ChapterSection, "file" | "locale">[] } } }
    ).astro.frontmatter;
    const locale = file.includes("/en/") ? "en" : "zh-hant";
    for (const section of frontmatter.scrollies) sections.push({ file, locale, ...section });
  }
  return sections;
}
