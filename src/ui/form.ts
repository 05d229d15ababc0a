/**
 * The sidebar's form as plain values, and its conversion to and from `Settings` and `BuildRequest`.
 * No DOM here: the page reads its controls into `FormValues`, and everything that can be wrong
 * (a percent typed as "95", a comma decimal, a blank target) is decided by these pure functions.
 */
import { type SidebarKey, t } from "../i18n/sidebar-messages";
import type { ActivityCount } from "../input/event-log";
import { type ColumnMapping, MEANINGS, type Meaning, type TicketField } from "../input/ticket";
import { DEFAULT_STAFFING, type KpiId, type Settings, type StaffingSettings } from "../report/settings";
import {
  type BoxUnit,
  describe,
  type SettingsProblem,
  STAFFING,
  scheduleProblem,
  slaProblem,
  staffingInUnit,
  staffingProblem,
  TARGETS,
  type TargetSpec,
  type TargetUnit,
  targetProblem,
} from "../report/settings-rules";
import type { BuildRequest, DetectedLog, SidebarState } from "../server/api";
import { pickMonth } from "./months";

export { STAFFING, TARGETS, type TargetSpec, type TargetUnit } from "../report/settings-rules";

export const UNIT_LABEL: Record<BoxUnit, SidebarKey> = {
  hours: "sidebar.unit.hours",
  minutes: "sidebar.unit.minutes",
  seconds: "sidebar.unit.seconds",
  percent: "sidebar.unit.percent",
  points: "sidebar.unit.points",
  tickets: "sidebar.unit.tickets",
};

export { TICKET_FIELD_LABELS as FIELD_LABEL } from "../input/ticket";

/** What the controls hold, as typed. "" means blank / none / not mapped. */
export interface FormValues {
  ticketSheet: string;
  columns: Partial<Record<TicketField, string>>;
  month: string;
  average: Settings["average"];
  /** Raw text of each target box, by TargetSpec id. */
  targets: Record<string, string>;
  schedule: string;
  slaHours: string;
  /** Raw text of each staffing box, by StaffingSpec id; a blank box (or none) takes the default. */
  staffing?: Record<string, string>;
  surveySheet: string;
  customersSheet: string;
  /** Event logs: the meaning each activity's select holds, by activity text. */
  meanings?: Record<string, string>;
}

/** At most this many activities get a select (settings keep as many meanings): the most frequent. */
export const MAX_ACTIVITIES = 40;

/**
 * The meanings to save: the saved ones, and each activity whose select now says something else
 * than the meaning it had (as the server listed it), so untouched activities follow their words.
 */
