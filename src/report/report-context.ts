/**
 * What every section of the report tab is built from: the month, its boundaries in the spreadsheet's
 * time zone, the tickets and the settings. Made once per build by report-plan.ts. Also how every
 * section measures durations, so the tracker and the agents agree on the hours and on what to say
 * about a schedule that cannot be used.
 */
import { LANGUAGE_TAGS } from "../i18n/locale";
import { type Locale, type MessageKey, type MessageParams, t } from "../i18n/messages";
import type { Ticket } from "../input/ticket";
import type { TicketLog } from "../input/ticket-log";
import type { ElapsedMeasure } from "../metrics/durations";
import { BusinessTime, parseSchedule } from "../metrics/schedule";
import { zoneClock } from "../metrics/zoned-time";
import type { Settings } from "./settings";

export interface ReportContext {
  /** "YYYY-MM" */
  month: string;
  /** The month's first instant and the next month's first instant (half-open), in the sheet's zone. */
  start: number;
  end: number;
  /** The 12 months ending with `month`, ascending ("YYYY-MM"). */
  months: string[];
  timeZone: string;
  locale: Locale;
  settings: Settings;
  /** Every ticket read from the log (all months). */
  tickets: readonly Ticket[];
  /** The log's layout (TicketLog.layout); "tickets" when not given. */
  layout?: TicketLog["layout"];
  /** When the report is generated (epoch ms). */
  now: number;
}

export interface DurationMeasure {
  measure: ElapsedMeasure;
  /** The schedule when durations are in its business hours; null for calendar hours. */
  schedule: string | null;
  /** Why the schedule set cannot be used (durations are then in calendar hours); else null. */
  problem: string | null;
}

/** Calendar time: the end minus the start. */
const CALENDAR: ElapsedMeasure = { between: (start, end) => end - start };

/** Business hours of the settings' schedule, or calendar hours when none is set or it cannot be read. */
export function durationMeasure(context: ReportContext): DurationMeasure {
  const schedule = context.settings.schedule.trim();
  if (schedule === "") return { measure: CALENDAR, schedule: null, problem: null };
  try {
    const measure = new BusinessTime(parseSchedule(schedule), zoneClock(context.timeZone));
    return { measure, schedule, problem: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const problem = t("report.note.scheduleInvalid", { schedule, message }, context.locale);
    return { measure: CALENDAR, schedule: null, problem };
  }
}

/** A message of the report in one locale. */
export type Say = (key: MessageKey, params?: MessageParams) => string;

/** `t` bound to a locale: what every section says its words with. */
export function sayIn(locale: Locale): Say {
  return (key, params) => t(key, params, locale);
}

/** Weekday names in the report's language, Monday first: "Mon" … "Sun", or "Monday" … when long. */
export function weekdayNames(locale: Locale, width: "short" | "long" = "short"): string[] {
  const format = new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], { weekday: width, timeZone: "UTC" });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, d) => format.format(Date.UTC(2024, 0, 1 + d, 12)));
}
