/** A top-level block of a chapter's body, as the presentation sees it. */
export type Block = { kind: "heading" } | { kind: "prose" } | { kind: "scrolly"; steps: readonly string[] };

/** One slide: the chapter's title, a run of prose blocks, a step of a scrolly section, or the closing slide. */
export type Slide =
  | { kind: "title"; id: string }
  | { kind: "prose"; id: string; blocks: number[] }
  | { kind: "step"; id: string; block: number; step: number }
  | { kind: "end"; id: string };

/** Paragraphs per prose slide: enough to read from the back of a room. */
const maxProsePerSlide = 2;

/**
 * Turns a chapter's blocks into slides: a title slide, one slide per step (the step id is
 * its id, so links and hashes are shared with reading mode), prose grouped under its
 * heading at most two paragraphs a slide (ids slide-1, slide-2, …), and a closing slide.
 */
export function planSlides(blocks: readonly Block[]): Slide[] {
  const slides: Slide[] = [{ kind: "title", id: "slide-title" }];
  let run: number[] = [];
  let paragraphs = 0;
  let proseCount = 0;
  const flush = () => {
    if (run.length === 0) return;
    proseCount += 1;
    slides.push({ kind: "prose", id: `slide-${proseCount}`, blocks: run });
    run = [];
    paragraphs = 0;
  };
  blocks.forEach((block, index) => {
    if (block.kind === "scrolly") {
      flush();
      block.steps.forEach((id, step) => slides.push({ kind: "step", id, block: index, step }));
      return;
    }
    if (block.kind === "heading" || paragraphs === maxProsePerSlide) flush();
    run.push(index);
    if (block.kind === "prose") paragraphs += 1;
  });
  flush();
  slides.push({ kind: "end", id: "slide-end" });
  return slides;
}

/** The slide a URL hash names (a step id or a slide id), or null. */
export function slideFromHash(hash: string, slides: readonly Slide[]): number | null {
  if (!hash.startsWith("#") || hash.length > 200) return null;
  const index = slides.findIndex((slide) => `#${slide.id}` === hash);
  return index === -1 ? null : index;
}
