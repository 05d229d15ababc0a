/**
 * The translations (sv, de, nb, lv, zh) against the English table: every key but the untranslated
 * ones, the same placeholders, really translated, and each `t` answering in its language with
 * formulas kept as in English. And every language's parts in the built files that say them: the
 * report's words in the report engine, the sidebar's in the sidebar, and in Code.js (evaluated on
 * every custom-function call) only the menu's captions.
 */
import { describe, expect, it } from "vitest";
import { readAddonFiles } from "../../playground/assets";
import * as de from "../../src/i18n/de";
import * as en from "../../src/i18n/en";
import { type MessagePart, parseMessage } from "../../src/i18n/format";
import { LANGUAGE_TAGS, LOCALES, type Locale, localeFor } from "../../src/i18n/locale";
import * as lv from "../../src/i18n/lv";
import { type MessageKey, t } from "../../src/i18n/messages";
import * as nb from "../../src/i18n/nb";
import { t as sidebarT, useLocale } from "../../src/i18n/sidebar-messages";
import * as sv from "../../src/i18n/sv";
import * as zh from "../../src/i18n/zh";
import { readBuiltCode } from "../support/bundle";

type Part = "menu" | "shared" | "server" | "sidebar";
const PARTS: Part[] = ["menu", "shared", "server", "sidebar"];
type Table = Record<string, string>;

const MODULES: Record<Exclude<Locale, "en">, Record<string, unknown>> = { sv, de, nb, lv, zh };
const OTHERS = Object.keys(MODULES) as Exclude<Locale, "en">[];

function english(part: Part): Table {
  return (en as Record<string, unknown>)[`${part}En`] as Table;
}

function translated(locale: Locale, part: Part): Table {
  if (locale === "en") return english(part);
  const suffix = locale[0].toUpperCase() + locale.slice(1);
  return MODULES[locale][`${part}${suffix}`] as Table;
}

const UNTRANSLATED = (key: string) =>
  /^definitions\.\w+\.function$/.test(key) || key === "app.name" || key === "sidebar.schedule.placeholder";

/** Every plural in a message's parts, with its branches (nested ones included). */
function plurals(parts: MessagePart[]): { arg: string; branches: string[] }[] {
  return parts.flatMap((part) =>
    typeof part === "string" || !part.plural
      ? []
      : [
          { arg: part.arg, branches: Object.keys(part.plural) },
          ...Object.values(part.plural).flatMap((branch) => plurals(branch)),
        ],
  );
}

/** The names a message's placeholders and plurals read, each once. */
function placeholders(text: string): string[] {
  const names = new Set<string>();
  const walk = (parts: MessagePart[]) => {
    for (const part of parts) {
      if (typeof part === "string") continue;
      names.add(part.arg);
      for (const branch of Object.values(part.plural ?? {})) walk(branch);
    }
  };
  walk(parseMessage(text));
  return [...names].sort();
}

