/**
 * What the sidebar and the menu call (see api.ts for the sidebar's contract). Each endpoint takes
 * the Services it uses, so the same code runs against Google and against the offline spreadsheet.
 * Source tabs are only ever read, with one read per tab; all writing goes through report/apply.ts.
 */
import { type Locale, localeFor, t } from "../i18n/messages";
import {
  detectTicketColumns,
  pickCustomersTab,
  pickSurveyTab,
  pickTicketTab,
  resolveMapping,
  type TabPreview,
} from "../input/columns";
import { TICKET_FIELDS } from "../input/ticket";
import { readTicketLog } from "../input/ticket-log";
import { monthKeyOf } from "../metrics/zoned-time";
import type { Services, SheetLike, SpreadsheetLike } from "../platform/services";
import { applyPlan, applySheet, ensureSize, freeName, ownerOf, toSheetValue } from "../report/apply";
import { planDefinitions } from "../report/definitions";
import { planReport } from "../report/report-plan";
import { buildSampleData, SAMPLE_TARGETS, type SampleTab } from "../report/sample-data";
import { DEFAULT_SETTINGS, type Settings } from "../report/settings";
import { loadSettings, parseSettings, saveSettings as storeSettings } from "../report/settings-store";
import type { BuildRequest, BuildResult, DetectedLog, SidebarState } from "./api";
import { buildMenu } from "./menu";

/** Rows read below the header to check what kind of cells each column holds. */
const PREVIEW_ROWS = 20;
/** How long a second build waits for the first before saying one is running. */
const LOCK_WAIT_MS = 20_000;

interface Context {
  spreadsheet: SpreadsheetLike;
  timeZone: string;
  locale: Locale;
  /** The spreadsheet's own locale ("de_DE"), for its currency. */
  sheetLocale: string;
}

function contextOf(services: Services): Context {
  const spreadsheet = services.spreadsheetApp.getActiveSpreadsheet();
  const sheetLocale = spreadsheet.getSpreadsheetLocale();
  return {
    spreadsheet,
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    locale: localeFor(sheetLocale),
    sheetLocale,
  };
}

/** A tab's whole used range in one read (a new, empty tab gives just [[""]]). */
function readAll(sheet: SheetLike): unknown[][] {
  return sheet.getDataRange().getValues();
}

function preview(sheet: SheetLike): TabPreview {
  const rows = Math.min(sheet.getLastRow(), PREVIEW_ROWS + 1);
  const columns = sheet.getLastColumn();
  if (rows < 1 || columns < 1) return { name: sheet.getName(), headers: [] };
  const values = sheet.getRange(1, 1, rows, columns).getValues();
  return { name: sheet.getName(), headers: values[0], sample: values.slice(1) };
}

/** The tabs a user's data may be on: every tab the add-on did not make. */
function sourceSheets(spreadsheet: SpreadsheetLike): { sources: SheetLike[]; own: string[] } {
  const sources: SheetLike[] = [];
  const own: string[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    if (ownerOf(sheet) === null) sources.push(sheet);
    else own.push(sheet.getName());
  }
  return { sources, own };
}

/** A user's tab by name; `missing` says what to do when there is none (the log's or another tab's words). */
function sourceSheet(
  context: Context,
  name: string,
  missing: "server.error.noSheet" | "server.error.noOtherTab" = "server.error.noSheet",
): SheetLike {
  if (!name) throw new Error(t("sidebar.invalid.noTab", undefined, context.locale));
  const sheet = context.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(t(missing, { sheet: name }, context.locale));
  if (ownerOf(sheet) !== null) throw new Error(t("server.error.ownSheet", { sheet: name }, context.locale));
  return sheet;
}

/** The month a report opens on: the last full month with tickets, else the last month with tickets. */
export function defaultMonth(months: readonly string[], currentMonth: string): string | null {
  for (let i = months.length - 1; i >= 0; i--) if (months[i] < currentMonth) return months[i];
  return months.length > 0 ? months[months.length - 1] : null;
}

