/**
 * The sidebar's `t`: its own words and the shared ones in each language (see en.ts, messages.ts),
 * so that dist/Sidebar.html carries none of the report's texts. The sidebar speaks the browser's
 * language until the spreadsheet's state arrives, then the spreadsheet's (`useLocale`).
 */
import { sharedDe, sidebarDe } from "./de";
import { sharedEn, sidebarEn } from "./en";
import { fill, type MessageParams } from "./format";
import type { Locale } from "./locale";
import { sharedLv, sidebarLv } from "./lv";
import type { SharedKey } from "./messages";
import { sharedNb, sidebarNb } from "./nb";
import { sharedSv, sidebarSv } from "./sv";
import { sharedZh, sidebarZh } from "./zh";

/** A key the sidebar says. */
export type SidebarKey = SharedKey | keyof typeof sidebarEn;
type Table = Partial<Record<SidebarKey, string>>;

const TABLES: Record<Locale, readonly Table[]> = {
  en: [sidebarEn, sharedEn],
  sv: [sidebarSv, sharedSv],
  de: [sidebarDe, sharedDe],
  nb: [sidebarNb, sharedNb],
  lv: [sidebarLv, sharedLv],
  zh: [sidebarZh, sharedZh],
};

let current: Locale = "en";

/** Speaks `locale` from now on (the spreadsheet's, from the server's state). */
export function useLocale(locale: Locale): void {
  current = locale in TABLES ? locale : "en";
}

/** The language the sidebar speaks now. */
export function currentLocale(): Locale {
  return current;
}

export function t(key: SidebarKey, params?: MessageParams): string {
  for (const table of TABLES[current]) {
    const text = table[key];
    if (text !== undefined) return fill(text, params, current);
  }
  return fill(
    key in sidebarEn ? sidebarEn[key as keyof typeof sidebarEn] : sharedEn[key as SharedKey],
    params,
    current,
  );
}
