/**
 * The add-on menu. `onOpen` may run in AuthMode.NONE (before the user has authorised the add-on),
 * where only the menu may be built: it reads no document, no properties, nothing else. Its captions
 * are the only words Code.js carries (see i18n/en.ts); what the items do is in the report engine.
 */
import { menuEn } from "../i18n/en";
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
    menu.addItem(menuEn[item.caption], item.handler);
  }
  menu.addToUi();
}
