/**
 * The one message table: every word the sidebar, menu and report show comes from en.ts.
 *
 * English is complete and is the type every other language must match; a language added later
 * (Swedish, German, Norwegian, Latvian, Chinese) may leave keys out and falls back to English.
 * Placeholders are `{name}`, filled by `t(key, { name })`.
 *
 * The table is in parts by who says them (see en.ts), so each bundle carries only its own words:
 * this `t` says the report engine's (shared and server parts, in dist/ReportEngine.html); the
 * sidebar's `t` is in sidebar-messages.ts, and the menu reads its captions from `menuEn`. Each is
 * typed by its parts' keys, so no code can ask for a word its bundle does not carry.
 */
import { serverEn, sharedEn } from "./en";

type ServerMessages = typeof serverEn;

/** A key both the add-on and the sidebar say. */
export type SharedKey = keyof typeof sharedEn;
/** A key the report engine (report tabs, sidebar endpoints, help) says. */
export type MessageKey = SharedKey | keyof ServerMessages;
export type Messages = Record<MessageKey, string>;
export type Locale = "en";
export type MessageParams = Record<string, string | number>;

/** Other languages' tables, each falling back to English key by key; none yet. */
const translations: Record<Locale, Partial<Messages>> = { en: {} };

/** The language for a spreadsheet locale such as "sv_SE"; English until other tables exist. */
export function localeFor(spreadsheetLocale: string | undefined): Locale {
  const language = (spreadsheetLocale ?? "en").slice(0, 2).toLowerCase();
  return language in translations ? (language as Locale) : "en";
}

/** `template` with its `{name}` placeholders filled from `params`; unknown names stay as written. */
export function fill(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function t(key: MessageKey, params?: MessageParams, locale: Locale = "en"): string {
  const english = key in serverEn ? serverEn[key as keyof ServerMessages] : sharedEn[key as SharedKey];
  return fill(translations[locale][key] ?? english, params);
}
