/** A chapter's years as written on covers and cards: "2024" for one year, "2019–2024" for a span. */
export function yearSpan(years: { from: number; to: number }): string {
  return years.from === years.to ? String(years.from) : `${years.from}–${years.to}`;
}
