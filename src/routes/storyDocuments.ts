import type { Locale } from "../i18n/locales.ts";
import { ui } from "../i18n/ui.ts";
import { routes } from "./routes.ts";

/** A page of the story that is not a chapter, as the cover and the contents menu list it. */
export interface StoryDocument {
  href: string;
  label: string;
}

/** The story's documents beside its chapters, in the order a reader wants them: one-page handout, the whole story to print, glossary, classroom pages. */
export function storyDocuments(locale: Locale): StoryDocument[] {
  const strings = ui(locale);
  return [
    { href: routes.handout(locale), label: strings.onePage },
    { href: routes.print(locale), label: strings.handout },
    { href: routes.glossary(locale), label: strings.glossary },
    { href: routes.guide(locale), label: strings.teach.guide },
    { href: routes.worksheet(locale), label: strings.teach.worksheetLink },
  ];
}
