/**
 * The one message table: every word the sidebar, menu and report show comes from here.
 *
 * English is complete and is the type every other language must match; a language added later
 * (Swedish, German, Norwegian, Latvian, Chinese) may leave keys out and falls back to English.
 * Placeholders are `{name}`, filled by `t(key, { name })`.
 */
import { en } from "./en";

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
export type Locale = "en";

const tables: Record<Locale, Partial<Messages>> = { en };

/** The language for a spreadsheet locale such as "sv_SE"; English until other tables exist. */
export function localeFor(spreadsheetLocale: string | undefined): Locale {
  const language = (spreadsheetLocale ?? "en").slice(0, 2).toLowerCase();
  return language in tables ? (language as Locale) : "en";
}

export function t(key: MessageKey, params?: Record<string, string | number>, locale: Locale = "en"): string {
  const template = tables[locale][key] ?? en[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
