/**
 * Finding the columns of a ticket log, a survey tab and a customers-and-finance tab from their
 * header texts, and picking which tab is which.
 *
 * Headers are compared as words: case, spacing, punctuation, accents and camelCase/snake_case are
 * ignored ("Created at", "created_at", "CreatedAt" are the same), filler words per field are dropped
 * ("Date closed" is "closed" for the resolved field), and a field's reject words veto a match
 * ("Status No." is not the status, "Closed by" is not the resolved time). Each column goes to at most
 * one field, best score first, so "Status Name" wins the status over a weaker candidate. When a few
 * data rows are given, a column whose cells are the wrong kind is not used (a "Closed" column of
 * checkboxes is not the resolved time; "First response time" in hours is not a timestamp).
 *
 * The name tables are data: English in names/en.ts, and header-names.ts adds Swedish, German,
 * Norwegian, Latvian and Chinese names (names/<lang>.ts) with `extendRules`. The defaults hold every language, whatever the spreadsheet's
 * locale, since teams export in English or in their own language regardless of it; they are built on
 * first use, not at load. `options.rules` replaces them (English only: `{ rules: TICKET_RULES }`).
 */

import { type Locale, type MessageKey, t } from "../i18n/messages";
import { isClockText, ratingWord } from "./durations";
import {
  CUSTOMER_HEADER_NAMES,
  type HeaderNames,
  SURVEY_HEADER_NAMES,
  TICKET_HEADER_NAMES,
} from "./header-names";
import { CONTACT_CENTRE_NAMES } from "./names/contact-centre";
import { CUSTOMER_RULES, SURVEY_RULES, TICKET_RULES } from "./names/en";
import { EVENT_LOG_NAMES } from "./names/event-logs";
import { type ColumnMapping, TICKET_FIELD_LABELS, TICKET_FIELDS, type TicketField } from "./ticket";
import { columnLetters, isDate } from "./values/cells";
import { flagOf } from "./values/flags";

/** What a column's cells must mostly be for the field to use it. */
export type CellKind = "time" | "number" | "duration" | "text" | "any" | "flag" | "clock";

/** How to recognise one field's column. Names and words are written plainly; they are normalised. */
export interface FieldRule {
  /** Known header names, each a phrase or [phrase, weight 0–1] (default 1); the best match counts. */
  names: readonly (string | readonly [string, number])[];
  /** Words anywhere in a long header (a survey question) that identify the field, with their weight. */
  keywords?: readonly (readonly [string, number])[];
  /** Words ignored when comparing ("at", "date" for a time; "name" for a status). */
  filler?: readonly string[];
  /** Words that rule the field out ("no", "number" for status: that is the status number). */
  reject?: readonly string[];
  /** Only whole-header matches count (an id: "Customer ID" must not be the ticket id). */
  exactOnly?: boolean;
  kind: CellKind;
}

export type FieldRules<F extends string> = Record<F, FieldRule>;

export const SURVEY_FIELDS = ["date", "nps", "ces", "csat"] as const;
export type SurveyField = (typeof SURVEY_FIELDS)[number];

export const CUSTOMER_FIELDS = [
  "month",
  "customersStart",
  "customersEnd",
  "newCustomers",
  "lostCustomers",
  "revenue",
  "supportCost",
  "salesMarketing",
] as const;
export type CustomerField = (typeof CUSTOMER_FIELDS)[number];

/** Adds names, keywords, filler and reject words (another language's) to a rule table. */
export function extendRules<F extends string>(
  base: FieldRules<F>,
  extra: Partial<Record<F, Partial<FieldRule>>>,
): FieldRules<F> {
  const out = { ...base };
  for (const field of Object.keys(extra) as F[]) {
    const add = extra[field];
    if (!add) continue;
    const rule = base[field];
    out[field] = {
      ...rule,
      names: [...rule.names, ...(add.names ?? [])],
      keywords: [...(rule.keywords ?? []), ...(add.keywords ?? [])],
      filler: [...(rule.filler ?? []), ...(add.filler ?? [])],
      reject: [...(rule.reject ?? []), ...(add.reject ?? [])],
      exactOnly: add.exactOnly ?? rule.exactOnly,
      kind: add.kind ?? rule.kind,
    };
  }
  return out;
}

