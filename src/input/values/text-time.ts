/**
 * Date-times written as text, read only when they cannot mean two things: the year comes first
 * ("2012/10/09 14:50:17.000", "2026-10-01T09:30:00Z", "2026.10.01 09:30", "2026年10月1日 09:30").
 * "05/03/2026" is May or March depending on who wrote it, so it is not read here: the caller keeps it
 * an error that names the row and the fix.
 *
 * A text without a zone is a wall-clock reading in the spreadsheet's time zone; the caller passes
 * `toInstant` (the zone's clock, from metrics/zoned-time), since this bottom layer imports nothing.
 * A text with `Z` or an offset ("+02:00", "+0200", "+02") is that instant, whatever the zone.
 */

/** Turns a wall-clock reading (ms since 1970-01-01 00:00 on the wall calendar) into an instant. */
export type ToInstant = (localMs: number) => number;

const DAY_MS = 86_400_000;

const YEAR_FIRST =
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:[T ]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:(\d{1,2})[:时](\d{2})分?(?:[:](\d{2})|(\d{2})秒)?)?$/;

/** Days from 1970-01-01 to a civil date (proleptic Gregorian); the inverse of the usual civil-from-days. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Wall-clock ms of a checked date and time, or NaN when a part is out of range (month 13, 25:00). */
function wallClock(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
): number {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN;
  return daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
}

/** "+02:00" → +120 minutes; "Z", "UTC", "GMT" → 0. */
function offsetMinutes(zone: string): number {
  if (/^[a-z]/i.test(zone)) return 0;
  const sign = zone[0] === "-" ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  return sign * (hours * 60 + minutes);
}

/**
 * The instant of a year-first date-time text, or NaN when the text is not one (or names a date that
 * does not exist, such as 2026-02-30). Fractions of a second beyond milliseconds are cut off.
 */
export function parseTextTime(text: string, toInstant: ToInstant): number {
  const s = text.trim();
  if (s.length < 8 || s.length > 40) return Number.NaN;
  const m = YEAR_FIRST.exec(s);
  if (m) {
    const fraction = m[8] ? Number(m[8].slice(0, 3).padEnd(3, "0")) : 0;
    const local = wallClock(
      Number(m[1]),
      Number(m[3]),
      Number(m[4]),
      m[5] ? Number(m[5]) : 0,
      m[6] ? Number(m[6]) : 0,
      m[7] ? Number(m[7]) : 0,
      fraction,
    );
    if (Number.isNaN(local)) return Number.NaN;
    return m[9] ? local - offsetMinutes(m[9]) * 60_000 : toInstant(local);
  }
  const c = CHINESE.exec(s);
  if (c) {
    const local = wallClock(
      Number(c[1]),
      Number(c[2]),
      Number(c[3]),
      c[4] ? Number(c[4]) : 0,
      c[5] ? Number(c[5]) : 0,
      Number(c[6] ?? c[7] ?? 0),
      0,
    );
    return Number.isNaN(local) ? Number.NaN : toInstant(local);
  }
  return Number.NaN;
}

/** Whether a text is a date-time `parseTextTime` reads (the zone does not matter for that). */
export function isTextTime(text: string): boolean {
  return !Number.isNaN(parseTextTime(text, (local) => local));
}
