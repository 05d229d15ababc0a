/**
 * A hand-written Europe/Berlin clock and an October 2026 report context, shared by the section
 * tests. Written out by hand so the tests do not lean on the project's zone code; volume-sections'
 * test checks it against Intl.
 *
 * Berlin: CEST (UTC+2) from the last Sunday of March 01:00 UTC to the last Sunday of October
 * 01:00 UTC, CET (UTC+1) otherwise.
 */

import type { Ticket } from "../../src/input/ticket";
import type { ReportContext } from "../../src/report/report-context";
import { DEFAULT_SETTINGS } from "../../src/report/settings";

export const ZONE = "Europe/Berlin";
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
const SUMMERS = [
  [Date.UTC(2025, 2, 30, 1), Date.UTC(2025, 9, 26, 1)],
  [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)],
];

/** The instant of a Berlin wall-clock time (the first one when the clock shows it twice). */
export function berlin(year: number, month: number, day: number, hour = 0, minute = 0): number {
  const local = Date.UTC(year, month - 1, day, hour, minute);
  const asSummer = local - 2 * HOUR;
  return SUMMERS.some(([a, b]) => asSummer >= a && asSummer < b) ? asSummer : local - HOUR;
}

export const MONTH = "2026-10";
/** The 12 months ending with MONTH. */
export const MONTHS = [
  "2025-11",
  "2025-12",
  "2026-01",
  "2026-02",
  "2026-03",
  "2026-04",
  "2026-05",
  "2026-06",
  "2026-07",
  "2026-08",
  "2026-09",
  "2026-10",
];
export const START = berlin(2026, 10, 1);
export const END = berlin(2026, 11, 1);

/** The October 2026 report context over `tickets`, optionally with a business-hours schedule. */
export function octoberContext(tickets: Ticket[], schedule = ""): ReportContext {
  return {
    month: MONTH,
    start: START,
    end: END,
    months: MONTHS,
    timeZone: ZONE,
    locale: "en",
    settings: { ...DEFAULT_SETTINGS, schedule },
    tickets,
    now: END + DAY,
  };
}
