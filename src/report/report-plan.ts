/**
 * The report tab's plan, read top to bottom as leadership reads it: the title and one line of
 * sources; the summary (headline tiles, findings, what is missing; summary.ts) that fits the first
 * screen; the ticket-volume charts and tables; when tickets arrive and the breakdowns by priority
 * and channel; the agents; and last the details block (every KPI with n, intervals and notes;
 * details-section.ts). The same build also plans the running KPI tracker tab (tracker-tab.ts).
 */
import { formatList, type Locale } from "../i18n/messages";
import { monthName } from "../i18n/month-name";
import { readCustomersTab } from "../input/customers-tab";
import { readSurveyTab } from "../input/survey-tab";
import { type TicketLog, ticketMonthTime } from "../input/ticket-log";
import { monthsEndingWith } from "../metrics/calendar";
import { monthEnd, monthStart, zonedParts } from "../metrics/zoned-time";
import { addAgentsSection } from "./agents-section";
import { arrivals, breakdownBy, hasField } from "./breakdowns";
import { DETAILS_WIDTHS, TREND_COLUMN, TREND_WIDTH, writeDetails } from "./details-section";
import { findings } from "./findings";
import { Grid, quoted } from "./grid";
import { computeKpis, type KpiResult } from "./kpis";
import { type MonthTally, NEVER, slotOf, tallyMonths } from "./month-slots";
import type { CellStyle, ReportPlan } from "./plan";
import { type ReportContext, sayIn } from "./report-context";
import type { Settings } from "./settings";
import {
  addStaffingSection,
  forecastNextMonth,
  type LogHandleTime,
  staffingTargets,
} from "./staffing-section";
import { NOTE_STYLE, TAB_COLOR, TITLE_STYLE } from "./styles";
import { headlineKpis, SUMMARY_WIDTH, writeSummary } from "./summary";
import { planTracker } from "./tracker-tab";
import { addVolumeSections } from "./volume-sections";
import { addWhenSection } from "./when-section";

export interface ReportInput {
  /** "YYYY-MM" */
  month: string;
  /** The spreadsheet's IANA time zone: months and days are counted in it. */
  timeZone: string;
  /** When the report is generated (epoch ms). */
  now: number;
  locale: Locale;
  /** The settings of the build; `ticketSheet` names the tab `log` was read from. */
  settings: Settings;
  log: TicketLog;
  /** The optional tabs' values as getValues gives them (header row first), or null when not chosen. */
  survey: { sheet: string; values: unknown[][] } | null;
  customers: { sheet: string; values: unknown[][] } | null;
  /** The definitions tab, for the header's link. */
  definitions: { name: string; id: number };
  /** The spreadsheet's locale ("de_DE"): its region's currency formats money. */
  sheetLocale?: string;
  /** The KPI tracker tab's values when the add-on made one before (see tracker-tab.ts). */
  tracker?: unknown[][] | null;
}

export interface ReportOutput {
  plan: ReportPlan;
  sheetName: string;
  /** Tickets created in the month. */
  ticketsInMonth: number;
  /** Messages for the user: source-tab problems, KPIs' and sections' notes (no repeats). */
  notes: string[];
}

const LINK: CellStyle = { fontColor: "#1a73e8" };

/** The context every section shares. */
function reportContext(input: ReportInput): ReportContext {
  return {
    month: input.month,
    start: monthStart(input.month, input.timeZone),
    end: monthEnd(input.month, input.timeZone),
    months: monthsEndingWith(input.month, 12),
    timeZone: input.timeZone,
    locale: input.locale,
    settings: input.settings,
    tickets: input.log.tickets,
    layout: input.log.layout,
    now: input.now,
  };
}

