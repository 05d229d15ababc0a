/**
 * Header names in the add-on's other languages, for finding columns (columns.ts). Teams export ticket
 * logs from helpdesks, and keep survey and finance tabs, with headers in their own language whatever
 * the spreadsheet's locale, so columns.ts adds every language's names to the English tables.
 *
 * Data only, in the shape `extendRules` takes: per language, per field, more names (a header or
 * [header, weight]), keywords, filler and reject words. They are written as people type them; the
 * matcher drops case, accents and punctuation ("Gelöst am" is "gelost am", "Løst" stays "løst": ø is a
 * letter of its own). German compounds and Chinese headers are single words to the matcher, so they
 * are listed whole ("Erstellungsdatum", 创建时间). Each language's sidebar labels (src/i18n/<lang>.ts)
 * are among the names, since users copy them.
 *
 * Every field's words are pooled across languages, so a word here must not mean something else in
 * English or another language: "pro" (German "per") is not a reject word, as "Pro revenue" is revenue;
 * a bare "Kontakt" (the customer, in German and Swedish exports) is not a count of contacts.
 */
import type { Locale } from "../i18n/messages";
import type { CustomerField, FieldRule, SurveyField } from "./columns";
import { DE } from "./names/de";
import { LV } from "./names/lv";
import { NB } from "./names/nb";
import { SV } from "./names/sv";
import { ZH } from "./names/zh";
import type { TicketField } from "./ticket";

/** The languages with names of their own here: all but English, whose names are in columns.ts. */
export type HeaderLanguage = Exclude<Locale, "en">;

/** One language's additions to a tab's rules. */
export type LanguageRules<F extends string> = Partial<Record<F, Partial<FieldRule>>>;

/** A tab's additions, per language. */
export type HeaderNames<F extends string> = Record<HeaderLanguage, LanguageRules<F>>;

/** One language's additions to the ticket log's, survey tab's and customers tab's rules. */
export interface LanguageNames {
  ticket: LanguageRules<TicketField>;
  survey: LanguageRules<SurveyField>;
  customers: LanguageRules<CustomerField>;
}

function perLanguage<F extends string>(pick: (names: LanguageNames) => LanguageRules<F>): HeaderNames<F> {
  return { sv: pick(SV), de: pick(DE), nb: pick(NB), lv: pick(LV), zh: pick(ZH) };
}

/** Ticket-log headers per language. */
export const TICKET_HEADER_NAMES: HeaderNames<TicketField> = perLanguage((l) => l.ticket);
/** Survey headers per language; questions are matched by their key words, as in English. */
export const SURVEY_HEADER_NAMES: HeaderNames<SurveyField> = perLanguage((l) => l.survey);
/** Customers-and-finance headers per language. */
export const CUSTOMER_HEADER_NAMES: HeaderNames<CustomerField> = perLanguage((l) => l.customers);
