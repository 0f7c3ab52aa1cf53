import type { APIRoute, GetStaticPaths } from "astro";
import { render } from "astro:content";
import { chartSpecs } from "../../charts/chartSpecs.ts";
import { renderSvg } from "../../charts/renderSvg.ts";
import { getChapters, type Chapter } from "../../data/chapters.ts";
import { loadChartData } from "../../data/loadChartData.ts";
import { defaultLocale, publishedLocales, type Locale } from "../../i18n/locales.ts";
import { fill, ui } from "../../i18n/ui.ts";
import { getTeachEdition } from "../../data/teach.ts";
import { teachPages } from "../../lib/teachLinks.ts";
import { previewPath } from "../../share/previewPath.ts";
import { renderPreview } from "../../share/renderPreview.ts";

interface Props {
  locale: Locale;
  chapter: Chapter | null;
  isRoot: boolean;
  /** The line above a cover card's title: the handout's card says it is the handout. */
  kicker?: string;
  /** A page's own title and summary on a card that is not a chapter's (the teacher's pages). */
  title?: string;
  summary?: string;
}

/** One preview image per page of every edition: the covers, the handouts, the teacher's pages and every chapter. */
export const getStaticPaths: GetStaticPaths = async () => {
  const page = (locale: Locale, pagePath: string | null) =>
    previewPath(locale, pagePath)
      .replace(/^og\//, "")
      .replace(/\.png$/, "");
  const chapters = await getChapters();
  return [
    { params: { page: page(defaultLocale, null) }, props: { locale: defaultLocale, chapter: null, isRoot: true } },
    ...publishedLocales.map((locale) => ({
      params: { page: page(locale, "") },
      props: { locale, chapter: null, isRoot: false },
    })),
    ...publishedLocales.map((locale) => ({
      params: { page: page(locale, "print/") },
      props: { locale, chapter: null, isRoot: false, kicker: ui(locale).handoutTitle },
    })),
    ...(
      await Promise.all(
        publishedLocales.map(async (locale) => {
          const { guide, worksheet } = await getTeachEdition(locale);
          const card = (pagePath: string, { title, description }: { title: string; description: string }) => ({
            params: { page: page(locale, pagePath) },
            props: {
              locale,
              chapter: null,
              isRoot: false,
              kicker: ui(locale).teach.classroom,
              title,
              summary: description,
            },
          });
          return [card(teachPages.guide, guide.data), card(teachPages.worksheet, worksheet.data)];
        }),
      )
    ).flat(),
    ...publishedLocales.map((locale) => ({
      params: { page: page(locale, "glossary/") },
      props: { locale, chapter: null, isRoot: false, kicker: ui(locale).glossary },
    })),
    ...chapters.map((chapter) => ({
      params: { page: page(chapter.locale, `${chapter.slug}/`) },
      props: { locale: chapter.locale, chapter, isRoot: false },
    })),
  ];
};

async function signatureChart(chapter: Chapter): Promise<string | null> {
  const { remarkPluginFrontmatter } = await render(chapter.entry);
  const first = (
    remarkPluginFrontmatter["scrollies"] as { chart: string; steps: { state: unknown }[] }[] | undefined
  )?.[0];
  const spec = first ? chartSpecs[first.chart] : undefined;
  const state = first?.steps.at(-1)?.state;
  if (!first || !spec || state === undefined) return null;
  return renderSvg(spec.chart, loadChartData(first.chart, chapter.locale), state, { label: "" });
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const { locale, chapter } = props;
  const strings = ui(locale);
  const png = chapter
    ? await renderPreview({
        locale,
        siteTitle: strings.siteTitle,
        kicker: `${fill(strings.chapter, { n: chapter.entry.data.order })} · ${chapter.entry.data.years.from}–${chapter.entry.data.years.to}`,
        title: chapter.entry.data.title,
        summary: chapter.entry.data.summary,
        chartSvg: await signatureChart(chapter),
      })
    : await renderPreview({
        locale,
        siteTitle: strings.siteTitle,
        kicker: props.kicker ?? "",
        title: props.title ?? strings.siteTitle,
        summary: props.summary ?? strings.siteStandfirst,
        chartSvg: null,
      });
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
