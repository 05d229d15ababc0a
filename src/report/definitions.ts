/**
 * The definitions and calculator tab: for every KPI of the report, what it measures, its formula,
 * the exact convention this add-on uses, the matching custom function, and a live calculator
 * (yellow input cells pre-filled with a worked example, a native formula computing the KPI).
 *
 * The tab holds values and native formulas only, so anyone the sheet is shared with sees it without
 * the add-on. Formulas parse in every locale: `;` separates arguments, numbers are whole (9/10, never
 * 0.9), no `{}` arrays, English function names; every division is guarded so a blank input shows ""
 * rather than #DIV/0!.
 */
import { type Locale, type MessageKey, t } from "../i18n/messages";
import { Grid, quoted } from "./grid";
import { KPIS, type KpiInfo, UNIT_FORMAT } from "./kpis-catalog";
import type { SheetPlan } from "./plan";
import { ratingScale } from "./rating-scale";
import { sampleColumn } from "./sample-data";
import type { KpiId } from "./settings";
import { staffingCalculator } from "./staffing-calculator";
import { LABEL_STYLE, NOTE_STYLE, SECTION_STYLE, TAB_COLOR, TITLE_STYLE } from "./styles";

export interface DefinitionsOptions {
  locale: Locale;
  /** Business-hours schedule such as "Mon-Fri 09:00-17:00"; "" for calendar hours. */
  schedule: string;
  /** SLA target for resolution, in hours; the SLA calculator starts from it. */
  slaHours: number;
}

/** Where one calculator cell sits (1-based). */
export interface CellAt {
  row: number;
  column: number;
}

/** Where a KPI's section and its calculator cells landed, so tests can drive the calculator. */
export interface DefinitionSection<Id extends string = KpiId> {
  id: Id;
  /** The section's heading row. */
  row: number;
  /** Input cells by key, with the worked example's value. */
  inputs: Record<string, CellAt & { value: number }>;
  /** Formula cells by key; `result` is the KPI itself. */
  outputs: Record<string, CellAt>;
}

export interface DefinitionsLayout {
  plan: SheetPlan;
  sections: DefinitionSection[];
  /** The staffing (Erlang C) calculator after the KPIs' sections. */
  staffing: DefinitionSection<"staffing">;
}

/** The text rows of a section, each with its `definitions.<kpi>.<part>` message. */
const PARTS = ["what", "formula", "convention", "function"] as const;
type Part = (typeof PARTS)[number];

const PART_LABEL: Record<Part, MessageKey> = {
  what: "definitions.label.what",
  formula: "definitions.label.formula",
  convention: "definitions.label.convention",
  function: "definitions.label.customFunction",
};

export interface InputSpec {
  key: string;
  label: string;
  value: number;
  format: string;
}

export interface OutputSpec {
  key: string;
  label: string;
  format: string;
  /** The formula, given each input's and earlier output's A1 address by key. */
  formula: (at: (key: string) => string) => string;
}

export interface CalculatorSpec {
  inputs: InputSpec[];
  outputs: OutputSpec[];
}

// Layout: text block in A:B, a narrow gap, the calculator in D:E.
const LABEL_COLUMN = 1;
const TEXT_COLUMN = 2;
const CALC_LABEL_COLUMN = 4;
const CALC_VALUE_COLUMN = 5;
const CALC_VALUE_LETTER = "E";
const COLUMN_WIDTHS = [180, 430, 24, 250, 120];
const WIDTH = COLUMN_WIDTHS.length;
const FIRST_SECTION_ROW = 4;

/** Light yellow: the usual "type here" colour of spreadsheet templates. */
const INPUT_BACKGROUND = "#fff2cc";
const RESULT_BACKGROUND = "#e6f4ea";

/** Hours per ticket in the duration calculators: most tickets quick, one slow, so median ≠ mean. */
const FIRST_RESPONSE_HOURS = [0.25, 0.75, 1.5, 2, 3.5, 5, 26];
const RESOLUTION_HOURS = [1.5, 4, 7, 19, 26, 45, 118];

/** `IF(any input blank or the divisor 0; ""; numerator / divisor)`. */
function guardedRatio(blanks: string[], numerator: string, divisor: string): string {
  const tests = [...blanks.map((b) => `${b}=""`), `N(${divisor})=0`].join(";");
  return `=IF(OR(${tests});"";${numerator}/${divisor})`;
}

function countInput(key: string, label: string, value: number): InputSpec {
  return { key, label, value, format: UNIT_FORMAT.count };
}

function moneyInput(key: string, label: string, value: number): InputSpec {
  return { key, label, value, format: UNIT_FORMAT.money };
}

