/**
 * What a setting may be: one set of rules that the sidebar's form applies to what is typed and the
 * server applies to what it receives, with the same words. Why: the server used to replace a value
 * it did not like silently (an SLA of 9,000 hours built as 24 h, a target of 1e400 dropped), so the
 * report was not the one the user asked for. (Long column headers are kept by their start: see
 * settings-store.ts.)
 *
 * Pure (no DOM, no Apps Script): the sidebar bundles it, and so does the report engine. Its words
 * are shared ones (en.ts `sharedEn`), which each side says with its own `t`.
 */
import type { MessageParams } from "../i18n/format";
import type { SharedKey } from "../i18n/messages";
import { parseSchedule } from "../metrics/schedule";
import { KPI_IDS, type KpiId, MAX_SCHEDULE, type Settings, type StaffingSettings } from "./settings";

/** The unit a target box is typed in; percentages are stored as fractions. */
export type TargetUnit = "hours" | "percent" | "points" | "tickets";
/** The unit a staffing box is typed in; percentages are stored as fractions. */
export type StaffingUnit = "minutes" | "seconds" | "percent";
/** Any box's unit, as the sidebar labels it. */
export type BoxUnit = TargetUnit | StaffingUnit;

export interface TargetSpec {
  id: string;
  label: SharedKey;
  unit: TargetUnit;
  /** The KPI the target is saved under; times follow the average the report leads with. */
  kpi: KpiId | { median: KpiId; mean: KpiId };
  min: number;
  max?: number;
  whole?: boolean;
}

/** The targets the sidebar offers, in display order; other saved targets are kept untouched. */
export const TARGETS: readonly TargetSpec[] = [
  {
    id: "frt",
    label: "sidebar.target.frt",
    unit: "hours",
    kpi: { median: "frtMedian", mean: "frtMean" },
    min: 0,
  },
  {
    id: "resolution",
    label: "sidebar.target.resolution",
    unit: "hours",
    kpi: { median: "resolutionMedian", mean: "resolutionMean" },
    min: 0,
  },
  { id: "sla", label: "sidebar.target.sla", unit: "percent", kpi: "sla", min: 0, max: 100 },
  { id: "csat", label: "sidebar.target.csat", unit: "percent", kpi: "csat", min: 0, max: 100 },
  { id: "fcr", label: "sidebar.target.fcr", unit: "percent", kpi: "fcr", min: 0, max: 100 },
  { id: "nps", label: "sidebar.target.nps", unit: "points", kpi: "nps", min: -100, max: 100 },
  { id: "backlog", label: "sidebar.target.backlog", unit: "tickets", kpi: "backlog", min: 0, whole: true },
];

/** The longest SLA target, in hours: a leap year. */
export const MAX_SLA_HOURS = 24 * 366;
/**
 * The staffing boxes, in display order. Bounds are in the box's unit; an `open` bound is excluded,
 * as Erlang C needs (metrics/staffing.ts): a service level of 100 % is never met, an occupancy of 0
 * serves no one.
 */
export interface StaffingSpec {
  id: keyof StaffingSettings;
  label: SharedKey;
  unit: StaffingUnit;
  min: number;
  max: number;
  openMin?: boolean;
  openMax?: boolean;
}

export const STAFFING: readonly StaffingSpec[] = [
  // Up to a day of work per ticket.
  {
    id: "handleMinutes",
    label: "sidebar.staffing.handle",
    unit: "minutes",
    min: 0,
    openMin: true,
    max: 24 * 60,
  },
  {
    id: "serviceLevel",
    label: "sidebar.staffing.level",
    unit: "percent",
    min: 0,
    openMin: true,
    max: 100,
    openMax: true,
  },
  // Up to a day: e-mail teams aim at hours, phone queues at seconds.
  { id: "answerWithinSeconds", label: "sidebar.staffing.within", unit: "seconds", min: 0, max: 86_400 },
  {
    id: "maxOccupancy",
    label: "sidebar.staffing.occupancy",
    unit: "percent",
    min: 0,
    openMin: true,
    max: 100,
  },
  { id: "shrinkage", label: "sidebar.staffing.shrinkage", unit: "percent", min: 0, max: 99 },
];

/** A stored staffing value as its box shows it, and back: percentages as 0–100. */
export function staffingInUnit(value: number, unit: StaffingUnit): number {
  return unit === "percent" ? value * 100 : value;
}

/** A problem with one setting: the sidebar control it belongs to, and what to say (see `describe`). */
export interface SettingsProblem {
  control: string;
  key: SharedKey;
  /** The setting's label, said as `{field}`. */
  field: SharedKey;
  params?: MessageParams;
}

/** The problem's message, said with a side's own `t` (the sidebar's, or the server's in a locale). */
export function describe(
  problem: SettingsProblem,
  say: (key: SharedKey, params?: MessageParams) => string,
): string {
  return say(problem.key, { ...problem.params, field: say(problem.field) });
}

