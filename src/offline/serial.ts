/**
 * Date-times as Sheets stores them: serial numbers (days since 1899-12-30, fraction = time of day)
 * read as wall-clock time in the spreadsheet's time zone. A `Date` written by Apps Script is an
 * instant; Sheets shows it, formats it and feeds it to formulas as the serial of its local time in
 * that zone, so a DST change or a non-UTC zone moves day and month boundaries.
 */

import { DAY_MS } from "../metrics/calendar";
import { zoneClock } from "../metrics/zoned-time";

/** Days from 1899-12-30 (serial 0) to 1970-01-01. */
const EPOCH_SERIAL = 25_569;

/** Milliseconds to add to a UTC instant to get wall-clock time in `timeZone` (the add-on's own zone clock). */
export function zoneOffset(ms: number, timeZone: string): number {
  return zoneClock(timeZone).offsetAt(ms);
}

/** The serial number Sheets holds for an instant in `timeZone`. */
export function instantToSerial(ms: number, timeZone: string): number {
  return (ms + zoneOffset(ms, timeZone)) / DAY_MS + EPOCH_SERIAL;
}

/**
 * The instant whose wall-clock time in `timeZone` is `serial` (rounded to the millisecond). A time
 * skipped by a DST change resolves with the offset from before the change, as Sheets does.
 */
export function serialToInstant(serial: number, timeZone: string): number {
  const wall = Math.round((serial - EPOCH_SERIAL) * DAY_MS);
  const first = wall - zoneOffset(wall, timeZone);
  const second = wall - zoneOffset(first, timeZone);
  return first === second ? first : Math.max(first, second);
}

/** Rejects a zone Intl does not know, with the name in the message. */
export function checkTimeZone(timeZone: string): void {
  try {
    zoneClock(timeZone);
  } catch {
    throw new Error(`Unknown time zone "${timeZone}": use an IANA name such as "Europe/Berlin".`);
  }
}