export function meaningsFromForm(
  values: FormValues,
  base: Settings,
  activities: readonly ActivityCount[],
): Settings["activityMeanings"] {
  const out: Record<string, Meaning> = { ...(base.activityMeanings ?? {}) };
  for (const { activity, meaning } of activities.slice(0, MAX_ACTIVITIES)) {
    const chosen = values.meanings?.[activity];
    const known = MEANINGS.find((m) => m === chosen);
    if (known && (known !== meaning || Object.hasOwn(out, activity))) out[activity] = known;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A problem with the form: which control (its id in the page) and what to tell the user. */
export interface FormError {
  control: string;
  message: string;
}

export type FormResult = { ok: true; request: BuildRequest } | { ok: false; errors: FormError[] };

/** Tabs the user may pick as a source: every tab except the add-on's own. */
export function sourceTabs(state: Pick<SidebarState, "sheets" | "ownSheets">): string[] {
  const own = new Set(state.ownSheets);
  return state.sheets.filter((name) => !own.has(name));
}

/** The headers a column select offers: each non-blank header once, in column order. */
export function headerChoices(headers: readonly string[]): string[] {
  return [...new Set(headers.filter((h) => h.trim() !== ""))];
}

/** The detected mapping restricted to the offered fields and to headers the tab really has. */
export function columnsFromLog(
  log: DetectedLog | null,
  fields: readonly TicketField[],
): FormValues["columns"] {
  const columns: FormValues["columns"] = {};
  if (!log) return columns;
  const headers = new Set(headerChoices(log.headers));
  for (const field of fields) {
    const header = log.columns[field];
    columns[field] = header !== undefined && headers.has(header) ? header : "";
  }
  return columns;
}

function kpiFor(spec: TargetSpec, average: Settings["average"]): KpiId {
  return typeof spec.kpi === "string" ? spec.kpi : spec.kpi[average];
}

/** Every KPI a spec may save to (both averages for times), so switching average drops the stale one. */
function kpisOf(spec: TargetSpec): KpiId[] {
  return typeof spec.kpi === "string" ? [spec.kpi] : [spec.kpi.median, spec.kpi.mean];
}

/** Rounds away binary noise (0.57 * 100 = 56.99999999999999) without losing what a person typed. */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** A stored target as the text its box shows: fractions become percentages. */
export function formatTarget(value: number | undefined, unit: TargetUnit): string {
  if (value === undefined || !Number.isFinite(value)) return "";
  return String(clean(unit === "percent" ? value * 100 : value));
}

/** Unit symbols every language reads, whatever label the box shows. */
const UNIVERSAL_SUFFIX: Partial<Record<BoxUnit, string>> = {
  percent: "%",
  hours: "h",
  minutes: "min",
  seconds: "s",
};

/** What may follow a number in a box of `unit`: its label as the sidebar shows it, or its symbol ("%", "h"). */
function unitSuffixes(unit: BoxUnit): string[] {
  const universal = UNIVERSAL_SUFFIX[unit] ? [UNIVERSAL_SUFFIX[unit]] : [];
  return [...new Set([...universal, t(UNIT_LABEL[unit])].map((u) => u.trim().toLowerCase()))]
    .filter((u) => u !== "")
    .sort((a, b) => b.length - a.length);
}

/**
 * A typed number: null for blank, NaN for text that is not a number. Accepts what people type in a
 * box labelled with `unit`: that label as the box shows it ("%", "h", "t", "Pkt.", "小时"; only the
 * box's own: "30分" is points, not minutes, so it is no number of hours), a comma decimal ("92,5"),
 * a Unicode minus.
 */
export function parseNumber(text: string, unit?: BoxUnit): number | null {
  let s = text.trim().replace(/\u2212/g, "-");
  if (s === "") return null;
  const suffix = unit ? unitSuffixes(unit).find((u) => s.toLowerCase().endsWith(u)) : undefined;
  if (suffix) s = s.slice(0, s.length - suffix.length).trim();
  if (/^-?\d*,\d+$/.test(s)) s = s.replace(",", ".");
  if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(s)) return Number.NaN;
  return Number(s);
}

/** A target box's text as the value stored in Settings (percent → fraction). */
export function targetValue(text: string, unit: TargetUnit): number | null {
  const n = parseNumber(text, unit);
  if (n === null || Number.isNaN(n)) return n;
  return unit === "percent" ? clean(n / 100) : n;
}

/** Staffing settings as their boxes show them: percentages as 0–100. */
export function staffingTexts(staffing: StaffingSettings): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const spec of STAFFING) texts[spec.id] = String(clean(staffingInUnit(staffing[spec.id], spec.unit)));
  return texts;
}

/** The staffing boxes as settings, or their problems; a blank box takes the default. */
function staffingFromForm(values: FormValues, errors: FormError[]): StaffingSettings {
  const staffing = { ...DEFAULT_STAFFING };
  for (const spec of STAFFING) {
    const text = values.staffing?.[spec.id] ?? "";
    const n = parseNumber(text, spec.unit);
    if (n === null) continue;
    const problem = staffingProblem(spec, n, text.trim());
    if (problem) errors.push(formError(problem));
    else staffing[spec.id] = spec.unit === "percent" ? clean(n / 100) : n;
  }
  return staffing;
}

