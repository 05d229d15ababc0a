/**
 * Civil-calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian), with no
 * time zone: `zoned-time.ts` turns instants into wall-clock milliseconds, and this file turns those
 * into days, ISO weeks, months and the text keys the add-on shows ("2026-10", "2026-10-19").
 *
 * Why arithmetic rather than `Date`: these run once per ticket over a million rows, and the
 * integer formulas (H. Hinnant's `days_from_civil`) allocate nothing and work for any year.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Day number of a civil date; `month` is 1–12. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export interface CivilDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/**
 * The month of a day number as `year × 12 + (month − 1)`, so consecutive months are consecutive
 * integers (H. Hinnant's `civil_from_days`, stopping at the month: it runs once per ticket).
 */
export function monthIndexOfDay(days: number): number {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  // mp counts months from March; January and February belong to the next civil year.
  return (yearOfEra + era * 400) * 12 + mp + 2;
}

/** First day number of a month index. */
export function firstDayOfMonth(monthIndex: number): number {
  const year = Math.floor(monthIndex / 12);
  return daysFromCivil(year, monthIndex - year * 12 + 1, 1);
}

/** The civil date of a day number. */
export function civilFromDays(days: number): CivilDate {
  const monthIndex = monthIndexOfDay(days);
  const year = Math.floor(monthIndex / 12);
  return { year, month: monthIndex - year * 12 + 1, day: days - firstDayOfMonth(monthIndex) + 1 };
}

/** 0 = Monday … 6 = Sunday (1970-01-01, day 0, was a Thursday). */
export function weekdayOfDay(days: number): number {
  const q = days + 3;
  return q - 7 * Math.floor(q / 7);
}

/** The Monday that starts the ISO week of a day: weeks are labelled by it. */
export function mondayOf(days: number): number {
  return days - weekdayOfDay(days);
}

function pad(n: number, width: number): string {
  const text = String(Math.abs(n)).padStart(width, "0");
  return n < 0 ? `-${text}` : text;
}

/** "2026-10" */
export function monthKey(monthIndex: number): string {
  const year = Math.floor(monthIndex / 12);
  return `${pad(year, 4)}-${pad(monthIndex - year * 12 + 1, 2)}`;
}

/** "2026-10-19" */
export function dayKey(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The month index of a "YYYY-MM" key; throws on anything else. */
export function parseMonthKey(key: string): number {
  const match = /^(\d{4})-(\d{2})$/.exec(key.trim());
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) throw new Error(`"${key}" is not a month written YYYY-MM.`);
  return Number(match[1]) * 12 + month - 1;
}

/** The `count` months ending with `lastKey`, oldest first: e.g. the 12 months of a trend. */
export function monthsEndingWith(lastKey: string, count: number): string[] {
  const last = parseMonthKey(lastKey);
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) out.push(monthKey(last - i));
  return out;
}