/** A rule table extended with every other language's names. */
function withLanguages<F extends string>(base: FieldRules<F>, names: HeaderNames<F>): FieldRules<F> {
  let rules = base;
  for (const extra of Object.values(names)) rules = extendRules(rules, extra);
  return rules;
}

/** `make` on first call, then its result: one rule table object, so `prepare` caches it once. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    if (value === undefined) value = make();
    return value;
  };
}

/** The default tables: English and every other language's names, built on first use. */
const ticketRules = once(() =>
  extendRules(
    extendRules(withLanguages(TICKET_RULES, TICKET_HEADER_NAMES), EVENT_LOG_NAMES),
    CONTACT_CENTRE_NAMES,
  ),
);
const surveyRules = once(() => withLanguages(SURVEY_RULES, SURVEY_HEADER_NAMES));
const customerRules = once(() => withLanguages(CUSTOMER_RULES, CUSTOMER_HEADER_NAMES));

/**
 * A header as lower-case words: accents dropped, camelCase and snake_case split, "&" read as "and",
 * "#" as "number", everything else that is not a letter or digit a separator.
 */
export function headerWords(header: unknown): string[] {
  const text = String(header ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/&/g, " and ")
    .replace(/#/g, " number ")
    .toLowerCase();
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
}

/** A header in the form used to compare texts: its words joined by single spaces. */
export function normalizeHeader(header: unknown): string {
  return headerWords(header).join(" ");
}

interface PreparedName {
  words: string[];
  weight: number;
}
interface PreparedRule {
  names: PreparedName[];
  keywords: PreparedName[];
  filler: Set<string>;
  reject: Set<string>;
  exactOnly: boolean;
  kind: CellKind;
}

// Prepared lazily (nothing computed at load time) and once per rule table.
const prepared = new WeakMap<object, Record<string, PreparedRule>>();

function prepare<F extends string>(rules: FieldRules<F>): Record<F, PreparedRule> {
  const cached = prepared.get(rules);
  if (cached) return cached as Record<F, PreparedRule>;
  const out = {} as Record<F, PreparedRule>;
  for (const field of Object.keys(rules) as F[]) {
    const rule = rules[field];
    // Normalised as headers are, so "fällig" or "första" can be written with its accents.
    const wordSet = (list: readonly string[] | undefined) =>
      new Set((list ?? []).flatMap((w) => headerWords(w)));
    const filler = wordSet(rule.filler);
    const strip = (words: string[]) => {
      const core = words.filter((w) => !filler.has(w));
      return core.length > 0 ? core : words;
    };
    out[field] = {
      names: rule.names.map((n) => {
        const [phrase, weight] = typeof n === "string" ? [n, 1] : n;
        return { words: strip(headerWords(phrase)), weight };
      }),
      keywords: (rule.keywords ?? []).map(([phrase, weight]) => ({ words: headerWords(phrase), weight })),
      filler,
      reject: wordSet(rule.reject),
      exactOnly: rule.exactOnly ?? false,
      kind: rule.kind,
    };
  }
  prepared.set(rules, out);
  return out;
}

function sameWords(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const rest = [...b];
  for (const w of a) {
    const i = rest.indexOf(w);
    if (i < 0) return false;
    rest.splice(i, 1);
  }
  return true;
}

function containsAll(haystack: string[], needle: string[]): boolean {
  for (const w of needle) if (!haystack.includes(w)) return false;
  return true;
}

/** Contiguous phrase, for keywords such as "0 10" that only mean something in order. */
function containsPhrase(haystack: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** How well a header's words name a field, 0–1: 1 for a known name, less for a name plus extra words. */
function scoreWords(words: string[], rule: PreparedRule): number {
  if (words.length === 0) return 0;
  for (const w of words) if (rule.reject.has(w)) return 0;
  const stripped = words.filter((w) => !rule.filler.has(w));
  const core = stripped.length > 0 ? stripped : words;
  let best = 0;
  for (const name of rule.names) {
    if (sameWords(core, name.words) || sameWords(words, name.words)) best = Math.max(best, name.weight);
    else if (!rule.exactOnly && containsAll(core, name.words)) {
      const extra = core.length - name.words.length;
      best = Math.max(best, name.weight * Math.max(0.3, 0.8 - 0.1 * extra));
    }
  }
  for (const key of rule.keywords) if (containsPhrase(words, key.words)) best = Math.max(best, key.weight);
  return best;
}

/** The lowest score a column needs to be proposed. */
const MIN_SCORE = 0.45;

interface ColumnProfile {
  nonBlank: number;
  times: number;
  numbers: number;
  /** H:MM[:SS] text, and satisfaction words ("Good", "Bad"): they serve durations and ratings. */
  clocks: number;
  ratings: number;
  booleans: number;
  /** Yes/no cells ("Y", "No", 1, 0, TRUE): a flag's; counted besides their other kind. */
  flags: number;
  text: number;
}

// Only over the few sample rows, so a regex per cell is fine here.
const DATE_TEXT = /^\s*\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/;
const NUMBER_TEXT = /^\s*[-+]?(\d+[.,]?\d*|[.,]\d+)\s*%?\s*$/;

function profileColumns(sample: readonly (readonly unknown[])[], width: number): ColumnProfile[] {
  const out: ColumnProfile[] = [];
  for (let c = 0; c < width; c++)
    out.push({ nonBlank: 0, times: 0, numbers: 0, clocks: 0, ratings: 0, booleans: 0, flags: 0, text: 0 });
  for (const row of sample) {
    for (let c = 0; c < width; c++) {
      const cell = row?.[c];
      if (cell === "" || cell === null || cell === undefined) continue;
      const p = out[c];
      // A date-time before 1900 is a Sheets duration or time of day (day zero is 1899-12-30).
      if (isDate(cell)) {
        if (cell.getUTCFullYear() < 1900) p.clocks++;
        else p.times++;
      } else if (typeof cell === "number") {
        p.numbers++;
        if (cell === 0 || cell === 1) p.flags++;
      } else if (typeof cell === "boolean") p.booleans++;
      else {
        const s = String(cell);
        if (s.trim() === "") continue;
        const flag = flagOf(s);
        if (flag !== undefined && !Number.isNaN(flag)) p.flags++;
        if (DATE_TEXT.test(s)) p.times++;
        else if (NUMBER_TEXT.test(s)) p.numbers++;
        else if (isClockText(s)) p.clocks++;
        else if (ratingWord(s) !== undefined) p.ratings++;
        else p.text++;
      }
      p.nonBlank++;
    }
  }
  return out;
}

/** Whether a column's sample cells suit a field; a column without sample cells always does. */
function suits(kind: CellKind, p: ColumnProfile | undefined): boolean {
  if (!p || p.nonBlank === 0) return true;
  const half = p.nonBlank / 2;
  if (kind === "time") return p.times >= half;
  if (kind === "number") return p.numbers + p.ratings >= half;
  if (kind === "duration") return p.numbers + p.clocks >= half;
  if (kind === "text") return p.times < half;
  if (kind === "flag") return p.flags + p.booleans >= half;
  if (kind === "clock") return p.clocks >= half;
  return true;
}

/** The kind of cells a column mostly holds, for a message. */
function mostlyHolds(p: ColumnProfile): "time" | "number" | "duration" | "boolean" | "text" {
  const max = Math.max(p.times, p.numbers, p.clocks, p.booleans, p.text + p.ratings);
  if (max === p.times) return "time";
  if (max === p.numbers) return "number";
  if (max === p.clocks) return "duration";
  if (max === p.booleans) return "boolean";
  return "text";
}

const KIND_LABELS: Record<CellKind | "boolean", MessageKey> = {
  flag: "input.kind.flag",
  clock: "input.kind.clock",
  time: "input.kind.time",
  number: "input.kind.number",
  duration: "input.kind.duration",
  text: "input.kind.text",
  boolean: "input.kind.boolean",
  any: "input.kind.any",
};

/** What was detected for one tab. */
export interface Detection<F extends string> {
  /** Header text per detected field: the form Settings stores. */
  columns: Partial<Record<F, string>>;
  /** 0-based column index per detected field. */
  indexes: Partial<Record<F, number>>;
  /** How sure each match is, 0–1 (1: the header is exactly a known name). */
  confidence: Partial<Record<F, number>>;
  /** Ambiguous or refused columns, for the user to check. */
  warnings: string[];
  /** Number of detected fields. */
  matched: number;
}

export interface DetectOptions {
  /** A few data rows below the header (as getValues gives them) to check each column's kind of cells. */
  sample?: readonly (readonly unknown[])[];
  locale?: Locale;
}

type Scope = "ticket" | "survey" | "customers";

// The ticket fields' labels are the sidebar's, so a message names a column as the sidebar does.
const LABELS: {
  ticket: Record<TicketField, MessageKey>;
  survey: Record<SurveyField, MessageKey>;
  customers: Record<CustomerField, MessageKey>;
} = {
  ticket: TICKET_FIELD_LABELS,
  survey: {
    date: "input.field.survey.date",
    nps: "input.field.survey.nps",
    ces: "input.field.survey.ces",
    csat: "input.field.survey.csat",
  },
  customers: {
    month: "input.field.customers.month",
    customersStart: "input.field.customers.customersStart",
    customersEnd: "input.field.customers.customersEnd",
    newCustomers: "input.field.customers.newCustomers",
    lostCustomers: "input.field.customers.lostCustomers",
    revenue: "input.field.customers.revenue",
    supportCost: "input.field.customers.supportCost",
    salesMarketing: "input.field.customers.salesMarketing",
  },
};

/** The label of a field in messages. */
export function fieldLabel(scope: Scope, field: string, locale: Locale = "en"): string {
  const key = (LABELS[scope] as Record<string, MessageKey>)[field];
  return key ? t(key, undefined, locale) : field;
}

function detect<F extends string>(
  scope: Scope,
  fields: readonly F[],
  rules: FieldRules<F>,
  headers: readonly unknown[],
  options: DetectOptions,
  twins: Partial<Record<F, F>> = {},
): Detection<F> {
  const locale = options.locale ?? "en";
  const prep = prepare(rules);
  const words = headers.map(headerWords);
  const profiles = options.sample ? profileColumns(options.sample, headers.length) : null;
  const candidates: { field: F; order: number; col: number; score: number }[] = [];
  const refused = new Map<F, { col: number; score: number }>();
  fields.forEach((field, order) => {
    const rule = prep[field];
    for (let col = 0; col < words.length; col++) {
      const score = scoreWords(words[col], rule);
      if (score < MIN_SCORE) continue;
      if (profiles && !suits(rule.kind, profiles[col])) {
        const seen = refused.get(field);
        if (!seen || score > seen.score) refused.set(field, { col, score });
        continue;
      }
      candidates.push({ field, order, col, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.order - b.order || a.col - b.col);

  const result: Detection<F> = { columns: {}, indexes: {}, confidence: {}, warnings: [], matched: 0 };
  const usedCols = new Set<number>();
  for (const c of candidates) {
    if (result.indexes[c.field] !== undefined || usedCols.has(c.col)) continue;
    result.indexes[c.field] = c.col;
    result.columns[c.field] = String(headers[c.col]).trim();
    result.confidence[c.field] = Math.round(c.score * 100) / 100;
    usedCols.add(c.col);
    result.matched++;
  }
  // A tie between two free columns is worth a look: "Created" and "Opened" both name the creation time.
  for (const c of candidates) {
    const chosen = result.indexes[c.field];
    if (chosen === undefined || chosen === c.col || usedCols.has(c.col)) continue;
    if (c.score < (result.confidence[c.field] ?? 1) - 0.001) continue;
    result.warnings.push(
      t(
        "input.columns.ambiguous",
        {
          field: fieldLabel(scope, c.field, locale),
          first: String(headers[chosen]).trim(),
          second: String(headers[c.col]).trim(),
        },
        locale,
      ),
    );
    usedCols.add(c.col);
  }
  for (const [field, { col, score }] of refused) {
    // A column another field uses is not "not used": nothing to say about it.
    if (result.indexes[field] !== undefined || !profiles || usedCols.has(col)) continue;
    // A duration's header over date-times ("Time to resolution" holding when it was resolved) is the
    // time that duration ends at, when that field has no column yet.
    const twin = twins[field];
    if (
      twin &&
      result.indexes[twin] === undefined &&
      !usedCols.has(col) &&
      mostlyHolds(profiles[col]) === "time"
    ) {
      result.indexes[twin] = col;
      result.columns[twin] = String(headers[col]).trim();
      result.confidence[twin] = Math.round(score * 100) / 100;
      usedCols.add(col);
      result.matched++;
      continue;
    }
    result.warnings.push(
      t(
        "input.columns.wrongKind",
        {
          header: String(headers[col]).trim(),
          field: fieldLabel(scope, field, locale),
          holds: t(KIND_LABELS[mostlyHolds(profiles[col])], undefined, locale),
          expected: t(KIND_LABELS[prep[field].kind], undefined, locale),
        },
        locale,
      ),
    );
  }
  return result;
}

/** The columns of a ticket log (one row per ticket, or one row per status change) from its header row. */
export function detectTicketColumns(
  headers: readonly unknown[],
  options: DetectOptions & { rules?: FieldRules<TicketField> } = {},
): Detection<TicketField> {
  const detection = detect("ticket", TICKET_FIELDS, options.rules ?? ticketRules(), headers, options, {
    firstResponseTime: "firstResponse",
    resolutionTime: "resolved",
  });
  if (detection.indexes.created === undefined) {
    detection.warnings.unshift(t("input.columns.noCreated", undefined, options.locale ?? "en"));
  }
  return detection;
}

/** The columns of a survey tab: response date, NPS (0–10), CES and CSAT. */
export function detectSurveyColumns(
  headers: readonly unknown[],
  options: DetectOptions & { rules?: FieldRules<SurveyField> } = {},
): Detection<SurveyField> {
  return detect("survey", SURVEY_FIELDS, options.rules ?? surveyRules(), headers, options);
}

/** The columns of a customers-and-finance tab (one row per month). */
export function detectCustomerColumns(
  headers: readonly unknown[],
  options: DetectOptions & { rules?: FieldRules<CustomerField> } = {},
): Detection<CustomerField> {
  return detect("customers", CUSTOMER_FIELDS, options.rules ?? customerRules(), headers, options);
}

/** A tab's name, header row and (optionally) a few data rows, for picking tabs. */
export interface TabPreview {
  name: string;
  headers: readonly unknown[];
  sample?: readonly (readonly unknown[])[];
}

export interface PickedTab<F extends string> {
  name: string;
  detection: Detection<F>;
}

function pick<F extends string>(
  tabs: readonly TabPreview[],
  exclude: readonly string[],
  detectTab: (tab: TabPreview) => Detection<F>,
  qualifies: (d: Detection<F>) => boolean,
  score: (d: Detection<F>) => number,
): PickedTab<F> | null {
  let best: PickedTab<F> | null = null;
  let bestScore = 0;
  for (const tab of tabs) {
    if (exclude.includes(tab.name)) continue;
    const detection = detectTab(tab);
    if (!qualifies(detection)) continue;
    const s = score(detection);
    if (s > bestScore) {
      best = { name: tab.name, detection };
      bestScore = s;
    }
  }
  return best;
}

/**
 * The ticket log: the tab whose headers map the most fields, among those with a created column or
 * ticket IDs, statuses and resolved or first response times (earlier tabs win ties). `exclude` names tabs never offered (the add-on's own report tabs).
 */
export function pickTicketTab(
  tabs: readonly TabPreview[],
  exclude: readonly string[] = [],
  options: Omit<DetectOptions, "sample"> = {},
): PickedTab<TicketField> | null {
  return pick(
    tabs,
    exclude,
    (tab) => detectTicketColumns(tab.headers, { ...options, sample: tab.sample }),
    // A per-ticket export without a created column still qualifies by its IDs, statuses and times.
    (d) =>
      d.indexes.created !== undefined ||
      (d.indexes.id !== undefined &&
        d.indexes.status !== undefined &&
        (d.indexes.resolved !== undefined || d.indexes.firstResponse !== undefined)),
    // Confidence breaks ties between tabs with as many fields.
    (d) => d.matched + sumConfidence(d) / 100,
  );
}

/** The survey tab: a date column and at least one score column (pass the ticket tab in `exclude`). */
export function pickSurveyTab(
  tabs: readonly TabPreview[],
  exclude: readonly string[] = [],
  options: Omit<DetectOptions, "sample"> = {},
): PickedTab<SurveyField> | null {
  return pick(
    tabs,
    exclude,
    (tab) => detectSurveyColumns(tab.headers, { ...options, sample: tab.sample }),
    (d) =>
      d.indexes.date !== undefined &&
      (d.indexes.nps !== undefined || d.indexes.ces !== undefined || d.indexes.csat !== undefined),
    (d) => d.matched + sumConfidence(d) / 100,
  );
}

/** The customers-and-finance tab: a month column and at least one of its figures. */
export function pickCustomersTab(
  tabs: readonly TabPreview[],
  exclude: readonly string[] = [],
  options: Omit<DetectOptions, "sample"> = {},
): PickedTab<CustomerField> | null {
  return pick(
    tabs,
    exclude,
    (tab) => detectCustomerColumns(tab.headers, { ...options, sample: tab.sample }),
    (d) => d.indexes.month !== undefined && d.matched >= 2,
    (d) => d.matched + sumConfidence(d) / 100,
  );
}

function sumConfidence<F extends string>(d: Detection<F>): number {
  let sum = 0;
  for (const v of Object.values(d.confidence) as number[]) sum += v;
  return sum;
}

/** Ends a long header that settings keep by its first characters only. */
export const HEADER_CUT = "…";

/**
 * Where each mapped header is in the header row now. The exact text wins; otherwise the same words
 * (a header re-typed as "created at" for "Created At"). A header no longer present is reported and
 * left unmapped; a header that appears twice uses its first column, with a warning.
 */
export function resolveMapping(
  headers: readonly unknown[],
  mapping: ColumnMapping,
  locale: Locale = "en",
): { indexes: Partial<Record<TicketField, number>>; warnings: string[] } {
  const texts = headers.map((h) => String(h ?? "").trim());
  const normalized = texts.map(normalizeHeader);
  const indexes: Partial<Record<TicketField, number>> = {};
  const warnings: string[] = [];
  for (const field of TICKET_FIELDS) {
    const wanted = mapping[field];
    if (wanted === undefined || wanted.trim() === "") continue;
    let col = texts.indexOf(wanted.trim());
    if (col < 0) col = normalized.indexOf(normalizeHeader(wanted));
    // A long header remembered by its first characters (settings-store.ts).
    if (col < 0 && wanted.endsWith(HEADER_CUT)) {
      const prefix = wanted.slice(0, -HEADER_CUT.length);
      col = texts.findIndex((h) => h.length > prefix.length && h.startsWith(prefix));
    }
    const label = fieldLabel("ticket", field, locale);
    if (col < 0 || normalized[col] === "") {
      warnings.push(t("input.columns.missing", { header: wanted, field: label }, locale));
      continue;
    }
    if (texts.indexOf(texts[col], col + 1) >= 0) {
      warnings.push(
        t("input.columns.duplicate", { header: texts[col], field: label, column: columnLetter(col) }, locale),
      );
    }
    indexes[field] = col;
  }
  return { indexes, warnings };
}

/** A 0-based column index as its A1 letters (0 → "A", 27 → "AB"). */
export function columnLetter(index: number): string {
  return columnLetters(index + 1);
}