/** The form's starting values: saved settings, with the detected log and default month. */
export function formFromState(state: SidebarState, currentMonth: string): FormValues {
  const settings = state.settings;
  const tabs = sourceTabs(state);
  const available = (name: string) => (tabs.includes(name) ? name : "");
  const targets: Record<string, string> = {};
  for (const spec of TARGETS) {
    // The leading average's target first; the other's when only that one was saved.
    const order = [kpiFor(spec, settings.average), ...kpisOf(spec)];
    const saved = order.map((kpi) => settings.targets[kpi]).find((v) => v !== undefined);
    targets[spec.id] = formatTarget(saved, spec.unit);
  }
  return {
    // With no log detected, even the saved tab did not look like one: ask the user to choose.
    ticketSheet: state.log?.sheet ?? "",
    columns: columnsFromLog(state.log, state.fields),
    month: state.log ? pickMonth(state.log.months, state.defaultMonth, currentMonth) : "",
    average: settings.average === "mean" ? "mean" : "median",
    targets,
    schedule: settings.schedule,
    slaHours: formatTarget(settings.slaHours, "hours"),
    staffing: staffingTexts(settings.staffing ?? DEFAULT_STAFFING),
    surveySheet: available(settings.surveySheet),
    customersSheet: available(settings.customersSheet),
  };
}

/** A problem as the form lists it. */
function formError(problem: SettingsProblem): FormError {
  return { control: problem.control, message: describe(problem, t) };
}

/**
 * The build request for the form, or every problem with it. `base` is the saved settings: targets
 * the sidebar does not show (CAC, CLV…) are kept, so saving from the sidebar never erases them.
 */
export function requestFromForm(
  values: FormValues,
  base: Settings,
  fields: readonly TicketField[],
  activities: readonly ActivityCount[] = [],
): FormResult {
  const errors: FormError[] = [];
  if (values.ticketSheet === "") errors.push({ control: "log-tab", message: t("sidebar.invalid.noTab") });
  else if (fields.includes("created") && !values.columns.created) {
    errors.push({ control: "column-created", message: t("sidebar.invalid.created") });
  } else if (values.month === "") errors.push({ control: "month", message: t("sidebar.invalid.noMonth") });

  const targets: Settings["targets"] = { ...base.targets };
  for (const spec of TARGETS) {
    const text = values.targets[spec.id] ?? "";
    const problem = targetProblem(spec, parseNumber(text, spec.unit), text.trim());
    if (problem) {
      errors.push(formError(problem));
      continue;
    }
    for (const kpi of kpisOf(spec)) delete targets[kpi];
    const value = targetValue(text, spec.unit);
    if (value !== null) targets[kpiFor(spec, values.average)] = value;
  }

  const schedule = values.schedule.trim();
  const scheduleError = scheduleProblem(schedule);
  if (scheduleError) errors.push(formError(scheduleError));

  const sla = parseNumber(values.slaHours, "hours");
  const slaError = slaProblem(sla, values.slaHours.trim());
  if (slaError) errors.push(formError(slaError));
  // A form without staffing boxes keeps the saved staffing.
  const staffing = values.staffing ? staffingFromForm(values, errors) : base.staffing;
  if (errors.length > 0) return { ok: false, errors };

  const columns: ColumnMapping = {};
  for (const field of fields) {
    const header = values.columns[field];
    if (header) columns[field] = header;
  }
  const settings: Settings = {
    ...base,
    ticketSheet: values.ticketSheet,
    columns,
    surveySheet: values.surveySheet,
    customersSheet: values.customersSheet,
    targets,
    schedule,
    slaHours: sla as number,
    average: values.average,
  };
  if (staffing) settings.staffing = staffing;
  const meanings = meaningsFromForm(values, base, activities);
  if (meanings) settings.activityMeanings = meanings;
  return { ok: true, request: { month: values.month, settings } };
}