/** One input per ticket (keys t1, t2, …), in hours as typed, so 0.25 shows as 0.25. */
function hourInputs(label: MessageKey, hours: number[], locale: Locale): InputSpec[] {
  return hours.map((value, i) => ({
    key: `t${i + 1}`,
    label: t(label, { n: i + 1 }, locale),
    value,
    format: "",
  }));
}

/** The address range of the hour inputs t1…tN. */
function hoursRange(at: (key: string) => string, count: number): string {
  return `${at("t1")}:${at(`t${count}`)}`;
}

/** A KPI result cell: its name as label, its unit's format. */
function result(kpi: KpiInfo, locale: Locale, formula: OutputSpec["formula"]): OutputSpec {
  return { key: "result", label: t(kpi.name, undefined, locale), format: UNIT_FORMAT[kpi.unit], formula };
}

/** A calculator of one input divided by another: blank until the numerator is typed, or when the divisor is 0. */
function ratioCalculator(
  kpi: KpiInfo,
  locale: Locale,
  numerator: string,
  divisor: string,
  inputs: InputSpec[],
): CalculatorSpec {
  return {
    inputs,
    outputs: [result(kpi, locale, (at) => guardedRatio([at(numerator)], at(numerator), at(divisor)))],
  };
}

/** A duration statistic (MEDIAN, AVERAGE, MAX) over the per-ticket hours. */
function durationCalculator(
  kpi: KpiInfo,
  locale: Locale,
  label: MessageKey,
  hours: number[],
  fn: "MEDIAN" | "AVERAGE" | "MAX",
): CalculatorSpec {
  return {
    inputs: hourInputs(label, hours, locale),
    outputs: [
      result(kpi, locale, (at) => {
        const range = hoursRange(at, hours.length);
        return `=IF(COUNT(${range})=0;"";${fn}(${range}))`;
      }),
    ],
  };
}

/**
 * Counts of ratings on a 1–5 scale; those from the scale's threshold up (rating-scale.ts, as the
 * report reads them: 4 and 5) are the "satisfied" or "agree" ones.
 */
function topBoxCalculator(
  kpi: KpiInfo,
  locale: Locale,
  topLabel: MessageKey,
  counts: number[],
  threshold: "satisfiedMin" | "agreeMin",
): CalculatorSpec {
  const scale = ratingScale(counts.length);
  const min = scale[threshold] ?? scale.max;
  return {
    inputs: counts.map((value, i) =>
      countInput(
        `r${i + 1}`,
        t(i + 1 >= min ? topLabel : "definitions.calc.rating", { rating: i + 1 }, locale),
        value,
      ),
    ),
    outputs: [
      result(kpi, locale, (at) => {
        const all = `${at("r1")}:${at(`r${scale.max}`)}`;
        return `=IF(SUM(${all})=0;"";SUM(${at(`r${min}`)}:${at(`r${scale.max}`)})/SUM(${all}))`;
      }),
    ],
  };
}

/** S, E and N of the customer rates, with the worked example S=100, E=90, N=15. */
function customerInputs(locale: Locale): InputSpec[] {
  return [
    countInput("start", t("definitions.calc.customersStart", undefined, locale), 100),
    countInput("end", t("definitions.calc.customersEnd", undefined, locale), 90),
    countInput("new", t("definitions.calc.newCustomers", undefined, locale), 15),
  ];
}

