/**
 * What leaders ask about the report's month beyond the headline KPIs, counted once per build and
 * shared by the findings (summary.ts) and the tables (when-section.ts):
 *
 * - per priority and per channel: first response (tickets created in the month that have one),
 *   resolution time and SLA (tickets resolved in the month), by the tracker's own conventions
 *   (kpis.ts) and hours (business hours when a schedule is set);
 * - when tickets arrive: tickets created in the month per weekday (Monday first) and hour, on the
 *   spreadsheet's clock (so a daylight-saving change moves nobody's 9 o'clock).
 *
 * One pass over the tickets each; the results are sized by groups and hours, never by tickets.
 */
import { HOUR_MS } from "../metrics/calendar";
import { median } from "../metrics/stats";
import { zoneClock } from "../metrics/zoned-time";
import { durationMeasure, type ReportContext } from "./report-context";

/** One priority's or channel's month. Durations in hours; null where no ticket has one. */
export interface GroupBreakdown {
  key: string;
  /** Tickets created in the month. */
  created: number;
  frtMedian: number | null;
  frtN: number;
  resolutionMedian: number | null;
  resolutionN: number;
  /** Tickets resolved in the month within the SLA target, of `resolutionN`. */
  slaMet: number;
}

export type BreakdownField = "priority" | "channel";

/** Per group of `field` ("" = not set), largest first by tickets created then resolved. */
export function breakdownBy(context: ReportContext, field: BreakdownField): GroupBreakdown[] {
  const { start, end, settings } = context;
  const { measure } = durationMeasure(context);
  const slaMs = settings.slaHours * HOUR_MS;
  const groups = new Map<string, { created: number; frt: number[]; res: number[]; met: number }>();
  for (const ticket of context.tickets) {
    const c = ticket.created;
    const r = ticket.resolved;
    const createdIn = c >= start && c < end;
    const resolvedIn = r >= start && r < end && r >= c;
    if (!createdIn && !resolvedIn) continue;
    const key = ticket[field];
    let g = groups.get(key);
    if (!g) {
      g = { created: 0, frt: [], res: [], met: 0 };
      groups.set(key, g);
    }
    if (createdIn) {
      g.created++;
      if (ticket.firstResponse >= c) g.frt.push(measure.between(c, ticket.firstResponse));
    }
    if (resolvedIn) {
      const ms = measure.between(c, r);
      g.res.push(ms);
      if (ms <= slaMs) g.met++;
    }
  }
  const hours = (ms: number[]) => (ms.length === 0 ? null : median(ms) / HOUR_MS);
  return [...groups.entries()]
    .map(([key, g]) => ({
      key,
      created: g.created,
      frtMedian: hours(g.frt),
      frtN: g.frt.length,
      resolutionMedian: hours(g.res),
      resolutionN: g.res.length,
      slaMet: g.met,
    }))
    .sort(
      (a, b) =>
        b.created - a.created ||
        b.resolutionN - a.resolutionN ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
}

/** Whether any ticket of the log has a value in `field` (else the breakdown says nothing). */
export function hasField(context: ReportContext, field: BreakdownField): boolean {
  return context.tickets.some((t) => t[field] !== "");
}

/** Tickets created in the month per weekday (0 = Monday … 6 = Sunday) and hour (0–23), local time. */
export function arrivals(context: ReportContext): number[][] {
  const { start, end } = context;
  const clock = zoneClock(context.timeZone);
  const grid = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const ticket of context.tickets) {
    const c = ticket.created;
    if (!(c >= start && c < end)) continue;
    const local = new Date(clock.toLocal(c));
    grid[(local.getUTCDay() + 6) % 7][local.getUTCHours()]++;
  }
  return grid;
}
