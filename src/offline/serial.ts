/**
 * Date-times as Sheets stores them: serial numbers (days since 1899-12-30, fraction = time of day)
 * read as wall-clock time in the spreadsheet's time zone. A `Date` written by Apps Script is an
 * instant; Sheets shows it, formats it and feeds it to formulas as the serial of its local time in
 * that zone, so a DST change or a non-UTC zone moves day and month boundaries.
 */

const DAY_MS = 86_400_000;
/** Days from 1899-12-30 (serial 0) to 1970-01-01. */
const EPOCH_SERIAL = 25_569;
/** Offsets change only at quarter hours in every zone in use; cache per quarter hour. */
const BLOCK_MS = 900_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, Map<number, number>>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function computeOffset(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - (ms - (((ms % 1000) + 1000) % 1000));
}

/** Milliseconds to add to a UTC instant to get wall-clock time in `timeZone`. */
export function zoneOffset(ms: number, timeZone: string): number {
  let cache = offsets.get(timeZone);
  if (!cache) {
    cache = new Map();
    offsets.set(timeZone, cache);
  }
  const block = Math.floor(ms / BLOCK_MS);
  let offset = cache.get(block);
  if (offset === undefined) {
    if (cache.size > 200_000) cache.clear();
    offset = computeOffset(block * BLOCK_MS, timeZone);
    cache.set(block, offset);
  }
  return offset;
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
    formatter(timeZone);
  } catch {
    throw new Error(`Unknown time zone "${timeZone}": use an IANA name such as "Europe/Berlin".`);
  }
}
