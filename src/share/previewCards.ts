import { getChapters, type Chapter } from "../story/chapters.ts";
import { getTeachEdition } from "../classroom/teach.ts";
import { editionPages } from "../routes/routes.ts";
import { defaultLocale, localeInfo, publishedLocales, type Locale } from "../i18n/locales.ts";
import { fill, ui } from "../i18n/ui.ts";
import type { CardFigure, FigureStop } from "./cardFigure.ts";
import { cardChartSizes, thumbnailSize } from "./cardLayout.ts";
import { drawChart } from "../charts/build/chartFigures.ts";
import { chapterSteps, figureStep } from "../mdx/chapterSteps.ts";
import { stepExcerpt } from "./excerpt.ts";
import { previewPath } from "../routes/previewPath.ts";
import type { CardContent } from "./renderCard.ts";
import { yearSpan } from "./yearSpan.ts";

/** A step's chart as a card shows it, drawn at each of the card's sizes. */
function chartFigure(step: { chart: string; state: unknown }, locale: Locale): CardFigure {
  return { kind: "chart", candidates: cardChartSizes.map((size) => drawChart(step.chart, locale, step.state, size)) };
}

/** The years the whole story spans, from its chapters. */
function storyYears(chapters: Chapter[]) {
  return yearSpan({
    from: Math.min(...chapters.map((chapter) => chapter.entry.data.years.from)),
    to: Math.max(...chapters.map((chapter) => chapter.entry.data.years.to)),
  });
}

async function journeyStops(chapters: Chapter[]): Promise<FigureStop[]> {
  return Promise.all(
    chapters.map(async (chapter) => {
      const step = await figureStep(chapter, "cover");
      return {
        number: chapter.entry.data.order,
        svg: drawChart(step.chart, chapter.locale, step.state, thumbnailSize),
      };
    }),
  );
}

/** A chapter's card (at its card step) and the card of each of its steps. */
async function chapterCards(chapter: Chapter): Promise<[string, CardContent][]> {
  const { locale } = chapter;
  const strings = ui(locale);
  const cards: [string, CardContent][] = [];
  const { order, title, summary, years } = chapter.entry.data;
  const number = fill(strings.chapter, { n: order });
  const cardStep = await figureStep(chapter, "card");
  cards.push([
    previewPath(locale, `${chapter.slug}/`),
    {
      locale,
      header: strings.siteTitle,
      kicker: `${number} · ${yearSpan(years)}`,
      title,
      summary,
      figure: chartFigure(cardStep, locale),
    },
  ]);
  for (const step of await chapterSteps(chapter)) {
    const excerpt = stepExcerpt(step.headline, step.text);
    cards.push([
      previewPath(locale, `${chapter.slug}/step/${step.id}/`),
      {
        locale,
        header: strings.siteTitle,
        kicker: `${number} · ${title}`,
        title: excerpt.headline,
        summary: excerpt.summary || summary,
        figure: chartFigure(step, locale),
      },
    ]);
  }
  return cards;
}

async function editionCards(locale: Locale, chapters: Chapter[]): Promise<[string, CardContent][]> {
  const strings = ui(locale);
  const stops = await journeyStops(chapters);
  const cover: CardContent = {
    locale,
    header: strings.siteTitle,
    kicker: `${localeInfo(locale).name} · ${storyYears(chapters)}`,
    title: strings.siteTitle,
    summary: strings.siteStandfirst,
    figure: { kind: "journey", stops },
  };
  const cards: [string, CardContent][] = [
    [previewPath(locale, editionPages.cover), cover],
    [
      previewPath(locale, editionPages.print),
      {
        ...cover,
        kicker: strings.handoutTitle,
        summary: strings.handoutDescription,
        figure: { kind: "handout", stops },
      },
    ],
  ];
  const { guide, worksheet } = await getTeachEdition(locale);
  cards.push(
    [
      previewPath(locale, editionPages.glossary),
      { ...cover, kicker: strings.glossary, title: strings.glossary, summary: strings.glossaryDescription },
    ],
    [
      previewPath(locale, editionPages.handout),
      {
        ...cover,
        kicker: strings.teach.classroom,
        title: guide.data.handout.title,
        summary: strings.onePage,
        figure: { kind: "handout", stops },
      },
    ],
    ...[guide, worksheet].map((page, index): [string, CardContent] => [
      previewPath(locale, index === 0 ? editionPages.guide : editionPages.worksheet),
      {
        ...cover,
        kicker: strings.teach.classroom,
        title: page.data.title,
        summary: page.data.description,
        figure: { kind: "handout", stops },
      },
    ]),
  );
  if (locale === defaultLocale)
    cards.push([
      previewPath(locale, null),
      {
        ...cover,
        kicker: publishedLocales.map((edition) => localeInfo(edition).name).join(" · "),
      },
    ]);
  for (const chapter of chapters) cards.push(...(await chapterCards(chapter)));
  return cards;
}

/**
 * Every page's preview card, by the path of its image (see previewPath): the language cover, each
 * edition's cover, handout, glossary and teacher's pages, every chapter (at the step named in figureSteps) and every step.
 */
export async function previewCards(): Promise<Map<string, CardContent>> {
  const chapters = await getChapters();
  const cards = await Promise.all(
    publishedLocales.map((locale) =>
      editionCards(
        locale,
        chapters.filter((chapter) => chapter.locale === locale),
      ),
    ),
  );
  return new Map(cards.flat());
}