/** The calculator of each KPI that has one; counts straight from the log have none. */
function calculatorFor(kpi: KpiInfo, options: DefinitionsOptions): CalculatorSpec | null {
  const { locale } = options;
  const label = (key: MessageKey) => t(key, undefined, locale);
  switch (kpi.id) {
    case "created":
    case "resolved":
      return null;
    case "backlog":
      return {
        inputs: [
          countInput("open", label("definitions.calc.openAtStart"), 120),
          countInput("created", label("definitions.calc.createdInMonth"), 1500),
          countInput("resolved", label("definitions.calc.resolvedInMonth"), 1460),
        ],
        outputs: [
          result(kpi, locale, (at) => {
            const [open, created, resolved] = [at("open"), at("created"), at("resolved")];
            return `=IF(OR(${open}="";${created}="";${resolved}="");"";${open}+${created}-${resolved})`;
          }),
        ],
      };
    case "frtMedian":
      return durationCalculator(
        kpi,
        locale,
        "definitions.calc.firstResponseHours",
        FIRST_RESPONSE_HOURS,
        "MEDIAN",
      );
    case "frtMean":
      return durationCalculator(
        kpi,
        locale,
        "definitions.calc.firstResponseHours",
        FIRST_RESPONSE_HOURS,
        "AVERAGE",
      );
    case "resolutionMedian":
      return durationCalculator(kpi, locale, "definitions.calc.resolutionHours", RESOLUTION_HOURS, "MEDIAN");
    case "resolutionMean":
      return durationCalculator(kpi, locale, "definitions.calc.resolutionHours", RESOLUTION_HOURS, "AVERAGE");
    case "resolutionLongest":
      return durationCalculator(kpi, locale, "definitions.calc.resolutionHours", RESOLUTION_HOURS, "MAX");
    case "fcr":
      return ratioCalculator(kpi, locale, "oneContact", "resolved", [
        countInput("resolved", label("definitions.calc.ticketsResolved"), 400),
        countInput("oneContact", label("definitions.calc.resolvedInOneContact"), 290),
      ]);
    case "sla":
      return {
        inputs: [
          {
            key: "target",
            label: label("definitions.calc.targetHours"),
            value: options.slaHours,
            format: "",
          },
          ...hourInputs("definitions.calc.resolutionHours", RESOLUTION_HOURS, locale),
        ],
        outputs: [
          result(kpi, locale, (at) => {
            const range = hoursRange(at, RESOLUTION_HOURS.length);
            // COUNTIF skips blank cells, so a ticket left blank is not counted as meeting the target.
            return `=IF(OR(COUNT(${range})=0;${at("target")}="");"";COUNTIF(${range};"<="&${at("target")})/COUNT(${range}))`;
          }),
        ],
      };
    case "csat":
      return topBoxCalculator(
        kpi,
        locale,
        "definitions.calc.ratingSatisfied",
        [6, 9, 25, 80, 130],
        "satisfiedMin",
      );
    case "ces":
      return topBoxCalculator(kpi, locale, "definitions.calc.ratingAgree", [4, 6, 20, 45, 25], "agreeMin");
    case "nps":
      return {
        inputs: [
          countInput("promoters", label("definitions.calc.promoters"), 80),
          countInput("passives", label("definitions.calc.passives"), 5),
          countInput("detractors", label("definitions.calc.detractors"), 15),
        ],
        outputs: [
          result(kpi, locale, (at) => {
            const all = `${at("promoters")}:${at("detractors")}`;
            return `=IF(SUM(${all})=0;"";(${at("promoters")}-${at("detractors")})/SUM(${all})*100)`;
          }),
        ],
      };
    case "crr":
      return {
        inputs: customerInputs(locale),
        outputs: [
          result(kpi, locale, (at) =>
            guardedRatio([at("end"), at("new")], `(${at("end")}-${at("new")})`, at("start")),
          ),
        ],
      };
    case "churn":
      return {
        inputs: customerInputs(locale),
        outputs: [
          {
            key: "lost",
            label: label("definitions.calc.customersLost"),
            format: UNIT_FORMAT.count,
            formula: (at) =>
              `=IF(OR(${at("start")}="";${at("end")}="";${at("new")}="");"";${at("start")}-(${at("end")}-${at("new")}))`,
          },
          result(kpi, locale, (at) => guardedRatio([at("lost")], at("lost"), at("start"))),
          {
            key: "netLoss",
            label: label("definitions.calc.netCustomerLoss"),
            format: UNIT_FORMAT.fraction,
            formula: (at) => guardedRatio([at("end")], `(${at("start")}-${at("end")})`, at("start")),
          },
        ],
      };
    case "cac":
      return ratioCalculator(kpi, locale, "spend", "new", [
        moneyInput("spend", label("definitions.calc.salesMarketingSpend"), 10000),
        countInput("new", label("definitions.calc.customersWon"), 250),
      ]);
    case "clv":
      return {
        inputs: [
          moneyInput("revenue", label("definitions.calc.annualRevenuePerCustomer"), 1200),
          { key: "years", label: label("definitions.calc.relationshipYears"), value: 3, format: "" },
          moneyInput("cac", label("definitions.calc.acquisitionCost"), 400),
        ],
        outputs: [
          // A blank acquisition cost counts as 0, like CLV's optional cac argument.
          result(
            kpi,
            locale,
            (at) =>
              `=IF(OR(${at("revenue")}="";${at("years")}="");"";${at("revenue")}*${at("years")}-N(${at("cac")}))`,
          ),
        ],
      };
    case "costPerTicket":
      return ratioCalculator(kpi, locale, "cost", "tickets", [
        moneyInput("cost", label("definitions.calc.supportCost"), 45000),
        countInput("tickets", label("definitions.calc.tickets"), 3000),
      ]);
    case "supportCostRatio":
      return ratioCalculator(kpi, locale, "cost", "revenue", [
        moneyInput("cost", label("definitions.calc.supportCost"), 45000),
        moneyInput("revenue", label("definitions.calc.revenue"), 1500000),
      ]);
    case "answerRate":
    case "abandonRate":
      return {
        inputs: [
          countInput("offered", label("definitions.calc.contactsOffered"), 1200),
          countInput("answered", label("definitions.calc.contactsAnswered"), 1010),
        ],
        outputs: [
          result(kpi, locale, (at) =>
            kpi.id === "answerRate"
              ? guardedRatio([at("answered")], at("answered"), at("offered"))
              : guardedRatio([at("answered")], `(${at("offered")}-${at("answered")})`, at("offered")),
          ),
        ],
      };
    case "asa":
      return secondsCalculator(kpi, locale, "definitions.calc.answerSeconds", ANSWER_SECONDS);
    case "aht":
      return secondsCalculator(kpi, locale, "definitions.calc.talkSeconds", HANDLE_SECONDS);
    case "contactResolution":
      return ratioCalculator(kpi, locale, "resolved", "answered", [
        countInput("answered", label("definitions.calc.contactsAnswered"), 1010),
        countInput("resolved", label("definitions.calc.contactsResolved"), 760),
      ]);
    case "reopenRate":
      return ratioCalculator(kpi, locale, "reopened", "resolved", [
        countInput("resolved", label("definitions.calc.ticketsResolved"), 400),
        countInput("reopened", label("definitions.calc.ticketsReopened"), 28),
      ]);
    case "repliesPerResolved":
      return ratioCalculator(kpi, locale, "replies", "resolved", [
        countInput("resolved", label("definitions.calc.ticketsResolved"), 400),
        countInput("replies", label("definitions.calc.replies"), 1130),
      ]);
    case "waitTime":
      return durationCalculator(kpi, locale, "definitions.calc.waitHours", RESOLUTION_HOURS, "MEDIAN");
    case "onHoldTime":
      return durationCalculator(kpi, locale, "definitions.calc.holdHours", FIRST_RESPONSE_HOURS, "MEDIAN");
    case "responseMean":
      return durationCalculator(kpi, locale, "definitions.calc.replyHours", FIRST_RESPONSE_HOURS, "AVERAGE");
  }
}