/** What is wrong with a target typed as `value` in its box's unit (`typed` is what the user wrote), or null. */
export function targetProblem(spec: TargetSpec, value: number | null, typed: string): SettingsProblem | null {
  const problem = (key: SharedKey, params?: MessageParams) => ({
    control: `target-${spec.id}`,
    key,
    field: spec.label,
    params,
  });
  if (value === null) return null;
  if (!Number.isFinite(value)) return problem("sidebar.invalid.number", { value: typed });
  if (spec.max !== undefined && (value < spec.min || value > spec.max)) {
    return problem("sidebar.invalid.range", { min: spec.min, max: spec.max });
  }
  if (value < spec.min) return problem("sidebar.invalid.atLeast", { min: spec.min });
  if (spec.whole && !Number.isInteger(value)) return problem("sidebar.invalid.whole");
  return null;
}

/** What is wrong with a staffing value typed as `value` in its box's unit (`typed` as written), or null. */
export function staffingProblem(spec: StaffingSpec, value: number, typed: string): SettingsProblem | null {
  const problem = (key: SharedKey, params?: MessageParams) => ({
    control: `staffing-${spec.id}`,
    key,
    field: spec.label,
    params,
  });
  const { min, max } = spec;
  if (!Number.isFinite(value)) return problem("sidebar.invalid.number", { value: typed });
  const low = spec.openMin ? value <= min : value < min;
  const high = spec.openMax ? value >= max : value > max;
  if (!low && !high) return null;
  if (spec.openMin && spec.openMax) return problem("sidebar.invalid.between", { min, max });
  if (!spec.openMin && !spec.openMax) return problem("sidebar.invalid.range", { min, max });
  // Open at 0 only (handle time, occupancy): "more than 0", or "at most".
  return low ? problem("sidebar.invalid.positive") : problem("sidebar.invalid.atMost", { max });
}

/** What is wrong with an SLA of `hours` (`typed` is what the user wrote), or null. */
export function slaProblem(hours: number | null, typed: string): SettingsProblem | null {
  const problem = (key: SharedKey, params?: MessageParams) => ({
    control: "sla-hours",
    key,
    field: "sidebar.slaHours" as const,
    params,
  });
  if (hours === null || hours === 0) return problem("sidebar.invalid.positive");
  if (!Number.isFinite(hours)) return problem("sidebar.invalid.number", { value: typed });
  if (hours <= 0) return problem("sidebar.invalid.positive");
  if (hours > MAX_SLA_HOURS) return problem("sidebar.invalid.atMost", { max: MAX_SLA_HOURS });
  return null;
}

/** What is wrong with business hours typed as `schedule`, or null ("" means calendar hours). */
export function scheduleProblem(schedule: string): SettingsProblem | null {
  if (schedule.trim() === "") return null;
  try {
    if (schedule.length > MAX_SCHEDULE) throw new Error(`longer than ${MAX_SCHEDULE} characters`);
    parseSchedule(schedule.trim());
    return null;
  } catch (error) {
    // The parser says exactly what is wrong, in English (the schedule's own language); the words
    // around it say how to write one, in the user's.
    const detail = error instanceof Error ? error.message : String(error);
    return {
      control: "schedule",
      key: "sidebar.invalid.schedule",
      field: "sidebar.schedule",
      params: { detail },
    };
  }
}

/** A stored target as its box shows it: percentages as 0–100. */
export function targetInUnit(value: number, unit: TargetUnit): number {
  return unit === "percent" ? value * 100 : value;
}

/**
 * Every problem with settings as the server receives them (targets as stored: fractions for
 * percentages). The sidebar checks the same rules on what is typed (src/ui/form.ts), so a build
 * from the sidebar never meets one of these; a request that does is refused with the same words.
 */
export function settingsProblems(settings: Settings): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const add = (p: SettingsProblem | null) => {
    if (p) problems.push(p);
  };
  const targets = (settings?.targets ?? {}) as Record<string, unknown>;
  for (const spec of TARGETS) {
    const kpis = typeof spec.kpi === "string" ? [spec.kpi] : [spec.kpi.median, spec.kpi.mean];
    for (const kpi of kpis) {
      const value = targets[kpi];
      if (value === undefined) continue;
      add(
        typeof value === "number"
          ? targetProblem(spec, targetInUnit(value, spec.unit), String(value))
          : targetProblem(spec, Number.NaN, String(value)),
      );
    }
  }
  // Targets the sidebar does not show (CAC, CLV…) need only be numbers.
  for (const kpi of KPI_IDS) {
    const value = targets[kpi];
    if (value !== undefined && !(typeof value === "number" && Number.isFinite(value))) {
      if (
        !TARGETS.some(
          (s) => s.kpi === kpi || (typeof s.kpi !== "string" && Object.values(s.kpi).includes(kpi)),
        )
      ) {
        problems.push({
          control: "targets",
          key: "sidebar.invalid.number",
          field: "sidebar.section.targets",
          params: { value: String(value) },
        });
      }
    }
  }
  // A field left out takes its default (as saved settings do); a field given must be valid.
  const sla = settings?.slaHours;
  if (sla !== undefined) add(slaProblem(typeof sla === "number" ? sla : Number.NaN, String(sla)));
  add(scheduleProblem(typeof settings?.schedule === "string" ? settings.schedule : ""));
  const staffing = (settings?.staffing ?? {}) as Record<string, unknown>;
  for (const spec of STAFFING) {
    const value = staffing[spec.id];
    if (value === undefined) continue;
    const inUnit = typeof value === "number" ? staffingInUnit(value, spec.unit) : Number.NaN;
    add(staffingProblem(spec, inUnit, String(value)));
  }
  return problems;
}
