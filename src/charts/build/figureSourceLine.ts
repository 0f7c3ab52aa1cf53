import { commonStrings } from "./commonStrings.ts";
import { fill } from "../../i18n/fill.ts";
import type { Locale } from "../../i18n/locales.ts";
import { ui } from "../../i18n/ui.ts";
import type { Fact } from "../../schemas/fact.ts";
import type { Source } from "../../schemas/source.ts";
import { sourceName } from "../../story/sourceName.ts";
import { sourceOrder } from "../../story/sourceOrder.ts";

/**
 * The line under a figure: who published its figures, in the order the chart first cites them. A
 * publisher of several sources (two Xinhua reports) is named once; the chapter's source list keeps
 * each report apart.
 */
export function figureSourceLine(
  factIds: Iterable<string>,
  facts: Map<string, Fact>,
  sources: Map<string, Source>,
  locale: Locale,
): string {
  const publishers = sourceOrder(factIds, facts, "figure source line").map((id) => {
    const source = sources.get(id);
    if (!source) throw new Error(`figure source line: unknown source "${id}"`);
    return sourceName(source, locale).publisher;
  });
  const words = commonStrings(locale);
  return fill(words.sourceLine, { source: ui(locale).source, publishers: [...new Set(publishers)].join(words.list) });
}
