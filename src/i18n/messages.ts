/**
 * The one message table: every word the sidebar, menu and report show comes from en.ts, and from
 * its translations (sv.ts, de.ts, nb.ts, lv.ts, zh.ts), which the compiler holds to English's keys:
 * each translates every key but the few that stay English (formulas, schedule syntax, the name).
 * Placeholders are `{name}` and plural forms `{count, plural, one {# row} other {# rows}}`, filled by
 * `t(key, { name }, locale)` with numbers and lists written the language's way (format.ts).
 *
 * The table is in parts by who says them (see en.ts), so each bundle carries only its own words:
 * this `t` says the report engine's (shared and server parts, in dist/ReportEngine.html); the
 * sidebar's `t` is in sidebar-messages.ts, and the menu's captions are in menu.ts. Each is
 * typed by its parts' keys, so no code can ask for a word its bundle does not carry.
 */
import { serverDe, sharedDe } from "./de";
import { serverEn, sharedEn } from "./en";
import { fill, type MessageParams } from "./format";
import type { Locale } from "./locale";
import { serverLv, sharedLv } from "./lv";
import { serverNb, sharedNb } from "./nb";
import { serverSv, sharedSv } from "./sv";
import { serverZh, sharedZh } from "./zh";

export { formatList, type MessageParams, type MessageValue } from "./format";
export { type Locale, localeFor } from "./locale";

type ServerMessages = typeof serverEn;

/** A key both the report engine and the sidebar say. */
export type SharedKey = keyof typeof sharedEn;
/** A key the report engine (report tabs, sidebar endpoints, help) says. */
export type MessageKey = SharedKey | keyof ServerMessages;
export type Messages = Record<MessageKey, string>;

/** Each language's own parts, looked up in order; English answers what they leave out (formulas). */
const TABLES: Record<Locale, readonly Partial<Messages>[]> = {
  en: [],
  sv: [serverSv, sharedSv],
  de: [serverDe, sharedDe],
  nb: [serverNb, sharedNb],
  lv: [serverLv, sharedLv],
  zh: [serverZh, sharedZh],
};

/** A formula typed into a cell (definitions.*.function): its numbers stay as formulas write them. */
const FORMULA = /\.function$/;

export function t(key: MessageKey, params?: MessageParams, locale: Locale = "en"): string {
  const numbers = FORMULA.test(key) ? null : locale;
  for (const table of TABLES[locale]) {
    const text = table[key];
    if (text !== undefined) return fill(text, params, numbers);
  }
  const english = key in serverEn ? serverEn[key as keyof ServerMessages] : sharedEn[key as SharedKey];
  return fill(english, params, numbers);
}
