import { parseTeachText } from "./teachText.ts";
import type { FactUse } from "../story/pageCitations.ts";
import { textsOf } from "./checkTeach.ts";
import { story } from "../story/story.ts";
import { factUse } from "../story/pageCitations.ts";

/** The facts a teacher's page's frontmatter texts write or cite, in reading order. */
export function teachFactUses(data: unknown, usedIn: string): FactUse[] {
  const facts = story.facts();
  const sources = story.sources();
  return [...textsOf(data)]
    .flatMap(([, text]) => parseTeachText(text))
    .flatMap((part) => (part.kind === "text" ? [] : [factUse(part.kind, part.id, facts, sources, usedIn)]));
}
