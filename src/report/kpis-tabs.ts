/**
 * KPIs from the survey tab (NPS, CES, CSAT when the ticket log has no ratings) and the customers and
 * finance tab (CRR, churn, CAC, CLV, cost per ticket, support cost ratio), per month: a survey answer
 * belongs to the month of its date, a customers row to its month.
 */
import type { Locale } from "../i18n/messages";
import { fieldLabel } from "../input/columns";
import type { CustomerData, CustomerMonth } from "../input/customers-tab";
import type { SurveyData } from "../input/survey-tab";
import { churn, crr } from "../metrics/customers";
import { cac, clv, costPerTicket, supportCostRatio } from "../metrics/finance";
import { npsStatsFromHistogram } from "../metrics/nps";
import { wilson } from "../metrics/stats";
import { histograms, type KpiMonth, type KpiSeries, MONTHS, noData, total, value } from "./kpi-series";
import { slotOf } from "./month-slots";
import { ratingScale } from "./rating-scale";
import { type ReportContext, type Say, sayIn } from "./report-context";
import type { KpiId } from "./settings";

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
export function surveyNps(
  context: ReportContext,
  bounds: readonly number[],
  survey: SurveyData | null,
): KpiSeries {
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
 * The scale is judged from the highest answer on the whole tab (rating-scale.ts).
 */
export function surveyRate(
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
  const rating = ratingScale(max);
  const scale = rating.max;
  const min = field === "csat" ? rating.satisfiedMin : rating.agreeMin;
  if (min === null) return emptySeries(field, say("report.noData.scale", { field: label, max }));
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
export function customerKpis(
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
