/**
 * The one entry file: the add-on's public surface, nothing else. The build turns each export into a
 * top-level function of `dist/Code.js` (Apps Script has no modules), and each registry entry into a
 * `@customfunction` stub that calls `customFunction`. Nothing here runs at load time.
 */
import type { Result } from "./functions/define";
import { callCustomFunction } from "./functions/registry";
import { appsScriptServices, menuServices } from "./platform/services";
import { spreadsheetTimeZone } from "./platform/time-zone";
import type { Settings } from "./report/settings";
import type { BuildRequest, BuildResult, DetectedLog, SidebarState } from "./server/api";
import * as endpoints from "./server/endpoints";
import * as menu from "./server/menu";

/** Called by every generated custom-function stub. */
export function customFunction(name: string, args: unknown[]): Result {
  return callCustomFunction(name, args, { timeZone: spreadsheetTimeZone });
}

// Menu and lifecycle. onOpen may run in AuthMode.NONE: it builds the menu and nothing else.
export function onOpen(_e?: unknown): void {
  menu.buildMenu(menuServices());
}

export function onInstall(e?: unknown): void {
  onOpen(e);
}

export function showSidebar(): void {
  menu.openSidebar(appsScriptServices());
}

export function insertSampleData(): void {
  const services = appsScriptServices();
  endpoints.insertSampleData(services);
  menu.openSidebar(services);
}

export function showDefinitions(): void {
  endpoints.showDefinitions(appsScriptServices());
}

export function showHelp(): void {
  menu.showHelp(appsScriptServices());
}

// Sidebar endpoints (google.script.run); see server/api.ts.
export function getSidebarState(): SidebarState {
  return endpoints.getSidebarState(appsScriptServices());
}

export function detectLog(sheet: string): DetectedLog {
  return endpoints.detectLog(appsScriptServices(), sheet);
}

export function saveSettings(settings: Settings): void {
  endpoints.saveSettings(appsScriptServices(), settings);
}

export function buildReport(request: BuildRequest): BuildResult {
  return endpoints.buildReport(appsScriptServices(), request);
}

export function openSheet(sheetName: string): void {
  endpoints.openSheet(appsScriptServices(), sheetName);
}
