import { sourceName } from "./sourceName.ts";
import type { Source } from "../schemas/source.ts";

/** A table cell: no line breaks, and a `|` that does not end the cell. */
const cell = (text: string) => text.replace(/\s+/g, " ").replace(/\|/g, "\\|");

/**
 * docs/sources.md: the story's sources as readers see them cited, one row each, from
 * content/data/sources.json (`npm run docs:sources` writes it; a unit test fails when it is stale).
 */
export function sourcesDoc(sources: Iterable<Source>): string {
  const rows = [...sources].map((source) => {
    const name = sourceName(source, "en");
    const publisher = name.chinese ? `${name.publisher} (${name.chinese})` : name.publisher;
    return `| ${[publisher, name.title, source.date ?? "—", source.url ?? "—"].map(cell).join(" | ")} |`;
  });
  return [
    "# Sources",
    "",
    "<!-- Written by `npm run docs:sources` from content/data/sources.json: edit that file, not this one. -->",
    "",
    "Every figure, date and claim in the story is a record in `content/data/facts.json`: its value, the source it",
    "comes from (an id in `content/data/sources.json`) and the passage of that source it rests on, quoted word for",
    "word. Readers see the citation (publisher, title or what the source is, date, link); a passage is shown as a",
    "quotation only where the source file is the publication's own words (`fullText`).",
    "",
    "| publisher | title or subject | date | link |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
}
