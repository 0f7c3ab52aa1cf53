import type { Locale } from "./locales.ts";
import { numberWords } from "./numberWords.ts";

/**
 * Writes a YYYY, YYYY-MM or YYYY-MM-DD date only as precisely as it is known:
 * "1983-10-12" → "1983年10月12日" / "12 October 1983"; "1984-03" → "1984年3月" / "March 1984".
 */
export function formatDate(date: string, locale: Locale): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) throw new Error(`formatDate: "${date}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  const [, year, month, day] = match;
  if ((month && !(Number(month) >= 1 && Number(month) <= 12)) || (day && !(Number(day) >= 1 && Number(day) <= 31)))
    throw new Error(`formatDate: month or day out of range in "${date}"`);
  const format = new Intl.DateTimeFormat(numberWords[locale].intl, {
    timeZone: "UTC",
    year: "numeric",
    ...(month ? { month: "long" } : {}),
    ...(day ? { day: "numeric" } : {}),
  });
  return format.format(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
}

/** The year of a date string, for placing it on a time axis. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** A date as a fractional year (1983-10-12 → 1983.78), so events in one year keep their order; an unknown month or day counts as the middle. */
export function decimalYear(date: string): number {
  const [year = NaN, month, day] = date.split("-").map(Number);
  if (month === undefined) return year + 0.5;
  const dayFraction = day === undefined ? 0.5 : (day - 1) / 31;
  return year + (month - 1 + dayFraction) / 12;
}
