/**
 * Every message of every translation rendered as a reader sees it: with counts of 1, 2, 5 and 21
 * and a decimal number in each placeholder. No English left, the locale's decimal comma, no
 * doubled brackets, and the plural forms each language needs (1 row, Latvian 21 rinda).
 */
import { describe, expect, it } from "vitest";
import * as de from "../../src/i18n/de";
import * as en from "../../src/i18n/en";
import { fill, type MessagePart, parseMessage } from "../../src/i18n/format";
import type { Locale } from "../../src/i18n/locale";
import * as lv from "../../src/i18n/lv";
import { t } from "../../src/i18n/messages";
import * as nb from "../../src/i18n/nb";
import { t as sidebarT, useLocale } from "../../src/i18n/sidebar-messages";
import * as sv from "../../src/i18n/sv";
import * as zh from "../../src/i18n/zh";

type Other = Exclude<Locale, "en">;
const MODULES: Record<Other, Record<string, unknown>> = { sv, de, nb, lv, zh };
const OTHERS = Object.keys(MODULES) as Other[];
const PARTS = ["menu", "shared", "server", "sidebar"];

/** Every message of a translation, all parts together. */
function messages(locale: Other): [string, string][] {
  const suffix = locale[0].toUpperCase() + locale.slice(1);
  return PARTS.flatMap((part) =>
    Object.entries(MODULES[locale][`${part}${suffix}`] as Record<string, string>),
  );
}

function args(parts: MessagePart[], into = new Set<string>()): Set<string> {
  for (const part of parts) {
    if (typeof part === "string") continue;
    into.add(part.arg);
    for (const branch of Object.values(part.plural ?? {})) args(branch, into);
  }
  return into;
}

/** The message with every placeholder given `value`. */
function render(text: string, value: number, locale: Locale): string {
  const params = Object.fromEntries([...args(parseMessage(text))].map((name) => [name, value]));
  return fill(text, params, locale);
}

/**
 * Words that give English away. Not on it: product and method names (Support KPIs, Apps Script,
 * Wilson, Wald), acronyms (KPI, CSAT, SLA), the schedule syntax (Mon-Fri), and words the languages
 * share with English (per, total, churn, "Tickets" and "Minute" in German, "for" in Norwegian, "no" in Latvian). "Sheets" is on it:
 * each language names the product in its own words (Google Kalkylark, Google Regneark, …).
 */
const ENGLISH = new Set(
  (
    "the and of with from not is are were been this that these those which when what how " +
    "into after before between within without only each every other more less than " +
    "row rows column columns tab tabs sheet sheets month months hour hours minutes day days " +
    "created resolved blank skipped report reports choose enter number numbers target business " +
    "calendar response responses rating ratings customer customers revenue cost spend please try " +
    "again done failed error none share age unassigned agents satisfied agree"
  ).split(" "),
);

/** Text a translation may quote in English: header names a log may carry, and the schedule syntax. */
const QUOTED = /[“”"„‚‘’«»].*?[“”"‚‘’«»]|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b[-\w:, ]*/g;