function detect(context: Context, sheet: SheetLike, saved: Settings): DetectedLog {
  const values = readAll(sheet);
  const headers = (values[0] ?? []).map((h) => (h === null || h === undefined ? "" : String(h).trim()));
  const detection = detectTicketColumns(values[0] ?? [], {
    sample: values.slice(1, PREVIEW_ROWS + 1),
    locale: context.locale,
  });
  let columns = detection.columns;
  const warnings = [...detection.warnings];
  // Saved columns win while they still name headers of this tab.
  if (saved.ticketSheet === sheet.getName() && Object.keys(saved.columns).length > 0) {
    const resolved = resolveMapping(values[0] ?? [], saved.columns, context.locale);
    if (resolved.warnings.length === 0) {
      columns = saved.columns;
      warnings.length = 0;
    } else warnings.push(...resolved.warnings);
  }
  const log = readTicketLog(values, columns, {
    sheet: sheet.getName(),
    locale: context.locale,
    timeZone: context.timeZone,
    meanings: saved.activityMeanings,
  });
  const months = new Set<string>();
  for (const ticket of log.tickets) months.add(monthKeyOf(ticket.created, context.timeZone));
  return {
    sheet: sheet.getName(),
    headers,
    columns,
    rows: log.rows,
    layout: log.layout,
    months: [...months].sort(),
    warnings: log.error ? [log.error, ...warnings] : [...warnings, ...log.problems],
    activities: log.activities ?? [],
  };
}

export function getSidebarState(services: Services, now = Date.now()): SidebarState {
  const context = contextOf(services);
  const saved = loadSettings(services.propertiesService.getDocumentProperties());
  const { sources, own } = sourceSheets(context.spreadsheet);
  const previews = sources.map(preview);
  const savedLog = sources.find((s) => s.getName() === saved.ticketSheet);
  const picked = savedLog
    ? savedLog.getName()
    : (pickTicketTab(previews, [], { locale: context.locale })?.name ?? "");
  const logSheet = sources.find((s) => s.getName() === picked) ?? null;
  const log = logSheet ? detect(context, logSheet, saved) : null;

  const settings: Settings = { ...saved, ticketSheet: picked, columns: log ? log.columns : saved.columns };
  const taken = [picked];
  if (!sources.some((s) => s.getName() === settings.surveySheet)) {
    settings.surveySheet = pickSurveyTab(previews, taken, { locale: context.locale })?.name ?? "";
  }
  if (!sources.some((s) => s.getName() === settings.customersSheet)) {
    settings.customersSheet =
      pickCustomersTab(previews, [...taken, settings.surveySheet], { locale: context.locale })?.name ?? "";
  }
  return {
    sheets: context.spreadsheet.getSheets().map((s) => s.getName()),
    ownSheets: own,
    timeZone: context.timeZone,
    locale: context.locale,
    settings,
    log,
    defaultMonth: log ? defaultMonth(log.months, monthKeyOf(now, context.timeZone)) : null,
    fields: [...TICKET_FIELDS],
  };
}

export function detectLog(services: Services, sheetName: string): DetectedLog {
  const context = contextOf(services);
  const saved = loadSettings(services.propertiesService.getDocumentProperties());
  return detect(context, sourceSheet(context, sheetName), saved);
}

export function saveSettings(services: Services, settings: Settings): void {
  storeSettings(services.propertiesService.getDocumentProperties(), parseSettings(JSON.stringify(settings)));
}

function readOptional(context: Context, name: string): { sheet: string; values: unknown[][] } | null {
  if (!name) return null;
  return { sheet: name, values: readAll(sourceSheet(context, name, "server.error.noOtherTab")) };
}

/** The KPI tracker tab's values, when the add-on made it (never a user's tab of that name). */
function readTracker(context: Context): unknown[][] | null {
  const name = t("tracker.sheetName", undefined, context.locale);
  const sheet = context.spreadsheet.getSheetByName(name);
  return sheet && ownerOf(sheet) === `tracker:${name}` ? readAll(sheet) : null;
}

export function buildReport(services: Services, request: BuildRequest, now = Date.now()): BuildResult {
  const context = contextOf(services);
  if (typeof request?.month !== "string" || !/^\d{4}-(0[1-9]|1[0-2])$/.test(request.month)) {
    throw new Error(t("server.error.month", { month: String(request?.month) }, context.locale));
  }
  const settings = parseSettings(JSON.stringify(request.settings ?? DEFAULT_SETTINGS));
  const lock = services.lockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new Error(t("server.error.busy", undefined, context.locale));
  try {
    const values = readAll(sourceSheet(context, settings.ticketSheet));
    const log = readTicketLog(values, settings.columns, {
      sheet: settings.ticketSheet,
      locale: context.locale,
      timeZone: context.timeZone,
      meanings: settings.activityMeanings,
    });
    if (log.error) throw new Error(log.error);
    const survey = readOptional(context, settings.surveySheet);
    const customers = readOptional(context, settings.customersSheet);

    const definitionsPlan = planDefinitions({
      locale: context.locale,
      schedule: settings.schedule,
      slaHours: settings.slaHours,
    });
    // Written first, unflushed: the report's header links to it by id.
    const definitions = applySheet(services.spreadsheetApp, definitionsPlan);
    const report = planReport({
      month: request.month,
      timeZone: context.timeZone,
      now,
      locale: context.locale,
      settings,
      log,
      survey,
      customers,
      definitions,
      sheetLocale: context.sheetLocale,
      tracker: readTracker(context),
    });
    const applied = applyPlan(services.spreadsheetApp, report.plan).sheets[report.sheetName];
    storeSettings(services.propertiesService.getDocumentProperties(), settings);
    return {
      sheetName: applied.name,
      sheetId: applied.id,
      ticketsRead: log.tickets.length,
      ticketsInMonth: report.ticketsInMonth,
      notes: [...log.problems, ...report.notes],
      generatedAt: new Date(now).toISOString(),
    };
  } finally {
    lock.releaseLock();
  }
}

