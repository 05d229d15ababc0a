/**
 * The add-on menu. `onOpen` may run in AuthMode.NONE (before the user has authorised the add-on),
 * where only the menu may be built: it reads no document, no properties, nothing else.
 */
import { t } from "../i18n/messages";
import type { Services } from "../platform/services";

/** The global function each menu item calls (see src/main.ts). */
const MENU_ITEMS = [
  { caption: "menu.build", handler: "showSidebar" },
  { caption: "menu.sample", handler: "insertSampleData" },
  { caption: "menu.definitions", handler: "showDefinitions" },
  { caption: "menu.help", handler: "showHelp" },
] as const;

export function buildMenu(services: Pick<Services, "spreadsheetApp">): void {
  const menu = services.spreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item.handler === "showHelp") menu.addSeparator();
    menu.addItem(t(item.caption), item.handler);
  }
  menu.addToUi();
}

export function openSidebar(services: Services): void {
  const html = services.htmlService.createHtmlOutputFromFile("Sidebar").setTitle(t("app.name"));
  services.spreadsheetApp.getUi().showSidebar(html);
}

export function showHelp(services: Services): void {
  services.spreadsheetApp.getUi().alert(t("menu.helpText"));
}
