/**
 * Date-times written as text that can be read one way only: the year first, as ISO 8601 and most
 * exports and logs write them ("2026-10-01T09:30:00Z", "2012/10/09 14:50:17.000",
 * "2026-10-01 9:30 PM"). Day-first or month-first text ("05/03/2026") is May or March depending on
 * who wrote it, so it is never read: callers report it with the fix.
 *
 * The result is the wall-clock reading as epoch ms of that reading in UTC ("local ms"), plus the
 * offset when the text gives one (Z, +02:00); a caller turns a local reading into an instant in the
 * spreadsheet's time zone (ZoneClock.toInstant). Nothing here knows a zone, so this stays at the
 * bottom of the input layer.
 */

/** A text date-time: `instant` when the text carries its offset, else the `local` wall-clock ms. */
export interface TextTime {
  local: number;
  /** Epoch ms when the text has Z or ±hh:mm, else NaN (read it in the spreadsheet's zone). */
  instant: number;
}

const YEAR_FIRST =
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:[T ]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([AaPp][Mm])?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/**
 * The date-time a text cell unambiguously means, or null when it is not one (any other text,
 * including day- or month-first dates and impossible dates such as 2026-02-30).
 */
export function parseTextTime(text: string): TextTime | null {
  const m = YEAR_FIRST.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[3]);
  const day = Number(m[4]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  let hour = m[5] === undefined ? 0 : Number(m[5]);
  const minute = m[6] === undefined ? 0 : Number(m[6]);
  const second = m[7] === undefined ? 0 : Number(m[7]);
  const ms = m[8] === undefined ? 0 : Math.round(Number(`0.${m[8]}`) * 1000);
  const meridiem = m[9]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === "pm" ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  const leapDay = month > 2 && isLeap(year) ? 1 : 0;
  // Days since 1970-01-01 of the proleptic Gregorian date (Date.UTC is avoided: years 0–99 shift).
  const y = year - 1;
  const days =
    365 * (year - 1970) +
    (Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400)) -
    477 +
    DAYS_BEFORE_MONTH[month - 1] +
    leapDay +
    day -
    1;
  const local = days * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + ms;
  const zone = m[10];
  if (zone === undefined) return { local, instant: Number.NaN };
  if (zone === "Z") return { local, instant: local };
  const sign = zone[0] === "-" ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const offset = (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || "0")) * 60_000;
  return { local, instant: local - sign * offset };
}

/**
 * Epoch ms of a text date-time, reading one without an offset on the spreadsheet's wall clock
 * (`toInstant`, e.g. a ZoneClock's); NaN when the text is not an unambiguous date-time.
 */
export function textInstant(text: string, toInstant: (local: number) => number): number {
  const parsed = parseTextTime(text);
  if (!parsed) return Number.NaN;
  return Number.isNaN(parsed.instant) ? toInstant(parsed.local) : parsed.instant;
}