export function openSheet(services: Services, sheetName: string): void {
  const context = contextOf(services);
  const sheet = context.spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(t("server.error.noReportTab", { sheet: sheetName }, context.locale));
  context.spreadsheet.setActiveSheet(sheet);
}

/** Writes one sample tab as a new tab (never over an existing one), with a bold frozen header. */
function writeSampleTab(spreadsheet: SpreadsheetLike, tab: SampleTab): string {
  const sheets = spreadsheet.getSheets();
  const name = freeName(sheets, tab.name);
  const sheet = spreadsheet.insertSheet(name, sheets.length);
  const rows = tab.values.length;
  const columns = tab.values[0].length;
  ensureSize(sheet, rows, columns);
  const range = sheet.getRange(1, 1, rows, columns);
  range.setValues(tab.values.map((row) => row.map(toSheetValue)));
  // Date-time columns get a date-time format, judged from the first data row.
  range.setNumberFormats(
    tab.values.map((row, r) =>
      row.map((_, c) => (r > 0 && tab.values[1][c] instanceof Date ? "yyyy-mm-dd hh:mm" : "General")),
    ),
  );
  sheet.getRange(1, 1, 1, columns).setFontWeight("bold");
  sheet.setFrozenRows(1);
  return name;
}

/** Adds the sample ticket log, survey and customers tabs, points the settings at them, opens the sidebar. */
export function insertSampleData(services: Services, now = Date.now()): string[] {
  const context = contextOf(services);
  const sample = buildSampleData({ now, timeZone: context.timeZone, locale: context.locale });
  const tickets = writeSampleTab(context.spreadsheet, sample.tickets);
  const survey = writeSampleTab(context.spreadsheet, sample.survey);
  const customers = writeSampleTab(context.spreadsheet, sample.customers);
  const properties = services.propertiesService.getDocumentProperties();
  const saved = loadSettings(properties);
  storeSettings(properties, {
    ...saved,
    // A user's own targets stay; a first try gets the sample's, so statuses show at once.
    targets: Object.keys(saved.targets).length > 0 ? saved.targets : SAMPLE_TARGETS,
    ticketSheet: tickets,
    columns: {},
    surveySheet: survey,
    customersSheet: customers,
  });
  const sheet = context.spreadsheet.getSheetByName(tickets);
  if (sheet) context.spreadsheet.setActiveSheet(sheet);
  return [tickets, survey, customers];
}

/** Adds or refreshes the definitions and calculator tab, and shows it. */
export function showDefinitions(services: Services): string {
  const context = contextOf(services);
  const settings = loadSettings(services.propertiesService.getDocumentProperties());
  const plan = planDefinitions({
    locale: context.locale,
    schedule: settings.schedule,
    slaHours: settings.slaHours,
  });
  const applied = applyPlan(services.spreadsheetApp, { sheets: [plan], activate: plan.name });
  return applied.sheets[plan.name].name;
}

/**
 * The menu again, in the spreadsheet's language. A menu handler runs with full authorisation, so it
 * may read the locale that `onOpen` could not in AuthMode.NONE (the add-on's first use in a
 * document): from the first click on, the menu names its items as the sidebar and Help do.
 */
export function refreshMenu(services: Services): void {
  try {
    const locale = localeFor(services.spreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
    buildMenu(services, locale);
  } catch {
    // A courtesy: the item the user clicked must run even where the menu cannot be rebuilt.
  }
}

/** The sidebar (menu: Build monthly report…); it asks for the spreadsheet's language itself. */
export function showSidebar(services: Services): void {
  const html = services.htmlService.createHtmlOutputFromFile("Sidebar").setTitle(t("app.name"));
  services.spreadsheetApp.getUi().showSidebar(html);
}

export function showHelp(services: Services): void {
  services.spreadsheetApp.getUi().alert(t("help.text", undefined, contextOf(services).locale));
}
