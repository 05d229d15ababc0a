/**
 * Every KPI of the tracker (KPIS) for each of the report's 12 months: value, n, 95% interval where
 * it applies, and, when a KPI's inputs are missing, why (never a 0 standing in for missing data).
 *
 * Conventions are the definitions tab's (definitions.ts): a ticket belongs to the month of its
 * created time (FRT: tickets created in the month that have a first response) or of its resolved
 * time (resolution time, SLA, FCR, CSAT on tickets); the backlog at a month's end is every ticket
 * created before the end and not resolved before it; cost per ticket divides by tickets created.
 *
 * Speed: one pass over the tickets places each in a month by binary search over the 13 month
 * boundaries (no per-ticket time-zone work) and counts; a second pass fills typed arrays of elapsed
 * times, measuring business hours only for tickets in the 12 months that need them.
 */
import { type Locale, t } from "../i18n/messages";
import { defaultAgreeMin } from "../metrics/ces";
import { csatStatsFromHistogram, defaultSatisfiedMin } from "../metrics/csat";
import { churn, crr } from "../metrics/customers";
import { type ElapsedMeasure, summarizeElapsed } from "../metrics/durations";
import { cac, clv, costPerTicket, supportCostRatio } from "../metrics/finance";
import { npsStatsFromHistogram } from "../metrics/nps";
import { BusinessTime, parseSchedule } from "../metrics/schedule";
import { slaCounts } from "../metrics/sla";
import { wilson } from "../metrics/stats";
import { monthEnd, monthKeyOf, monthStart, zoneClock } from "../metrics/zoned-time";
import { fieldLabel } from "./columns";
import type { CustomerData, CustomerMonth } from "./customers-tab";
import type { ReportContext } from "./report-context";
import type { KpiId } from "./settings";
import type { SurveyData } from "./survey-tab";

/** One KPI in one month. `value` null means no data, and `reason` says why. */
export interface KpiMonth {
  value: number | null;
  /** Tickets or responses behind the value, where that means something; else null. */
  n: number | null;
  /** 95% interval (survey KPIs), in the KPI's unit; else null. */
  low: number | null;
  high: number | null;
  reason: string | null;
}

/** One KPI over the 12 months, oldest first (the last is the report's month). */
export interface KpiSeries {
  id: KpiId;
  months: KpiMonth[];
  /** How it is computed, for the tracker's note column. */
  note: string;
}

export interface KpiResult {
  kpis: Record<KpiId, KpiSeries>;
  /** True when durations are in business hours. */
  businessHours: boolean;
  /** Messages for the user (an unusable schedule, ratings left out). */
  notes: string[];
}

export interface KpiSources {
  survey: SurveyData | null;
  customers: CustomerData | null;
}

const MONTHS = 12;
/** Slot of a missing timestamp: after every month. */
const NEVER = 127;

const noData = (reason: string): KpiMonth => ({ value: null, n: null, low: null, high: null, reason });
const value = (
  v: number,
  n: number | null = null,
  low: number | null = null,
  high: number | null = null,
) => ({
  value: v,
  n,
  low,
  high,
  reason: null,
});

/** The month boundaries: the start of each of `months`, then the end of the last (13 instants). */
export function monthBounds(months: readonly string[], timeZone: string): number[] {
  const bounds = months.map((m) => monthStart(m, timeZone));
  bounds.push(monthEnd(months[months.length - 1], timeZone));
  return bounds;
}

/** The month slot of an instant: 0–11, −1 before the first month, 12 after the last, NEVER for NaN. */
function slotOf(ms: number, bounds: readonly number[]): number {
  if (!(ms >= bounds[0])) return ms < bounds[0] ? -1 : NEVER;
  if (ms >= bounds[MONTHS]) return MONTHS;
  let lo = 0;
  let hi = MONTHS - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid] <= ms) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The smallest usual scale (5, 7 or 10) that holds ratings up to `max`; null above 10. */
function scaleFor(max: number): 5 | 7 | 10 | null {
  return max <= 5 ? 5 : max <= 7 ? 7 : max <= 10 ? 10 : null;
}

/** Whole-number ratings 1–10 counted per month (index = rating). */
function histograms(): Float64Array[] {
  return Array.from({ length: MONTHS }, () => new Float64Array(11));
}

