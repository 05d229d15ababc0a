/**
 * What every section of the report tab is built from: the month, its boundaries in the spreadsheet's
 * time zone, the tickets and the settings. Made once per build by report-plan.ts.
 */
import type { Locale } from "../i18n/messages";
import type { Settings } from "./settings";
import type { Ticket } from "./ticket";

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
  /** When the report is generated (epoch ms). */
  now: number;
}
