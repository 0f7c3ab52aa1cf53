import type { Source } from "../schemas/source.ts";

/**
 * Whether a figure from this source must show its source wherever it appears: press and Wikipedia
 * figures, and lines of the research notes that carry no trust mark, do; official ones need a
 * citation only where the prose makes a statement.
 */
export function showsSource(source: Source): boolean {
  return source.trust === "PRESS" || source.trust === "WIKI" || source.trust === "UNMARKED";
}
