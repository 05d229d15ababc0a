/**
 * The one entry file of dist/Code.js: the add-on's public surface, nothing else. The build turns
 * each export into a top-level function (Apps Script has no modules), and each registry entry into a
 * `@customfunction` stub that calls `customFunction`. Nothing here runs at load time.
 *
 * Sheets evaluates Code.js on every custom-function call, so it holds only what those calls and the
 * menu need; everything else is the report engine (src/report-engine.ts), compiled from
 * ReportEngine.html the first time a menu item or the sidebar needs it in a run.
 */
import type { Result } from "./functions/define";
import { callCustomFunction } from "./functions/registry";
import { localeFor } from "./i18n/locale";
import type { ColumnMapping } from "./input/ticket";
import { loadScriptFile, REPORT_ENGINE } from "./platform/script-file";
import { appsScriptServices, menuLocale, menuServices } from "./platform/services";
import { spreadsheetTimeZone } from "./platform/time-zone";
import type { Settings } from "./report/settings";
import type * as ReportEngine from "./report-engine";
import type { BuildRequest, BuildResult, DetectedLog, SidebarState } from "./server/api";
import { buildMenu } from "./server/menu";

/** Called by every generated custom-function stub. */
export function customFunction(name: string, args: unknown[]): Result {
  return callCustomFunction(name, args, { timeZone: spreadsheetTimeZone });
}

// Menu and lifecycle. onOpen may run in AuthMode.NONE: it builds the menu and nothing else.
export function onOpen(e?: unknown): void {
  const services = menuServices();
  buildMenu(services, localeFor(menuLocale(e, services)));
}

export function onInstall(e?: unknown): void {
  onOpen(e);
}

let engine: typeof ReportEngine | undefined;

/** The report engine, compiled once per run (each menu click or sidebar call is a run). */
function reportEngine(): typeof ReportEngine {
  engine ??= loadScriptFile<typeof ReportEngine>(
    appsScriptServices().htmlService,
    REPORT_ENGINE.file,
    REPORT_ENGINE.global,
  );
  return engine;
}

// Menu items.
export function showSidebar(): void {
  reportEngine().showSidebar();
}

export function insertSampleData(): void {
  reportEngine().insertSampleData();
}

export function showDefinitions(): void {
  reportEngine().showDefinitions();
}

export function showHelp(): void {
  reportEngine().showHelp();
}

// Sidebar endpoints (google.script.run); see server/api.ts.
export function getSidebarState(): SidebarState {
  return reportEngine().getSidebarState();
}

export function detectLog(sheet: string, columns?: ColumnMapping): DetectedLog {
  return reportEngine().detectLog(sheet, columns);
}

export function saveSettings(settings: Settings): void {
  reportEngine().saveSettings(settings);
}

export function buildReport(request: BuildRequest): BuildResult {
  return reportEngine().buildReport(request);
}

export function openSheet(sheetName: string): void {
  reportEngine().openSheet(sheetName);
}
