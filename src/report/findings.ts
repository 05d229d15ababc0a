/**
 * The summary's findings: 3–6 plain sentences, each with its numbers, generated from the data by
 * stated rules, never from a guess.
 *
 * - **Changes** of the headline KPIs since the previous month count as real only beyond noise: a
 *   count by a Poisson test (|this − last| > 1.96 √(this + last)); a rate with its n by a
 *   two-proportion z-test at 95%; a survey score when its 95% intervals do not overlap. Anything
 *   else is "within normal variation", and durations (which carry no interval) are left to the
 *   tiles' arrows, never called a trend.
 * - **Spikes**: a category or channel whose tickets this month exceed the mean + 2 SD of its
 *   previous six months (months before the log starts are not counted; at least three are needed;
 *   the SD is at least Poisson's √mean, so a steadier-than-chance history does not make noise a
 *   spike) and number at least SPIKE_MIN_TICKETS.
 * - **Missed targets by group**: a priority or channel with at least GROUP_MIN_TICKETS tickets whose
 *   SLA compliance is under the SLA target (or, without one, significantly under the other tickets'),
 *   or whose median first response is over the first-response target.
 * - **Next month**: the ticket volume forecast (the staffing block's own, staffing-section.ts) with
 *   its 80 % interval, once the log has FORECAST_MIN_MONTHS months: fewer make a guess, not news.
 * - **When tickets arrive**: the busiest weekday and hour, with their shares.
 */
import { LANGUAGE_TAGS } from "../i18n/locale";
import type { Locale } from "../i18n/messages";
import { monthName } from "../i18n/month-name";
import { Z95 } from "../metrics/stats";
import type { BreakdownField, GroupBreakdown } from "./breakdowns";
import type { KpiMonth, KpiResult } from "./kpis";
import { type KpiInfo, type KpiUnit, kpiName } from "./kpis-catalog";
import type { MonthTally } from "./month-slots";
import { type ReportContext, type Say, sayIn, weekdayNames } from "./report-context";
import type { NextMonth } from "./staffing-section";

/** A spike needs at least this many tickets in the month (a jump from 1 to 4 is not news). */
export const SPIKE_MIN_TICKETS = 10;
/** Months of history a spike is judged against, and the fewest that must be in the log. */
export const SPIKE_HISTORY = 6;
const SPIKE_MIN_HISTORY = 3;
/** A priority or channel needs this many tickets before its missed target is a finding. */
export const GROUP_MIN_TICKETS = 5;
const MAX_FINDINGS = 6;
/** Months of history before next month's forecast is a finding. */
export const FORECAST_MIN_MONTHS = 6;

/** A value as the report's cells show it, for a sentence (durations as "5 h 30 min"). */
export function formatValue(unit: KpiUnit, value: number, locale: Locale): string {
  const tag = LANGUAGE_TAGS[locale];
  const number = (digits: number) =>
    new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format;
  switch (unit) {
    case "count":
      return number(0)(value);
    case "hours":
      return durationText(value, locale);
    case "seconds":
      return value < 60
        ? `${Math.floor(value)} s`
        : value < 3600
          ? `${Math.floor(value / 60)} min ${String(Math.floor(value % 60)).padStart(2, "0")} s`
          : durationText(value / 3600, locale);
    case "fraction":
      return `${number(1)(value * 100)}%`;
    case "points":
      return number(1)(value);
    case "score":
      return number(2)(value);
    default:
      return number(2)(value);
  }
}

/** Hours as the duration format shows them: "42 min", "5 h 30 min", "3.4 d" (DURATION_FORMAT). */
export function durationText(hours: number, locale: Locale): string {
  const minutes = Math.floor(hours * 60 + 1e-9);
  if (minutes < 60) return `${minutes} min`;
  if (hours < 48) return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
  const days = new Intl.NumberFormat(LANGUAGE_TAGS[locale], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(hours / 24);
  return `${days} d`;
}

/** How far a change is beyond noise (|z|, > Z95 is real), or null when it cannot be judged. */
export function changeScore(unit: KpiUnit, current: KpiMonth, previous: KpiMonth): number | null {
  const a = current.value;
  const b = previous.value;
  if (a === null || b === null) return null;
  if (current.low !== null && current.high !== null && previous.low !== null && previous.high !== null) {
    // Non-overlapping 95% intervals: real (scored just past the line); overlapping: noise.
    const apart = current.low > previous.high || current.high < previous.low;
    return apart ? Z95 + Math.abs(a - b) : 0;
  }
  if (unit === "count") return a + b === 0 ? 0 : Math.abs(a - b) / Math.sqrt(a + b);
  if (unit === "fraction" && current.n && previous.n) {
    const pooled = (a * current.n + b * previous.n) / (current.n + previous.n);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / current.n + 1 / previous.n));
    return se === 0 ? (a === b ? 0 : Number.POSITIVE_INFINITY) : Math.abs(a - b) / se;
  }
  return null;
}

