/**
 * Contact-centre logs: one row per call or chat (`Date`, `Time`, `Agent`, `Topic`, `Answered (Y/N)`,
 * `Speed of answer in seconds`, `AvgTalkDuration`, `Resolved` Y/N, `Satisfaction rating`). They are
 * read by the one-row-per-ticket reader (ticket-log.ts) into Tickets whose contact fields are set
 * (ticket.ts): a contact is a ticket that opens and ends in one sitting, so the report keeps one
 * path (months, categories, agents and arrivals come from `created` as for any ticket) and only the
 * KPIs differ. This module says when a log is one, and how a separate date and time of day become
 * the contact's arrival time.
 */
import type { ZoneClock } from "../metrics/zoned-time";
import { durationOf } from "./durations";
import type { TicketField } from "./ticket";

const DAY_MS = 86_400_000;

/**
 * Whether the mapped columns make a contact-centre log: an answered or abandoned flag or a speed of
 * answer, or a talk or handle time in a log without ticket timestamps or durations (a ticket export
 * may carry a handle time too).
 */
export function isContactLog(indexes: Partial<Record<TicketField, number>>): boolean {
  if (
    indexes.answered !== undefined ||
    indexes.abandoned !== undefined ||
    indexes.speedOfAnswer !== undefined
  )
    return true;
  return (
    indexes.handleTime !== undefined &&
    indexes.firstResponse === undefined &&
    indexes.resolved === undefined &&
    indexes.firstResponseTime === undefined &&
    indexes.resolutionTime === undefined
  );
}

/** What `timeOfDayOf` gives for a cell that is not a time of day. */
export const NOT_TIME_OF_DAY = Number.NEGATIVE_INFINITY;

/**
 * A time-of-day cell in ms since midnight: a Sheets time value (a date-time on 1899-12-30), "H:MM[:SS]"
 * text, or a fraction of a day. NaN for a blank, NOT_TIME_OF_DAY for anything else (24:00 and later too).
 */
export function timeOfDayOf(cell: unknown, clock: ZoneClock): number {
  const ms = durationOf(cell, DAY_MS, (instant) => clock.toLocal(instant));
  if (Number.isNaN(ms)) return ms;
  return ms >= 0 && ms < DAY_MS ? ms : NOT_TIME_OF_DAY;
}

/** The instant of a date's day (the date's own time of day dropped) at a time of day, on `clock`. */
export function atTimeOfDay(date: number, timeOfDay: number, clock: ZoneClock): number {
  const day = Math.floor(clock.toLocal(date) / DAY_MS) * DAY_MS;
  return clock.toInstant(day + timeOfDay);
}
