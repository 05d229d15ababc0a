/**
 * A "YYYY-MM" month as a language names it: "October 2026", "oktober 2026", "2026年10月". One
 * function for the report's title and the sidebar's month list, so both name a month alike. Intl is
 * built into V8 (Apps Script and the browser): no tables shipped.
 */
import { LANGUAGE_TAGS, type Locale } from "./locale";

export function monthName(month: string, locale: Locale): string {
  const [year, m] = month.split("-").map(Number);
  // Mid-month in UTC, so no time zone can move it into the next or previous month.
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[locale] ?? LANGUAGE_TAGS.en, {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, m - 1, 15)));
}
