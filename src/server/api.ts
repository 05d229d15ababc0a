/**
 * The contract between the sidebar (src/ui) and the server endpoints (src/server): what each
 * `google.script.run` call takes and returns. Types only, so the sidebar imports them without
 * pulling server code into its bundle. Everything here survives `google.script.run`, which cannot
 * carry Date: months travel as "YYYY-MM", instants as ISO strings.
 */
import type { Locale } from "../i18n/locale";
import type { ActivityCount } from "../input/event-log";
import type { ColumnMapping, TicketField } from "../input/ticket";
import type { Settings } from "../report/settings";

/** How the ticket log tab is laid out, as detected from its headers. */
export interface DetectedLog {
  sheet: string;
  /** The header row's texts, in column order ("" for an empty header cell). */
  headers: string[];
  /** The mapping the add-on proposes (saved settings win over detection when still valid). */
  columns: ColumnMapping;
  /** Data rows below the header (not counting trailing blank rows). */
  rows: number;
  /** "tickets": one row per ticket; "events": one row per status change, pivoted to tickets. */
  layout: "tickets" | "events" | "contacts";
  /** Months with tickets, "YYYY-MM" ascending, in the spreadsheet's time zone. */
  months: string[];
  /** Problems the user should see before building (e.g. no created-date column). */
  warnings: string[];
  /** Event logs: each activity, the meaning it has now and its number of events, most frequent first. */
  activities?: ActivityCount[];
  /** Time columns whose cells are dates typed as text, which the report cannot read: say how to fix. */
  dateText?: { field: TicketField; header: string; example: string }[];
}

export interface SidebarState {
  /** Every tab name, in order. */
  sheets: string[];
  /** The add-on's own report/definitions tabs, which are never offered as sources. */
  ownSheets: string[];
  timeZone: string;
  /** The spreadsheet's language, which the sidebar speaks from then on (as the report does). */
  locale: Locale;
  settings: Settings;
  /** null when no tab looks like a ticket log. */
  log: DetectedLog | null;
  /** The month to preselect: the last full month with data, else the last month with data. */
  defaultMonth: string | null;
  /** Field ids the sidebar offers to map, in display order. */
  fields: TicketField[];
}

export interface BuildRequest {
  /** "YYYY-MM" */
  month: string;
  settings: Settings;
}

export interface BuildResult {
  sheetName: string;
  sheetId: number;
  /** Tickets read and tickets in the month, for the sidebar's summary line. */
  ticketsRead: number;
  ticketsInMonth: number;
  /** KPIs shown as "no data", with why, and other things the user should know. */
  notes: string[];
  /** ISO instant the report was generated. */
  generatedAt: string;
}

/** The endpoints the sidebar calls, by name. Each is a top-level function in Code.js. */
export interface SidebarApi {
  getSidebarState(): SidebarState;
  /**
   * Detects the columns of a tab the user picks; with `columns` (the mapping the sidebar shows),
   * uses them as picked and gives the months, warnings and hints they yield.
   */
  detectLog(sheet: string, columns?: ColumnMapping): DetectedLog;
  saveSettings(settings: Settings): void;
  buildReport(request: BuildRequest): BuildResult;
  /** Makes a tab the active one (the sidebar's link to the new report). */
  openSheet(sheetName: string): void;
}