function highestRating(hists: readonly Float64Array[]): number {
  let max = 0;
  for (const h of hists) for (let r = 1; r <= 10; r++) if (h[r] > 0 && r > max) max = r;
  return max;
}

function total(h: Float64Array): number {
  let n = 0;
  for (let i = 0; i < h.length; i++) n += h[i];
  return n;
}

/** Computes every KPI for the 12 months of `context` (see the module comment). */
export function computeKpis(context: ReportContext, sources: KpiSources): KpiResult {
  const { locale, settings, tickets } = context;
  const months = context.months;
  const bounds = monthBounds(months, context.timeZone);
  const notes: string[] = [];
  const say = sayIn(locale);

  // How durations are measured.
  let measure: ElapsedMeasure | null = null;
  let hours = say("report.hours.calendar");
  if (settings.schedule.trim() !== "") {
    try {
      measure = new BusinessTime(parseSchedule(settings.schedule), zoneClock(context.timeZone));
      hours = say("report.hours.business", { schedule: settings.schedule.trim() });
    } catch (error) {
      notes.push(
        say("report.note.scheduleInvalid", {
          schedule: settings.schedule,
          message: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  }

  // Pass 1: each ticket's months, and counts.
  const n = tickets.length;
  const createdSlot = new Int8Array(n);
  const resolvedSlot = new Int8Array(n);
  const created = new Float64Array(MONTHS);
  const resolved = new Float64Array(MONTHS);
  const backlogDiff = new Float64Array(MONTHS + 1);
  const frtCount = new Float64Array(MONTHS);
  const resCount = new Float64Array(MONTHS);
  const fcrWithin = new Float64Array(MONTHS);
  const fcrKnown = new Float64Array(MONTHS);
  const ticketCsat = histograms();
  let badRatings = 0;
  let firstCreated = Number.POSITIVE_INFINITY;
  let anyFirstResponse = false;
  let anyResolved = false;
  let anyContacts = false;
  let anyCsat = false;
  for (let i = 0; i < n; i++) {
    const ticket = tickets[i];
    const c = ticket.created;
    if (c < firstCreated) firstCreated = c;
    const fr = ticket.firstResponse;
    const r = ticket.resolved;
    if (!Number.isNaN(fr)) anyFirstResponse = true;
    if (!Number.isNaN(r)) anyResolved = true;
    const cs = slotOf(c, bounds);
    const rs = slotOf(r, bounds);
    createdSlot[i] = cs;
    resolvedSlot[i] = rs;
    if (cs >= 0 && cs < MONTHS) {
      created[cs]++;
      if (fr >= c) frtCount[cs]++;
    }
    const from = Math.max(cs, 0);
    const to = Math.min(rs, MONTHS);
    if (from < to) {
      backlogDiff[from]++;
      backlogDiff[to]--;
    }
    const contacts = ticket.contacts;
    if (!Number.isNaN(contacts)) anyContacts = true;
    const rating = ticket.csat;
    if (!Number.isNaN(rating)) anyCsat = true;
    if (rs >= 0 && rs < MONTHS) {
      resolved[rs]++;
      if (r >= c) resCount[rs]++;
      if (!Number.isNaN(contacts)) {
        fcrKnown[rs]++;
        if (contacts <= 1) fcrWithin[rs]++;
      }
      if (!Number.isNaN(rating)) {
        if (Number.isInteger(rating) && rating >= 1 && rating <= 10) ticketCsat[rs][rating]++;
        else badRatings++;
      }
    }
  }

  // Pass 2: elapsed times of the tickets each duration KPI measures.
  const frt = Array.from(frtCount, (k) => new Float64Array(k));
  const res = Array.from(resCount, (k) => new Float64Array(k));
  const frtFill = new Int32Array(MONTHS);
  const resFill = new Int32Array(MONTHS);
  for (let i = 0; i < n; i++) {
    const cs = createdSlot[i];
    const rs = resolvedSlot[i];
    const inCreated = cs >= 0 && cs < MONTHS;
    const inResolved = rs >= 0 && rs < MONTHS;
    if (!inCreated && !inResolved) continue;
    const ticket = tickets[i];
    const c = ticket.created;
    if (inCreated && ticket.firstResponse >= c) {
      frt[cs][frtFill[cs]++] = measure ? measure.between(c, ticket.firstResponse) : ticket.firstResponse - c;
    }
    if (inResolved && ticket.resolved >= c) {
      res[rs][resFill[rs]++] = measure ? measure.between(c, ticket.resolved) : ticket.resolved - c;
    }
  }

  const firstMonthOfLog = n > 0 ? slotOf(firstCreated, bounds) : NEVER;
  const firstKey = n > 0 ? monthKeyOf(firstCreated, context.timeZone) : "";
  /** A month before the log's first ticket has no data at all. */
  const beforeLog = (k: number): string | null => {
    if (n === 0) return say("report.noData.noTickets", { month: months[k] });
    return firstMonthOfLog > k ? say("report.noData.beforeLog", { first: firstKey, month: months[k] }) : null;
  };
  const perMonth = (compute: (k: number) => KpiMonth): KpiMonth[] =>
    Array.from({ length: MONTHS }, (_, k) => compute(k));
  const series = (id: KpiId, note: string, compute: (k: number) => KpiMonth): KpiSeries => ({
    id,
    note,
    months: perMonth((k) => {
      const before = beforeLog(k);
      return before ? noData(before) : compute(k);
    }),
  });

  const backlog = new Float64Array(MONTHS);
  for (let k = 0, open = 0; k < MONTHS; k++) backlog[k] = open += backlogDiff[k];

  const duration = (
    id: KpiId,
    arrays: Float64Array[],
    stat: "median" | "mean" | "max",
    noColumn: string | null,
    empty: (k: number) => string,
    note: string,
  ) =>
    series(id, note, (k) => {
      if (noColumn) return noData(noColumn);
      const a = arrays[k];
      return a.length === 0 ? noData(empty(k)) : value(summarizeElapsed(a, stat, "hours"), a.length);
    });

  const noFirstResponse = anyFirstResponse ? null : say("report.noData.noFirstResponse");
  const noResolved = anyResolved ? null : say("report.noData.noResolved");
  const frtEmpty = (k: number) => say("report.noData.frtMonth", { month: months[k] });
  const resEmpty = (k: number) => say("report.noData.resolvedMonth", { month: months[k] });
  const frtNote = say("report.note.frt", { hours });
  const resNote = say("report.note.resolution", { hours });

  const kpis = {} as Record<KpiId, KpiSeries>;
  const add = (s: KpiSeries) => {
    kpis[s.id] = s;
  };
  add(series("created", say("report.note.created", { zone: context.timeZone }), (k) => value(created[k])));
  add(
    series("resolved", say("report.note.resolved"), (k) =>
      noResolved ? noData(noResolved) : value(resolved[k]),
    ),
  );
  add(
    series("backlog", say("report.note.backlog", { end: endText(context) }), (k) =>
      noResolved ? noData(noResolved) : value(backlog[k]),
    ),
  );
  add(duration("frtMedian", frt, "median", noFirstResponse, frtEmpty, frtNote));
  add(duration("frtMean", frt, "mean", noFirstResponse, frtEmpty, frtNote));
  add(duration("resolutionMedian", res, "median", noResolved, resEmpty, resNote));
  add(duration("resolutionMean", res, "mean", noResolved, resEmpty, resNote));
  add(duration("resolutionLongest", res, "max", noResolved, resEmpty, resNote));
  add(
    series("fcr", say("report.note.fcr"), (k) => {
      if (!anyContacts) return noData(say("report.noData.noContacts"));
      if (noResolved) return noData(noResolved);
      return fcrKnown[k] === 0
        ? noData(say("report.noData.fcrMonth", { month: months[k] }))
        : value(fcrWithin[k] / fcrKnown[k], fcrKnown[k]);
    }),
  );
  add(
    series("sla", say("report.note.sla", { target: settings.slaHours, hours }), (k) => {
      if (noResolved) return noData(noResolved);
      const a = res[k];
      if (a.length === 0) return noData(resEmpty(k));
      const { met, total } = slaCounts(a, settings.slaHours);
      return value(met / total, total);
    }),
  );

  // CSAT: ratings on tickets when the log has them, else the survey's CSAT column.
  if (anyCsat) {
    const scale = scaleFor(highestRating(ticketCsat)) ?? 10;
    const min = defaultSatisfiedMin(scale) as number;
    let outOfScale = badRatings;
    const counts = ticketCsat.map((h) => {
      const kept = h.slice(0, scale + 1);
      for (let r = scale + 1; r <= 10; r++) outOfScale += h[r];
      return kept;
    });
    if (outOfScale > 0) notes.push(say("report.note.badRatings", { count: outOfScale, scale }));
    add(
      series("csat", say("report.note.csatTickets", { scale, min }), (k) => {
        if (total(counts[k]) === 0) return noData(say("report.noData.csatMonth", { month: months[k] }));
        const s = csatStatsFromHistogram(counts[k], scale);
        return value(s.csat, s.responses, s.low, s.high);
      }),
    );
  } else {
    kpis.csat = surveyRate("csat", context, bounds, sources.survey, say("report.noData.noCsat"));
  }
  kpis.nps = surveyNps(context, bounds, sources.survey);
  kpis.ces = surveyRate("ces", context, bounds, sources.survey, null);

  for (const s of customerKpis(context, sources.customers, created, (k) => beforeLog(k))) add(s);
  return { kpis, businessHours: measure !== null, notes };
}

/** "2026-11-01 00:00": the instant the report's month ends, as the spreadsheet's clock reads it. */
function endText(context: ReportContext): string {
  const end = monthEnd(context.month, context.timeZone);
  const local = zoneClock(context.timeZone).toLocal(end);
  return new Date(local).toISOString().slice(0, 16).replace("T", " ");
}

type Say = (key: Parameters<typeof t>[0], params?: Record<string, string | number>) => string;

function sayIn(locale: Locale): Say {
  return (key, params) => t(key, params, locale);
}

/** Why a survey field has no data at all, or null when it can be read. */
function surveyProblem(
  survey: SurveyData | null,
  field: "nps" | "ces" | "csat",
  say: Say,
  locale: Locale,
): string | null {
  if (!survey) return say("report.noData.noSurveyTab");
  if (survey.error) return survey.error;
  if (survey.columns[field] === undefined) {
    return say("report.noData.noSurveyColumn", {
      sheet: survey.sheet,
      field: fieldLabel("survey", field, locale),
    });
  }
  return null;
}

function surveyHistograms(
  survey: SurveyData,
  field: "nps" | "ces" | "csat",
  bounds: readonly number[],
): Float64Array[] {
  const hists = histograms();
  for (const response of survey.responses) {
    const score = response[field];
    if (Number.isNaN(score)) continue;
    const k = slotOf(response.date, bounds);
    if (k >= 0 && k < MONTHS) hists[k][score]++;
  }
  return hists;
}

function emptySeries(id: KpiId, reason: string): KpiSeries {
  return { id, note: "", months: Array.from({ length: MONTHS }, () => noData(reason)) };
}

/** NPS per month from the survey's answers dated in it, with the adjusted-Wald interval. */
function surveyNps(context: ReportContext, bounds: readonly number[], survey: SurveyData | null): KpiSeries {
  const say = sayIn(context.locale);
  const problem = surveyProblem(survey, "nps", say, context.locale);
  if (problem || !survey) return emptySeries("nps", problem ?? "");
  const hists = surveyHistograms(survey, "nps", bounds);
  const field = fieldLabel("survey", "nps", context.locale);
  return {
    id: "nps",
    note: say("report.note.nps"),
    months: hists.map((h, k) => {
      if (total(h) === 0) {
        return noData(
          say("report.noData.surveyMonth", { sheet: survey.sheet, field, month: context.months[k] }),
        );
      }
      const s = npsStatsFromHistogram(h);
      return value(s.nps, s.responses, s.low, s.high);
    }),
  };
}

/**
 * CSAT (satisfied share) or CES (agreeing share) per month from the survey, with Wilson intervals.
 * The scale (1–5, 1–7 or 1–10) is judged from the highest answer on the whole tab.
 */
function surveyRate(
  field: "csat" | "ces",
  context: ReportContext,
  bounds: readonly number[],
  survey: SurveyData | null,
  overrideReason: string | null,
): KpiSeries {
  const say = sayIn(context.locale);
  const problem = surveyProblem(survey, field, say, context.locale);
  if (problem || !survey) return emptySeries(field, overrideReason ?? problem ?? "");
  let max = 0;
  for (const response of survey.responses) if (response[field] > max) max = response[field];
  const label = fieldLabel("survey", field, context.locale);
  const scale = scaleFor(max) ?? 10;
  const min = field === "csat" ? defaultSatisfiedMin(scale) : defaultAgreeMin(scale);
  if (min === undefined) return emptySeries(field, say("report.noData.scale", { field: label, max }));
  const hists = surveyHistograms(survey, field, bounds);
  return {
    id: field,
    note: say(field === "csat" ? "report.note.csatSurvey" : "report.note.ces", { scale, min }),
    months: hists.map((h, k) => {
      const responses = total(h);
      if (responses === 0) {
        return noData(
          say("report.noData.surveyMonth", { sheet: survey.sheet, field: label, month: context.months[k] }),
        );
      }
      let agree = 0;
      for (let r = min; r <= scale; r++) agree += h[r];
      const { low, high } = wilson(agree, responses);
      return value(agree / responses, responses, low, high);
    }),
  };
}

/** The customers-tab KPIs: CRR, churn, CAC, CLV, cost per ticket, support cost ratio. */
function customerKpis(
  context: ReportContext,
  customers: CustomerData | null,
  created: Float64Array,
  beforeLog: (k: number) => string | null,
): KpiSeries[] {
  const say = sayIn(context.locale);
  const ids = ["crr", "churn", "cac", "clv", "costPerTicket", "supportCostRatio"] as const;
  const problem = !customers ? say("report.noData.noCustomersTab") : customers.error;
  if (problem || !customers) return ids.map((id) => emptySeries(id, problem ?? ""));

  const derivedLost = customers.columns.lostCustomers === undefined;
  const notes: Record<(typeof ids)[number], string> = {
    crr: say("report.note.crr"),
    churn: say(derivedLost ? "report.note.churnDerived" : "report.note.churn"),
    cac: say("report.note.cac"),
    clv: say("report.note.clv"),
    costPerTicket: say("report.note.costPerTicket"),
    supportCostRatio: say("report.note.supportCostRatio"),
  };

  /** A month's figures, or the reason one is missing. */
  class Missing extends Error {}
  const compute = (id: (typeof ids)[number], k: number): KpiMonth => {
    const month = context.months[k];
    const row = customers.months.get(month);
    if (!row) return noData(say("report.noData.customersMonth", { sheet: customers.sheet, month }));
    const get = (field: keyof Omit<CustomerMonth, "row" | "month">): number => {
      const v = row[field];
      if (Number.isNaN(v)) {
        throw new Missing(
          say("report.noData.customersField", {
            sheet: customers.sheet,
            field: fieldLabel("customers", field, context.locale),
            month,
          }),
        );
      }
      return v;
    };
    const lost = (): number => {
      if (!derivedLost && !Number.isNaN(row.lostCustomers)) return row.lostCustomers;
      return get("customersStart") - (get("customersEnd") - get("newCustomers"));
    };
    const start = (): number => {
      const s = get("customersStart");
      if (s === 0) throw new Missing(say("report.noData.zeroStart", { month }));
      return s;
    };
    const acquisition = (): number => {
      const fresh = get("newCustomers");
      if (fresh === 0) throw new Missing(say("report.noData.noNewCustomers", { month }));
      return cac(get("salesMarketing"), fresh);
    };
    try {
      switch (id) {
        case "crr":
          return value(crr(start(), get("customersEnd"), get("newCustomers")));
        case "churn":
          return value(churn(start(), lost()));
        case "cac":
          return value(acquisition());
        case "clv": {
          const s = start();
          const rate = churn(s, lost());
          if (rate === 0) throw new Missing(say("report.noData.noChurn", { month }));
          const average = (s + get("customersEnd")) / 2;
          const perYear = (get("revenue") / average) * 12;
          return value(clv(perYear, 1 / (rate * 12), acquisition()));
        }
        case "costPerTicket": {
          const before = beforeLog(k);
          if (before) return noData(before);
          if (created[k] === 0) return noData(say("report.noData.noTickets", { month }));
          return value(costPerTicket(get("supportCost"), created[k]), created[k]);
        }
        default: {
          const revenue = get("revenue");
          if (revenue === 0) throw new Missing(say("report.noData.zeroRevenue", { month }));
          return value(supportCostRatio(get("supportCost"), revenue));
        }
      }
    } catch (error) {
      if (error instanceof Missing) return noData(error.message);
      const message = error instanceof Error ? error.message : String(error);
      return noData(say("report.noData.invalid", { month, message }));
    }
  };
  return ids.map((id) => ({
    id,
    note: notes[id],
    months: Array.from({ length: MONTHS }, (_, k) => compute(id, k)),
  }));
}
