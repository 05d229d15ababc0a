/**
 * What the sidebar and the menu call (see api.ts for the sidebar's contract). Each endpoint takes
 * the Services it uses, so the same code runs against Google and against the offline spreadsheet.
 * Source tabs are only ever read, with one read per tab; all writing goes through report/apply.ts.
 */
import { type Locale, localeFor, type MessageParams, type SharedKey, t } from "../i18n/messages";
import {
  detectTicketColumns,
  pickCustomersTab,
  pickSurveyTab,
  pickTicketTab,
  resolveMapping,
  type TabPreview,
} from "../input/columns";
import { type ColumnMapping, TICKET_FIELDS, type TicketField } from "../input/ticket";
import { readTicketLog, ticketMonthTime } from "../input/ticket-log";
import { monthKeyOf } from "../metrics/zoned-time";
import type { Services, SheetLike, SpreadsheetLike } from "../platform/services";
import { findTab, sameTabName, tabNameKey } from "../platform/tab-name";
import { fingerprintOf, fitText, MAX_CELL_TEXT, type OwnTab, ownTabs, writeTabs } from "../report/apply";
import { planDefinitions } from "../report/definitions";
import { planReport } from "../report/report-plan";
import { buildSampleData, SAMPLE_TARGETS } from "../report/sample-data";
import { DEFAULT_SETTINGS, type Settings } from "../report/settings";
import { describe, settingsProblems } from "../report/settings-rules";
import {
  loadSettings,
  loadTabColumns,
  parseSettings,
  saveSettings as storeSettings,
} from "../report/settings-store";
import type { BuildRequest, BuildResult, DetectedLog, SidebarState } from "./api";
import { dateTextHints } from "./date-text";
import { buildMenu } from "./menu";
import { untouchedFirstTab, writeSampleTab } from "./sample-tabs";

/** Rows read below the header to check what kind of cells each column holds. */
const PREVIEW_ROWS = 20;
/** How long a second build waits for the first before saying one is running. */
const LOCK_WAIT_MS = 20_000;