describe("translations", () => {
  it("leave out only formulas: every definitions key kept in English is one", () => {
    const formulas = Object.entries(en.serverEn).filter(
      ([key]) => key.startsWith("definitions.") && UNTRANSLATED(key),
    );
    expect(formulas.length).toBeGreaterThan(15);
    for (const [key, text] of formulas) expect(text, key).toMatch(/^=[A-Z_]+\(/);
  });

  it("cover every language the add-on lists", () => {
    expect([...LOCALES].sort()).toEqual(["en", ...OTHERS].sort());
  });

  // A percent typed into a text ("80 % interval") must look like the percents the report formats
  // next to it: Swedish writes "80 %", Latvian and English "80%".
  for (const locale of LOCALES) {
    it(`${locale}: writes a number's percent sign the way Intl formats that language's percents`, () => {
      const spaced = /\d\s%/.test(
        new Intl.NumberFormat(LANGUAGE_TAGS[locale], { style: "percent" }).format(0.8),
      );
      const found: string[] = [];
      let count = 0;
      for (const part of PARTS) {
        for (const [key, text] of Object.entries(translated(locale, part))) {
          for (const m of text.matchAll(/[\d}](\s?)%/g)) {
            count++;
            if ((m[1] !== "") !== spaced)
              found.push(`${key}: …${text.slice(Math.max(0, m.index - 12), m.index + 3)}`);
          }
        }
      }
      expect(count, locale).toBeGreaterThan(5);
      expect(found).toEqual([]);
    });
  }

  for (const locale of OTHERS) {
    describe(locale, () => {
      it("translates every key but formulas, the schedule syntax and the name, with English's placeholders", () => {
        for (const part of PARTS) {
          const source = english(part);
          const table = translated(locale, part);
          const expected = Object.keys(source).filter((key) => !UNTRANSLATED(key));
          expect(Object.keys(table).sort(), `${locale} ${part}`).toEqual(expected.sort());
          for (const key of expected) {
            expect(table[key].trim(), `${locale} ${key}`).not.toBe("");
            expect(placeholders(table[key]), `${locale} ${key}`).toEqual(placeholders(source[key]));
          }
        }
      });

      it("writes every plural with exactly its language's forms (Latvian: zero, one, other; Chinese: other)", () => {
        const forms = new Intl.PluralRules(LANGUAGE_TAGS[locale])
          .resolvedOptions()
          .pluralCategories.slice()
          .sort();
        let count = 0;
        for (const part of PARTS) {
          for (const [key, text] of Object.entries(translated(locale, part))) {
            expect(text.split("{").length, `${locale} ${key}: unbalanced braces`).toBe(
              text.split("}").length,
            );
            for (const { arg, branches } of plurals(parseMessage(text))) {
              count++;
              const named = branches.filter((b) => !b.startsWith("=")).sort();
              expect(named, `${locale} ${key} {${arg}, plural}`).toEqual(forms);
            }
          }
        }
        if (locale !== "zh") expect(count).toBeGreaterThan(5);
      });

      it("is a translation: no sentence of 30 characters or more is left in English", () => {
        const sentences = PARTS.flatMap((part) =>
          Object.entries(translated(locale, part)).map(([key, text]) => [english(part)[key], text]),
        ).filter(([source]) => source.length >= 30);
        const same = sentences.filter(([source, text]) => source === text);
        expect(sentences.length).toBeGreaterThan(150);
        expect(same).toEqual([]);
      });

      it("is what t says in that language; formulas stay as in English", () => {
        const server = translated(locale, "server");
        expect(t("report.findings", undefined, locale)).toBe(server["report.findings"]);
        expect(t("report.title", { month: "2026-10" }, locale)).toBe(
          server["report.title"].replace("{month}", "2026-10"),
        );
        expect(t("sidebar.field.created", undefined, locale)).toBe(
          translated(locale, "shared")["sidebar.field.created"],
        );
        const formula: MessageKey = "definitions.nps.function";
        expect(t(formula, undefined, locale)).toBe(en.serverEn[formula]);
        expect(t("app.name", undefined, locale)).toBe("Support KPIs");
      });

      it("is what the sidebar says once it speaks that language", () => {
        useLocale(locale);
        try {
          expect(sidebarT("sidebar.build")).toBe(translated(locale, "sidebar")["sidebar.build"]);
          expect(sidebarT("sidebar.schedule.placeholder")).toBe(en.sidebarEn["sidebar.schedule.placeholder"]);
        } finally {
          useLocale("en");
        }
      });
    });
  }
});

/** The longest stretch of a text without placeholders or characters a bundle may escape. */
function phrase(text: string): string {
  return text.split(/\{\w+\}|["'`\\\n]/).reduce((a, b) => (b.length > a.length ? b : a), "");
}

/** The distinctive phrases of one part: long enough not to occur by chance, and in no other part. */
function phrases(part: Table, others: Table[], min: number): string[] {
  const elsewhere = others.flatMap((o) => Object.values(o)).join("\n");
  return Object.values(part)
    .map(phrase)
    .filter((p) => p.length >= min && !elsewhere.includes(p));
}

describe("built files", () => {
  const { htmlFiles } = readAddonFiles();
  const engine = htmlFiles["ReportEngine.html"];
  const sidebar = htmlFiles["Sidebar.html"];
  // Without the custom functions' JSDoc (English help that may share words with the tables).
  const code = readBuiltCode().replace(/\/\*\*[\s\S]*?\*\//g, "");

  for (const locale of LOCALES) {
    it(`carry ${locale}'s report words in the engine, its sidebar words in the sidebar, its menu in Code.js`, () => {
      const min = locale === "zh" ? 8 : 20;
      const server = { ...translated(locale, "shared"), ...translated(locale, "server") };
      const own = translated(locale, "sidebar");
      // Shared words (field labels, the settings' rules) belong in both bundles.
      const said = phrases(translated(locale, "server"), [own, translated(locale, "shared")], min);
      const shown = phrases(own, [server], min);
      expect(said.length).toBeGreaterThan(100);
      expect(shown.length).toBeGreaterThan(15);
      expect(said.filter((p) => !engine.includes(p))).toEqual([]);
      expect(said.filter((p) => sidebar.includes(p) || code.includes(p))).toEqual([]);
      expect(shown.filter((p) => !sidebar.includes(p))).toEqual([]);
      expect(shown.filter((p) => engine.includes(p) || code.includes(p))).toEqual([]);
      expect(Object.values(translated(locale, "menu")).filter((c) => !code.includes(c))).toEqual([]);
    });
  }
});

describe("localeFor", () => {
  it("maps spreadsheet locales to the tables, English for the rest", () => {
    const cases: [string | undefined, Locale][] = [
      ["sv_SE", "sv"],
      ["sv_FI", "sv"],
      ["de_DE", "de"],
      ["de_CH", "de"],
      ["nb_NO", "nb"],
      ["nn_NO", "nb"],
      ["no_NO", "nb"],
      ["lv_LV", "lv"],
      ["zh_CN", "zh"],
      ["zh_TW", "zh"],
      ["en_GB", "en"],
      ["fr_FR", "en"],
      ["", "en"],
      [undefined, "en"],
      ["sv-SE", "sv"],
    ];
    for (const [input, expected] of cases) expect(localeFor(input), String(input)).toBe(expected);
  });
});
