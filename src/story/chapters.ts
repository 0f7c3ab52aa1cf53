import { getCollection, type CollectionEntry } from "astro:content";
import { chapterSlugs, type ChapterSlug } from "../schemas/chapter.ts";
import { isLocale, isPublishedLocale, locales, type Locale } from "../i18n/locales.ts";
import { ContentError } from "./contentError.ts";
import { readingMinutes } from "./readingMinutes.ts";

export interface Chapter {
  entry: CollectionEntry<"chapters">;
  locale: Locale;
  slug: ChapterSlug;
  minutes: number;
}

/**
 * Every chapter of every published edition, checked against the story's fixed list of slugs.
 * An edition still being written is checked but not published.
 */
export async function getChapters(): Promise<Chapter[]> {
  const entries = await getCollection("chapters");
  return entries
    .flatMap((entry) => {
      const file = `content/chapters/${entry.id}.mdx`;
      const [locale = "", slug = ""] = entry.id.split("/");
      if (!isLocale(locale))
        throw new ContentError(
          file,
          undefined,
          `"${locale}" is not an edition: use ${locales.map((known) => known.code).join(", ")}`,
        );
      if (!isPublishedLocale(locale)) return [];
      const position = chapterSlugs.indexOf(slug as ChapterSlug);
      if (position === -1)
        throw new ContentError(
          file,
          undefined,
          `"${slug}" is not a chapter; name the file one of: ${chapterSlugs.join(", ")}`,
        );
      if (entry.data.order !== position + 1)
        throw new ContentError(
          file,
          2,
          `order is ${entry.data.order} but "${slug}" is chapter ${position + 1}; set order: ${position + 1}`,
        );
      return [{ entry, locale, slug: slug as ChapterSlug, minutes: readingMinutes(entry.body ?? "", locale) }];
    })
    .sort((a, b) => a.entry.data.order - b.entry.data.order);
}

/** The chapters of one edition, in reading order. */
export async function getEditionChapters(locale: Locale): Promise<Chapter[]> {
  return (await getChapters()).filter((chapter) => chapter.locale === locale);
}