function generatedAt(now: number, timeZone: string): string {
  const p = zonedParts(now, timeZone);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${two(p.month)}-${two(p.day)} ${two(p.hour)}:${two(p.minute)}`;
}

/** Title and one line under it (source tabs, when, a link to the definitions); returns the next free row. */
function writeHeader(grid: Grid, input: ReportInput): number {
  const say = sayIn(input.locale);
  grid.band(
    1,
    SUMMARY_WIDTH,
    say("report.title", { month: monthName(input.month, input.locale) }),
    TITLE_STYLE,
  );
  const tabs = [input.settings.ticketSheet, input.survey?.sheet, input.customers?.sheet].filter(
    (s): s is string => !!s,
  );
  const subtitle = say("report.subtitle", {
    tabs: formatList(tabs, input.locale),
    time: generatedAt(input.now, input.timeZone),
    zone: input.timeZone,
  });
  grid.set(2, 1, subtitle, NOTE_STYLE);
  for (let c = 2; c <= 4; c++) grid.set(2, c, null, NOTE_STYLE);
  grid.merges.push({ row: 2, column: 1, numRows: 1, numColumns: 4 });
  grid.set(
    2,
    5,
    {
      formula: `=HYPERLINK(${quoted(`#gid=${input.definitions.id}`)};${quoted(say("report.header.definitionsLink"))})`,
    },
    LINK,
  );
  grid.set(2, 6, null, LINK);
  grid.merges.push({ row: 2, column: 5, numRows: 1, numColumns: 2 });
  return 4;
}

/**
 * The first of the 12 month slots the log has a ticket in (0 when it starts earlier; 12 when empty),
 * by created time, or by the time that dates a ticket without one (ticketMonthTime).
 */
function firstSlot(context: ReportContext, tally: MonthTally): number {
  let first = 12;
  const { createdSlot, bounds } = tally;
  for (let i = 0; i < createdSlot.length; i++) {
    const slot =
      createdSlot[i] !== NEVER ? createdSlot[i] : slotOf(ticketMonthTime(context.tickets[i]), bounds);
    if (slot < first) first = slot;
  }
  return Math.max(0, first);
}

/** The month's mean handle time when the log has one (the AHT KPI's figure): staffing plans with it. */
function logHandleTime(result: KpiResult): LogHandleTime | null {
  const month = result.kpis.aht.months[11];
  return month.value !== null && month.n ? { seconds: month.value, contacts: month.n } : null;
}

/** The report tab's plan (see the module comment). */
export function planReport(input: ReportInput): ReportOutput {
  const context = reportContext(input);
  const sheetLocale = input.sheetLocale ?? "";
  const say = sayIn(input.locale);
  const survey = input.survey
    ? readSurveyTab(input.survey.sheet, input.survey.values, input.locale, input.timeZone)
    : null;
  const customers = input.customers
    ? readCustomersTab(input.customers.sheet, input.customers.values, input.timeZone, input.locale)
    : null;
  // Every section counts months from the same tally, made once.
  const tally = tallyMonths(context);
  const result = computeKpis(context, { survey, customers }, tally);
  // Volume, arrivals and staffing count tickets by when they were created: a log without created
  // times leaves them out, said in the summary's missing lines, rather than drawing empty charts.
  const dated = context.tickets.length === 0 || tally.anyCreated;
  if (!dated) {
    result.absent.push(
      say("report.missing.noCreated", {
        kpis: [
          say("report.volume.title"),
          say("report.when.section", { month: monthName(input.month, input.locale) }),
          say("report.staffing.title"),
        ],
      }),
    );
  }
  const tiles = headlineKpis(result, input.settings.average);
  const breakdowns = (["priority", "channel"] as const)
    .filter((field) => hasField(context, field))
    .map((field) => ({
      field,
      label: say(`report.dimension.${field}`),
      groups: breakdownBy(context, field),
    }));
  const arrived = arrivals(context);
  const first = firstSlot(context, tally);
  const next = forecastNextMonth(context);
  const said = findings({
    context,
    result,
    headline: tiles,
    tally,
    firstSlot: first,
    breakdowns,
    arrivals: arrived,
    next,
  });

  const sheetName = say("report.sheetName", { month: input.month });
  const grid = new Grid();
  for (const [column, width] of Object.entries(DETAILS_WIDTHS)) grid.setColumnWidth(Number(column), width);
  for (let i = 0; i < 12; i++) grid.setColumnWidth(TREND_COLUMN + i, TREND_WIDTH);
  grid.frozenRows = 1;
  const row = writeHeader(grid, input);
  writeSummary(grid, row, {
    context,
    result,
    tiles,
    findings: said,
    sheetLocale,
    monthName: monthName(input.month, input.locale),
  });
  // Next month's staffing right after the summary: what leaders plan with.
  const sectionNotes = dated
    ? [
        ...addStaffingSection(
          grid,
          context,
          staffingTargets(input.settings.staffing),
          next,
          logHandleTime(result),
        ),
        ...addVolumeSections(grid, context, tally),
      ]
    : [];
  if (dated) addWhenSection(grid, context, arrived, breakdowns);
  sectionNotes.push(...addAgentsSection(grid, context, result.ticketCsatScale));
  writeDetails(grid, grid.nextRow + 1, context, result, sheetLocale);

  const notes = [
    ...(survey ? [...(survey.error ? [survey.error] : []), ...survey.problems] : []),
    ...(customers ? [...(customers.error ? [customers.error] : []), ...customers.problems] : []),
    ...result.notes,
    ...sectionNotes,
  ];
  return {
    plan: {
      sheets: [
        grid.toPlan(sheetName, "report", TAB_COLOR),
        planTracker({ context, result, sheetLocale, existing: input.tracker ?? null, firstSlot: first }),
      ],
      activate: sheetName,
    },
    sheetName,
    ticketsInMonth: result.kpis.created.months[11].value ?? 0,
    notes: [...new Set(notes)],
  };
}
