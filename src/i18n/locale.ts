/**
 * The languages the add-on speaks, and which one a spreadsheet gets. The report and the sidebar
 * follow the spreadsheet's locale (File > Settings), so a report shared with leadership reads in the
 * team's language; a language without a table gets English.
 */
export const LOCALES = ["en", "sv", "de", "nb", "lv", "zh"] as const;
export type Locale = (typeof LOCALES)[number];

/** Language codes of spreadsheet locales ("sv_SE", "de_CH", "no_NO") and the table each gets. */
const BY_LANGUAGE: Record<string, Locale> = {
  en: "en",
  sv: "sv",
  de: "de",
  // Norwegian: Bokmål, also for Nynorsk ("nn") and the plain "no" some systems use.
  nb: "nb",
  nn: "nb",
  no: "nb",
  lv: "lv",
  // Chinese: Simplified, also for zh_TW and zh_HK until a Traditional table exists.
  zh: "zh",
};

/** The language for a spreadsheet locale such as "sv_SE"; English when there is no table for it. */
export function localeFor(spreadsheetLocale: string | undefined): Locale {
  const language = (spreadsheetLocale ?? "").split(/[_-]/)[0].toLowerCase();
  return BY_LANGUAGE[language] ?? "en";
}

/** The BCP 47 tag for formatting numbers in a locale's texts (the sidebar's counts). */
export const LANGUAGE_TAGS: Record<Locale, string> = {
  en: "en-US",
  sv: "sv-SE",
  de: "de-DE",
  nb: "nb-NO",
  lv: "lv-LV",
  zh: "zh-CN",
};