interface Context {
  spreadsheet: SpreadsheetLike;
  timeZone: string;
  locale: Locale;
  /** The add-on's own tabs, searched once per call. */
  own?: OwnTab[];
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

/** The names of the add-on's own tabs, as Sheets compares names (one metadata search per call). */
function ownNames(context: Context): Set<string> {
  return new Set(ownTabsOf(context).map((tab) => tabNameKey(tab.sheet.getName())));
}

/** The add-on's own tabs (one metadata search per call). */
function ownTabsOf(context: Context): OwnTab[] {
  context.own ??= ownTabs(context.spreadsheet);
  return context.own;
}

/** The tabs a user's data may be on: every tab the add-on did not make. */
function sourceSheets(context: Context): { sources: SheetLike[]; own: string[] } {
  const mine = ownNames(context);
  const sources: SheetLike[] = [];
  const own: string[] = [];
  for (const sheet of context.spreadsheet.getSheets()) {
    const name = sheet.getName();
    if (mine.has(tabNameKey(name))) own.push(name);
    else sources.push(sheet);
  }
  return { sources, own };
}

/**
 * Runs `write` holding the document lock: every entry point that writes tabs goes through here, so
 * two users (or two clicks) never write the same tabs at once.
 */
function withDocumentLock<T>(services: Services, locale: Locale, write: () => T): T {
  const lock = services.lockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new Error(t("server.error.busy", undefined, locale));
  try {
    return write();
  } finally {
    lock.releaseLock();
  }
}

/** A user's tab by name; `missing` says what to do when there is none (the log's or another tab's words). */
function sourceSheet(
  context: Context,
  name: string,
  missing: "server.error.noSheet" | "server.error.noOtherTab" = "server.error.noSheet",
): SheetLike {
  if (!name) throw new Error(t("sidebar.invalid.noTab", undefined, context.locale));
  const sheet = context.spreadsheet.getSheets().find((s) => sameTabName(s.getName(), name));
  if (!sheet) throw new Error(t(missing, { sheet: name }, context.locale));
  if (ownNames(context).has(tabNameKey(name))) {
    throw new Error(t("server.error.ownSheet", { sheet: name }, context.locale));
  }
  return sheet;
}

/** The month a report opens on: the last full month with tickets, else the last month with tickets. */
export function defaultMonth(months: readonly string[], currentMonth: string): string | null {
  for (let i = months.length - 1; i >= 0; i--) if (months[i] < currentMonth) return months[i];
  return months.length > 0 ? months[months.length - 1] : null;
}

/**
 * The tab's layout, columns and months. `picked` is the mapping the sidebar shows, used as picked;
 * without it, the saved mapping of this tab (the settings', else the one `remembered` for it) while
 * it still names its headers, else detection.
 */
function detect(
  context: Context,
  sheet: SheetLike,
  saved: Settings,
  picked?: ColumnMapping,
  remembered?: ColumnMapping | null,
): DetectedLog {
  const values = readAll(sheet);
  const headers = (values[0] ?? []).map((h) => (h === null || h === undefined ? "" : String(h).trim()));
  const detection = detectTicketColumns(values[0] ?? [], {
    sample: values.slice(1, PREVIEW_ROWS + 1),
    locale: context.locale,
  });
  let columns = detection.columns;
  const warnings = [...detection.warnings];
  // Saved columns win while they still name headers of this tab.
  const savedHere = sameTabName(saved.ticketSheet, sheet.getName()) && Object.keys(saved.columns).length > 0;
  const wanted = picked ?? (savedHere ? saved.columns : (remembered ?? null));
  if (wanted) {
    const resolved = resolveMapping(values[0] ?? [], wanted, context.locale);
    if (picked || resolved.warnings.length === 0) {
      // Named as the tab names them: a long header saved by its start comes back whole.
      columns = {};
      for (const [field, index] of Object.entries(resolved.indexes))
        columns[field as TicketField] = headers[index];
      warnings.length = 0;
    }
    warnings.push(...resolved.warnings);
  }
  const log = readTicketLog(values, columns, {
    sheet: sheet.getName(),
    locale: context.locale,
    timeZone: context.timeZone,
    meanings: saved.activityMeanings,
  });
  const months = new Set<string>();
  // A log without created times is placed in months by its resolved or first response times.
  for (const ticket of log.tickets) {
    const time = ticketMonthTime(ticket);
    if (!Number.isNaN(time)) months.add(monthKeyOf(time, context.timeZone));
  }
  return {
    sheet: sheet.getName(),
    headers,
    columns,
    rows: log.rows,
    layout: log.layout,
    months: [...months].sort(),
    warnings: log.error ? [log.error, ...warnings] : [...warnings, ...log.problems],
    activities: log.activities ?? [],
    dateText: dateTextHints(headers, values.slice(1), columns),
  };
}

export function getSidebarState(services: Services, now = Date.now()): SidebarState {
  const context = contextOf(services);
  const saved = loadSettings(services.propertiesService.getDocumentProperties());
  const { sources, own } = sourceSheets(context);
  const previews = sources.map(preview);
  const savedLog = sources.find((s) => sameTabName(s.getName(), saved.ticketSheet));
  const picked = savedLog
    ? savedLog.getName()
    : (pickTicketTab(previews, [], { locale: context.locale })?.name ?? "");
  const logSheet = sources.find((s) => sameTabName(s.getName(), picked)) ?? null;
  const log = logSheet ? detect(context, logSheet, saved) : null;

  const settings: Settings = { ...saved, ticketSheet: picked, columns: log ? log.columns : saved.columns };
  const taken = [picked];
  if (!sources.some((s) => sameTabName(s.getName(), settings.surveySheet))) {
    settings.surveySheet = pickSurveyTab(previews, taken, { locale: context.locale })?.name ?? "";
  }
  if (!sources.some((s) => sameTabName(s.getName(), settings.customersSheet))) {
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

function pickedColumns(columns: ColumnMapping): ColumnMapping {
  const picked: ColumnMapping = {};
  for (const field of TICKET_FIELDS) {
    const header = columns[field];
    if (typeof header === "string" && header.trim() !== "") picked[field] = header;
  }
  return picked;
}

export function detectLog(services: Services, sheetName: string, columns?: ColumnMapping): DetectedLog {
  const context = contextOf(services);
  const properties = services.propertiesService.getDocumentProperties();
  // What the sidebar sends, kept to known fields naming headers as text (anything else is no pick).
  const picked = columns && typeof columns === "object" ? pickedColumns(columns) : undefined;
  const sheet = sourceSheet(context, sheetName);
  return detect(
    context,
    sheet,
    loadSettings(properties),
    picked,
    loadTabColumns(properties, sheet.getName()),
  );
}

/**
 * Settings as the sidebar sends them, checked by the sidebar's own rules: a value the sidebar would
 * refuse is refused here with the same words, never replaced by a default.
 */
function checkedSettings(settings: Settings, locale: Locale): Settings {
  const problems = settingsProblems(settings ?? DEFAULT_SETTINGS);
  const say = (key: SharedKey, params?: MessageParams) => t(key, params, locale);
  if (problems.length > 0) throw new Error(problems.map((p) => describe(p, say)).join(" "));
  return parseSettings(JSON.stringify(settings ?? DEFAULT_SETTINGS));
}

export function saveSettings(services: Services, settings: Settings): void {
  checkedSettings(settings, contextOf(services).locale);
  storeSettings(services.propertiesService.getDocumentProperties(), parseSettings(JSON.stringify(settings)));
}

function readOptional(context: Context, name: string): { sheet: string; values: unknown[][] } | null {
  if (!name) return null;
  return { sheet: name, values: readAll(sourceSheet(context, name, "server.error.noOtherTab")) };
}

/** The KPI tracker tab's values, when the add-on made it (never a user's tab of that name). */
function readTracker(context: Context): unknown[][] | null {
  const name = t("tracker.sheetName", undefined, context.locale);
  const own = ownTabsOf(context).find((tab) => tab.owner === `tracker:${name}`);
  return own ? readAll(own.sheet) : null;
}

/** The earliest month a report may cover: Sheets' dates start at 1899-12-30. */
const FIRST_YEAR = 1900;

/** Whether `month` is a "YYYY-MM" the report can cover. */
function isReportMonth(month: unknown): month is string {
  return (
    typeof month === "string" &&
    /^\d{4}-(0[1-9]|1[0-2])$/.test(month) &&
    Number(month.slice(0, 4)) >= FIRST_YEAR
  );
}

/**
 * Builds the report and the definitions tab it links to. Everything that can be refused is checked
 * before the first write (the month, the settings, the tabs it reads, the plans, text too long for
 * a cell); the writes then go all or nothing (see TabWriter), under the document lock.
 */
export function buildReport(services: Services, request: BuildRequest, now = Date.now()): BuildResult {
  const context = contextOf(services);
  if (!isReportMonth(request?.month)) {
    throw new Error(t("server.error.month", { month: String(request?.month) }, context.locale));
  }
  const month = request.month;
  const settings = checkedSettings(request.settings, context.locale);
  return withDocumentLock(services, context.locale, () => {
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
    const fingerprint = fingerprintOf(definitionsPlan);
    const tracker = readTracker(context);
    const plan = (definitions: { name: string; id: number }) =>
      planReport({
        month,
        timeZone: context.timeZone,
        now,
        locale: context.locale,
        settings,
        log,
        survey,
        customers,
        definitions,
        sheetLocale: context.sheetLocale,
        tracker,
      });
    return writeTabs(services.spreadsheetApp, (writer) => {
      // The report links to the definitions tab by id. When that tab stays as it is, its id is
      // known now; otherwise the plan is made (and so checked) first with a stand-in id, and made
      // again once the new tab has its id.
      const kept = writer.unchanged(definitionsPlan, fingerprint);
      let report = plan(kept ?? { name: definitionsPlan.name, id: 0 });
      let fitted = report.plan.sheets.map(fitText);
      const definitions = writer.write(definitionsPlan, { fingerprint });
      if (!kept) {
        report = plan(definitions);
        fitted = report.plan.sheets.map(fitText);
      }
      let applied = definitions;
      for (const [i, sheetPlan] of report.plan.sheets.entries()) {
        const written = writer.write(fitted[i].plan);
        if (sheetPlan.name === report.sheetName) applied = written;
      }
      storeSettings(services.propertiesService.getDocumentProperties(), settings);
      const cut = fitted.flatMap((f, i) => f.cut.map((cell) => `${report.plan.sheets[i].name}!${cell}`));
      return {
        activate: report.plan.activate,
        result: {
          sheetName: applied.name,
          sheetId: applied.id,
          ticketsRead: log.tickets.length,
          ticketsInMonth: report.ticketsInMonth,
          notes: [
            ...log.problems,
            ...report.notes,
            ...(cut.length > 0
              ? [t("server.note.cut", { cells: cut.join(", "), max: MAX_CELL_TEXT }, context.locale)]
              : []),
          ],
          generatedAt: new Date(now).toISOString(),
        },
      };
    });
  });
}

export function openSheet(services: Services, sheetName: string): void {
  const context = contextOf(services);
  const sheet = context.spreadsheet.getSheets().find((s) => sameTabName(s.getName(), sheetName));
  if (!sheet) throw new Error(t("server.error.noReportTab", { sheet: sheetName }, context.locale));
  context.spreadsheet.setActiveSheet(sheet);
}

/**
 * Adds the sample ticket log, survey and customers tabs (refreshing them in place when an earlier
 * run made them), points the settings at them, opens the sidebar. Under the document lock; a
 * failure removes the tabs it added.
 */
export function insertSampleData(services: Services, now = Date.now()): string[] {
  const context = contextOf(services);
  const sample = buildSampleData({ now, timeZone: context.timeZone, locale: context.locale });
  return withDocumentLock(services, context.locale, () => {
    const inserted: SheetLike[] = [];
    // A new spreadsheet's one empty tab, removed once the samples stand beside it.
    const blank = untouchedFirstTab(context.spreadsheet);
    try {
      const tickets = writeSampleTab(
        services.spreadsheetApp,
        context.spreadsheet,
        sample.tickets,
        "tickets",
        inserted,
      );
      const survey = writeSampleTab(
        services.spreadsheetApp,
        context.spreadsheet,
        sample.survey,
        "survey",
        inserted,
      );
      const customers = writeSampleTab(
        services.spreadsheetApp,
        context.spreadsheet,
        sample.customers,
        "customers",
        inserted,
      );
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
      const first = findTab(context.spreadsheet.getSheets(), tickets);
      if (first) context.spreadsheet.setActiveSheet(first);
      if (blank) context.spreadsheet.deleteSheet(blank);
      return [tickets, survey, customers];
    } catch (error) {
      for (const sheet of inserted.reverse()) {
        try {
          context.spreadsheet.deleteSheet(sheet);
        } catch {
          // Left for the user to delete; the error below says what failed.
        }
      }
      throw error;
    }
  });
}

/**
 * Adds the definitions and calculator tab, or brings it up to date with the settings, and shows it.
 * A tab already up to date is kept as it is (with what the user typed into the calculator, and the
 * id the reports' links name). Under the document lock, all or nothing.
 */
export function showDefinitions(services: Services): string {
  const context = contextOf(services);
  const settings = loadSettings(services.propertiesService.getDocumentProperties());
  const plan = planDefinitions({
    locale: context.locale,
    schedule: settings.schedule,
    slaHours: settings.slaHours,
  });
  return withDocumentLock(services, context.locale, () =>
    writeTabs(services.spreadsheetApp, (writer) => ({
      result: writer.write(plan, { fingerprint: fingerprintOf(plan) }).name,
      activate: plan.name,
    })),
  );
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