function englishWords(text: string): string[] {
  const words = text.replace(QUOTED, " ").match(/[\p{L}']+/gu) ?? [];
  return words.filter((w) => ENGLISH.has(w.toLowerCase()) && w !== "SLA");
}

const COMMA_DECIMAL: Other[] = ["sv", "de", "nb", "lv"];

describe("every message as rendered", () => {
  for (const locale of OTHERS) {
    describe(locale, () => {
      it("leaves no English word, with counts of 1, 2, 5 and 21 and a decimal", () => {
        const found: string[] = [];
        for (const [key, text] of messages(locale)) {
          for (const value of [1, 2, 5, 21, 6.5]) {
            const words = englishWords(render(text, value, locale));
            if (words.length > 0) found.push(`${key}: ${words.join(", ")}`);
          }
        }
        expect([...new Set(found)]).toEqual([]);
      });

      it("writes decimals the locale's way and never doubles brackets", () => {
        for (const [key, text] of messages(locale)) {
          const shown = render(text, 6.5, locale);
          if (args(parseMessage(text)).size > 0 && COMMA_DECIMAL.includes(locale)) {
            expect(shown, `${locale} ${key}`).not.toMatch(/\d\.\d/);
          }
          for (const value of [1, 2, 5, 21, 6.5]) {
            const text1 = render(text, value, locale);
            expect(text1, `${locale} ${key}`).not.toMatch(/[)）]\s*[(（]|[(（]\s*[(（]/);
            expect(text1, `${locale} ${key}: a # outside a plural`).not.toMatch(/#/);
          }
        }
      });
    });
  }

  it("finds an English word where one is left (the check can fail)", () => {
    expect(englishWords("Rader som MEDIAN i Sheets: 5 rows skipped")).toEqual(["Sheets", "rows", "skipped"]);
    expect(englishWords("rubriken ”Created” eller Mon-Fri 09:00-17:00")).toEqual([]);
  });

  it("picks each language's plural forms for a count", () => {
    const blank = (locale: Locale, count: number) => t("input.rows.blank", { count }, locale);
    expect(blank("en", 1)).toBe("1 blank row between the data rows was skipped.");
    expect(blank("en", 21)).toBe("21 blank rows between the data rows were skipped.");
    expect(blank("sv", 1)).toBe("1 tom rad mellan dataraderna hoppades över.");
    expect(blank("sv", 2)).toBe("2 tomma rader mellan dataraderna hoppades över.");
    expect(blank("de", 1)).toBe("1 leere Zeile zwischen den Datenzeilen wurde übersprungen.");
    expect(blank("de", 5)).toBe("5 leere Zeilen zwischen den Datenzeilen wurden übersprungen.");
    expect(blank("nb", 1)).toBe("1 tom rad mellom dataradene ble hoppet over.");
    expect(blank("lv", 21)).toBe("Izlaista 21 tukša rinda starp datu rindām.");
    expect(blank("lv", 11)).toBe("Izlaistas 11 tukšas rindas starp datu rindām.");
    expect(blank("zh", 1)).toBe("已跳过数据行之间的 1 个空行。");
    const rest = (rest: number) =>
      t("report.volume.cappedCategories", { count: 9 + rest, shown: 9, rest }, "lv");
    expect(rest(21)).toContain("pārējā 21 apvienota");
    expect(rest(5)).toContain("pārējās 5 apvienotas");
    expect(t("report.note.badRatings", { count: 1, scale: 5 }, "de")).toBe(
      "1 CSAT-Bewertung im Ticketprotokoll ist keine ganze Zahl von 1 bis 5 und wurde nicht berücksichtigt.",
    );
    expect(t("definitions.sla.convention", { target: 1, hours: "" }, "nb")).toContain(
      "1 time i denne rapporten",
    );
    expect(t("definitions.sla.convention", { target: 24, hours: "" }, "nb")).toContain(
      "24 timer i denne rapporten",
    );
  });

  it("writes the sidebar's timeouts in the locale's decimals: 6,5 minuter", () => {
    const said: Record<Locale, string> = {
      en: "6.5 minutes",
      sv: "6,5 minuter",
      de: "6,5 Minuten",
      nb: "6,5 minutter",
      lv: "6,5 min",
      zh: "6.5 分钟",
    };
    try {
      for (const [locale, words] of Object.entries(said) as [Locale, string][]) {
        useLocale(locale);
        expect(sidebarT("sidebar.error.timeoutCall", { minutes: 6.5 }), locale).toContain(words);
        expect(sidebarT("sidebar.error.timeoutBuild", { minutes: 6.5 }), locale).toContain(words);
      }
    } finally {
      useLocale("en");
    }
    expect(en.sidebarEn["sidebar.error.timeoutCall"]).toContain("{minutes, plural,");
  });
});