/** Per group (category or channel), tickets created in each of the 12 months. */
export function monthlyByGroup(
  context: ReportContext,
  tally: MonthTally,
  field: "category" | "channel",
): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  const count = context.months.length;
  context.tickets.forEach((ticket, i) => {
    const slot = tally.createdSlot[i];
    if (slot < 0 || slot >= count) return;
    const key = ticket[field];
    if (key === "") return;
    let months = groups.get(key);
    if (!months) {
      months = new Array<number>(count).fill(0);
      groups.set(key, months);
    }
    months[slot]++;
  });
  return groups;
}

export interface Spike {
  group: string;
  count: number;
  mean: number;
  limit: number;
  months: number;
}

/**
 * Groups whose last month is a spike by the module's rule. `firstSlot` is the first month the log
 * covers (earlier months are not history, they are before the log).
 */
export function spikes(monthly: Map<string, number[]>, firstSlot: number): Spike[] {
  const found: Spike[] = [];
  for (const [group, months] of monthly) {
    const last = months.length - 1;
    const from = Math.max(firstSlot, last - SPIKE_HISTORY);
    const history = months.slice(from, last);
    if (history.length < SPIKE_MIN_HISTORY) continue;
    const mean = history.reduce((s, v) => s + v, 0) / history.length;
    const sample = Math.sqrt(history.reduce((s, v) => s + (v - mean) ** 2, 0) / (history.length - 1));
    // Counts vary by at least Poisson's √mean: a history steadier than chance must not make noise a spike.
    const sd = Math.max(sample, Math.sqrt(mean));
    const limit = mean + 2 * sd;
    const count = months[last];
    if (count > limit && count >= SPIKE_MIN_TICKETS) {
      found.push({ group, count, mean, limit, months: history.length });
    }
  }
  return found.sort((a, b) => b.count / Math.max(b.limit, 1) - a.count / Math.max(a.limit, 1));
}

export interface FindingsInput {
  context: ReportContext;
  result: KpiResult;
  /** The headline KPIs (the tiles), whose changes are judged. */
  headline: KpiInfo[];
  tally: MonthTally;
  /** The first month slot the ticket log covers (0–11), or 12 when it has no ticket. */
  firstSlot: number;
  breakdowns: { field: BreakdownField; label: string; groups: GroupBreakdown[] }[];
  arrivals: number[][];
  /** Next month's forecast; none when absent. */
  next?: NextMonth;
}

function changeFindings(input: FindingsInput, say: Say): string[] {
  const { context, result, headline } = input;
  const locale = context.locale;
  const real: { score: number; text: string }[] = [];
  const noise: string[] = [];
  for (const kpi of headline) {
    const months = result.kpis[kpi.id].months;
    const current = months[11];
    const previous = months[10];
    const score = changeScore(kpi.unit, current, previous);
    if (score === null || current.value === null || previous.value === null) continue;
    const name = say(kpiName(kpi, context.layout));
    if (score <= Z95) {
      noise.push(name);
      continue;
    }
    const up = current.value > previous.value;
    real.push({
      score,
      text: say(up ? "report.finding.rose" : "report.finding.fell", {
        kpi: name,
        previous: formatValue(kpi.unit, previous.value, locale),
        current: formatValue(kpi.unit, current.value, locale),
        month: monthName(context.months[10], context.locale),
      }),
    });
  }
  real.sort((a, b) => b.score - a.score);
  const texts = real.slice(0, 2).map((r) => r.text);
  if (noise.length > 0) {
    texts.push(
      say("report.finding.noise", { kpis: noise, month: monthName(context.months[10], context.locale) }),
    );
  }
  return texts;
}

function spikeFindings(input: FindingsInput, say: Say): string[] {
  const texts: string[] = [];
  for (const field of ["category", "channel"] as const) {
    const found = spikes(monthlyByGroup(input.context, input.tally, field), input.firstSlot);
    for (const s of found.slice(0, 1)) {
      texts.push(
        say("report.finding.spike", {
          group: s.group,
          count: formatValue("count", s.count, input.context.locale),
          mean: formatValue("points", s.mean, input.context.locale),
          limit: formatValue("points", s.limit, input.context.locale),
          months: s.months,
          min: SPIKE_MIN_TICKETS,
        }),
      );
    }
  }
  return texts;
}

