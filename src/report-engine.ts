/**
 * The second entry file: the report engine's public surface, bundled into dist/ReportEngine.html
 * and compiled by Code.js only when a menu item or the sidebar calls it (see
 * platform/script-file.ts for why). Each export is a function src/main.ts forwards to under the same
 * name; a test checks the two lists agree. Nothing here runs at load time.
 */
import type { ColumnMapping } from "./input/ticket";
import { appsScriptServices } from "./platform/services";
import type { Settings } from "./report/settings";
import type { BuildRequest, BuildResult, DetectedLog, SidebarState } from "./server/api";
import * as endpoints from "./server/endpoints";

// Menu items. Each first rebuilds the menu in the spreadsheet's language (see refreshMenu).
export function showSidebar(): void {
  const services = appsScriptServices();
  endpoints.refreshMenu(services);
  endpoints.showSidebar(services);
}

export function insertSampleData(): void {
  const services = appsScriptServices();
  endpoints.refreshMenu(services);
  endpoints.insertSampleData(services);
  endpoints.showSidebar(services);
}

export function showDefinitions(): void {
  const services = appsScriptServices();
  endpoints.refreshMenu(services);
  endpoints.showDefinitions(services);
}

export function showHelp(): void {
  const services = appsScriptServices();
  endpoints.refreshMenu(services);
  endpoints.showHelp(services);
}

// Sidebar endpoints (google.script.run); see server/api.ts.
export function getSidebarState(): SidebarState {
  return endpoints.getSidebarState(appsScriptServices());
}

export function detectLog(sheet: string, columns?: ColumnMapping): DetectedLog {
  return endpoints.detectLog(appsScriptServices(), sheet, columns);
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
