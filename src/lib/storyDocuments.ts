import type { Locale } from "../i18n/locales.ts";
import { ui } from "../i18n/ui.ts";
import { teachLinks } from "./teachLinks.ts";
import { withBase } from "./withBase.ts";

/** A page of the story that is not a chapter, as the cover and the contents menu list it. */
export interface StoryDocument {
  href: string;
  label: string;
}

/** The story's documents beside its chapters, in the order a reader wants them: one-page handout, the whole story to print, glossary, classroom pages. */
export function storyDocuments(locale: Locale): StoryDocument[] {
  const strings = ui(locale);
  return [
    { href: teachLinks.handout(locale), label: strings.onePage },
    { href: withBase(`${locale}/print/`), label: strings.handout },
    { href: withBase(`${locale}/glossary/`), label: strings.glossary },
    { href: teachLinks.guide(locale), label: strings.teach.guide },
    { href: teachLinks.worksheet(locale), label: strings.teach.worksheetLink },
  ];
}