function missedFindings(input: FindingsInput, say: Say): string[] {
  const { context } = input;
  const locale = context.locale;
  const { targets, slaHours } = context.settings;
  const texts: { score: number; text: string }[] = [];
  for (const { label, groups } of input.breakdowns) {
    const totalN = groups.reduce((s, g) => s + g.resolutionN, 0);
    const totalMet = groups.reduce((s, g) => s + g.slaMet, 0);
    for (const g of groups) {
      if (g.key === "") continue;
      const n = g.resolutionN;
      if (n >= GROUP_MIN_TICKETS) {
        const rate = g.slaMet / n;
        const target = targets.sla;
        const restN = totalN - n;
        const rest = restN > 0 ? (totalMet - g.slaMet) / restN : null;
        let below = false;
        if (typeof target === "number") below = rate < target;
        else if (rest !== null && restN >= GROUP_MIN_TICKETS) {
          const p = totalMet / totalN;
          const se = Math.sqrt(p * (1 - p) * (1 / n + 1 / restN));
          below = se > 0 && (rest - rate) / se > Z95;
        }
        if (below) {
          const params = {
            dimension: label,
            group: g.key,
            rate: formatValue("fraction", rate, locale),
            n,
            sla: durationText(slaHours, locale),
          };
          texts.push({
            score: 1 - rate,
            text:
              typeof target === "number"
                ? say("report.finding.slaMissed", {
                    ...params,
                    target: formatValue("fraction", target, locale),
                  })
                : say("report.finding.slaBelowRest", {
                    ...params,
                    rest: formatValue("fraction", rest ?? 0, locale),
                  }),
          });
        }
      }
      const frtTarget = targets.frtMedian;
      if (typeof frtTarget === "number" && g.frtMedian !== null && g.frtN >= GROUP_MIN_TICKETS) {
        if (g.frtMedian > frtTarget) {
          texts.push({
            score: g.frtMedian / Math.max(frtTarget, 1e-9) - 1,
            text: say("report.finding.frtMissed", {
              dimension: label,
              group: g.key,
              value: durationText(g.frtMedian, locale),
              n: g.frtN,
              target: durationText(frtTarget, locale),
            }),
          });
        }
      }
    }
  }
  return texts.sort((a, b) => b.score - a.score).map((t) => t.text);
}

function busiestFinding(input: FindingsInput, say: Say): string[] {
  const grid = input.arrivals;
  const total = grid.reduce((s, row) => s + row.reduce((a, b) => a + b, 0), 0);
  if (total === 0) return [];
  const byDay = grid.map((row) => row.reduce((a, b) => a + b, 0));
  const byHour = Array.from({ length: 24 }, (_, h) => grid.reduce((s, row) => s + row[h], 0));
  const day = byDay.indexOf(Math.max(...byDay));
  const hour = byHour.indexOf(Math.max(...byHour));
  const locale = input.context.locale;
  const share = (n: number) => formatValue("fraction", n / total, locale);
  const two = (h: number) => `${String(h % 24).padStart(2, "0")}:00`;
  return [
    say("report.finding.busiest", {
      weekday: weekdayNames(locale, "long")[day],
      dayShare: share(byDay[day]),
      hours: `${two(hour)}–${two(hour + 1)}`,
      hourShare: share(byHour[hour]),
    }),
  ];
}

function forecastFinding(input: FindingsInput, say: Say): string[] {
  const next = input.next;
  const point = next?.forecast?.points[0];
  if (!next || !point || next.months < FORECAST_MIN_MONTHS) return [];
  const count = (n: number) => formatValue("count", Math.round(n), input.context.locale);
  return [
    say("report.finding.forecast", {
      month: monthName(next.month, input.context.locale),
      count: count(point.forecast),
      low: count(point.low),
      high: count(point.high),
      months: next.months,
    }),
  ];
}

/** The findings, most telling first, at most six (see the module comment for the rules). */
export function findings(input: FindingsInput): string[] {
  const say = sayIn(input.context.locale);
  const changes = changeFindings(input, say);
  const spiked = spikeFindings(input, say);
  const missed = missedFindings(input, say).slice(0, 2);
  const busiest = busiestFinding(input, say);
  const forecast = forecastFinding(input, say);
  // What leaders plan with comes before what went wrong by group.
  return [...changes, ...spiked, ...forecast, ...missed, ...busiest].slice(0, MAX_FINDINGS);
}