/** Seconds per call in the speed-of-answer and handle-time calculators. */
const ANSWER_SECONDS = [4, 12, 18, 25, 40, 75, 130];
const HANDLE_SECONDS = [95, 180, 240, 300, 330, 420, 900];

/** The mean of per-call seconds (t1…tN), shown as a duration. */
function secondsCalculator(
  kpi: KpiInfo,
  locale: Locale,
  label: MessageKey,
  seconds: number[],
): CalculatorSpec {
  return {
    inputs: hourInputs(label, seconds, locale),
    outputs: [
      result(kpi, locale, (at) => {
        const range = hoursRange(at, seconds.length);
        return `=IF(COUNT(${range})=0;"";AVERAGE(${range}))`;
      }),
    ],
  };
}

/** Placeholders the KPI texts may use, filled from the options. */
function textParams(options: DefinitionsOptions): Record<string, string | number> {
  const { schedule, locale } = options;
  return {
    hours: schedule
      ? t("definitions.hours.business", { schedule }, locale)
      : t("definitions.hours.calendar", undefined, locale),
    target: options.slaHours,
    // The optional trailing arguments of the custom functions, when a schedule is set.
    scheduleArg: schedule ? `; ${quoted(schedule)}` : "",
    unitScheduleArg: schedule ? `; "hours"; ${quoted(schedule)}` : "",
    // The examples' ranges: the sample's own columns, so they work on Insert sample data's tabs.
    created: sampleColumn("tickets", "Created", locale),
    firstResponse: sampleColumn("tickets", "First response", locale),
    resolved: sampleColumn("tickets", "Resolved", locale),
    contacts: sampleColumn("tickets", "Contacts", locale),
    csat: sampleColumn("tickets", "CSAT", locale),
    nps: sampleColumn("survey", "NPS", locale),
    ces: sampleColumn("survey", "CES", locale),
  };
}

/** What a section shows: its texts' key (`definitions.<id>.<part>`), its heading and its calculator. */
interface SectionContent<Id extends KpiId | "staffing"> {
  id: Id;
  title: MessageKey;
  calculator: CalculatorSpec | null;
}

