/**
 * The add-on menu. `onOpen` may run in AuthMode.NONE (before the user has authorised the add-on),
 * where only the menu may be built: it reads no document, no properties, nothing else, and so
 * speaks English; once it may read the spreadsheet's locale, the menu speaks its language. The
 * captions are the only words Code.js carries (see i18n/en.ts); what the items do is in the report
 * engine.
 */
import { menuDe } from "../i18n/de";
import { menuEn } from "../i18n/en";
import type { Locale } from "../i18n/locale";
import { menuLv } from "../i18n/lv";
import { menuNb } from "../i18n/nb";
import { menuSv } from "../i18n/sv";
import { menuZh } from "../i18n/zh";
import type { Services } from "../platform/services";

const CAPTIONS: Record<Locale, Record<keyof typeof menuEn, string>> = {
  en: menuEn,
  sv: menuSv,
  de: menuDe,
  nb: menuNb,
  lv: menuLv,
  zh: menuZh,
};

/** The global function each menu item calls (see src/main.ts). */
const MENU_ITEMS = [
  { caption: "menu.build", handler: "showSidebar" },
  { caption: "menu.sample", handler: "insertSampleData" },
  { caption: "menu.definitions", handler: "showDefinitions" },
  { caption: "menu.help", handler: "showHelp" },
] as const;

export function buildMenu(services: Pick<Services, "spreadsheetApp">, locale: Locale = "en"): void {
  const menu = services.spreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item.handler === "showHelp") menu.addSeparator();
    menu.addItem(CAPTIONS[locale][item.caption], item.handler);
  }
  menu.addToUi();
}