/**
 * Writes one section from `row`: a heading, the text rows in A:B and the calculator beside them
 * in D:E. Returns where its calculator cells are and the first row below the section.
 */
function writeSection<Id extends KpiId | "staffing">(
  grid: Grid,
  row: number,
  content: SectionContent<Id>,
  options: DefinitionsOptions,
  params: Record<string, string | number>,
): { section: DefinitionSection<Id>; end: number } {
  const { locale } = options;
  const { id, calculator } = content;
  grid.band(row, WIDTH, t(content.title, undefined, locale), SECTION_STYLE);
  grid.merges.push({ row, column: LABEL_COLUMN, numRows: 1, numColumns: 2 });

  PARTS.forEach((part, i) => {
    grid.set(row + 1 + i, LABEL_COLUMN, t(PART_LABEL[part], undefined, locale), LABEL_STYLE);
    grid.set(row + 1 + i, TEXT_COLUMN, t(`definitions.${id}.${part}`, params, locale));
  });

  const section: DefinitionSection<Id> = { id, row, inputs: {}, outputs: {} };
  const textEnd = row + 1 + PARTS.length;
  if (!calculator) {
    grid.set(row + 1, CALC_LABEL_COLUMN, t("definitions.noCalculator", undefined, locale), NOTE_STYLE);
    return { section, end: textEnd };
  }
  grid.set(row, CALC_LABEL_COLUMN, t("definitions.calculator", undefined, locale), SECTION_STYLE);
  const rowOf = new Map<string, number>();
  const at = (key: string): string => {
    const found = rowOf.get(key);
    if (found === undefined) throw new Error(`definitions: calculator of ${id} has no cell ${key}`);
    return `${CALC_VALUE_LETTER}${found}`;
  };
  let next = row + 1;
  for (const input of calculator.inputs) {
    grid.set(next, CALC_LABEL_COLUMN, input.label);
    grid.set(next, CALC_VALUE_COLUMN, input.value, {
      background: INPUT_BACKGROUND,
      numberFormat: input.format,
    });
    rowOf.set(input.key, next);
    section.inputs[input.key] = { row: next, column: CALC_VALUE_COLUMN, value: input.value };
    next++;
  }
  for (const output of calculator.outputs) {
    grid.set(next, CALC_LABEL_COLUMN, output.label, { bold: true });
    rowOf.set(output.key, next);
    grid.set(
      next,
      CALC_VALUE_COLUMN,
      { formula: output.formula(at) },
      { bold: true, background: RESULT_BACKGROUND, numberFormat: output.format },
    );
    section.outputs[output.key] = { row: next, column: CALC_VALUE_COLUMN };
    next++;
  }
  return { section, end: Math.max(textEnd, next) };
}

/** The definitions tab with where each calculator's cells are (what tests drive). */
export function definitionsLayout(options: DefinitionsOptions): DefinitionsLayout {
  const { locale } = options;
  const grid = new Grid();
  grid.band(1, WIDTH, t("definitions.title", undefined, locale), TITLE_STYLE);
  grid.set(2, 1, t("definitions.intro", undefined, locale), NOTE_STYLE);
  grid.frozenRows = 1;
  for (const [i, width] of COLUMN_WIDTHS.entries()) grid.setColumnWidth(i + 1, width);

  const params = textParams(options);
  const sections: DefinitionSection[] = [];
  let row = FIRST_SECTION_ROW;
  let lastRow = row;
  for (const kpi of KPIS) {
    const content = { id: kpi.id, title: kpi.name, calculator: calculatorFor(kpi, options) };
    const { section, end } = writeSection(grid, row, content, options, params);
    sections.push(section);
    lastRow = end - 1;
    row = end + 1; // one blank row between sections
  }
  const staffingContent = {
    id: "staffing" as const,
    title: "definitions.staffing.name" as const,
    calculator: staffingCalculator(locale),
  };
  const { section: staffing, end } = writeSection(grid, row, staffingContent, options, params);
  lastRow = end - 1;
  // Title and intro overflow to the right; the sections' text wraps within its column.
  grid.wraps.push({
    row: FIRST_SECTION_ROW,
    column: 1,
    numRows: lastRow - FIRST_SECTION_ROW + 1,
    numColumns: WIDTH,
  });
  return {
    plan: grid.toPlan(t("definitions.sheetName", undefined, locale), "definitions", TAB_COLOR),
    sections,
    staffing,
  };
}

/** The definitions and calculator tab as a plan (see definitionsLayout). */
export function planDefinitions(options: DefinitionsOptions): SheetPlan {
  return definitionsLayout(options).plan;
}
