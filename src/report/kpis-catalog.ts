/**
 * What each KPI of the tracker is: its unit (which fixes its number format and how targets are
 * entered) and which direction is better (which fixes the status colours).
 */
import type { MessageKey } from "../i18n/messages";
import type { KpiId } from "./settings";

/** "hours" and "seconds" are durations, in that unit. */
export type KpiUnit = "count" | "hours" | "seconds" | "fraction" | "points" | "score" | "money";

export interface KpiInfo {
  id: KpiId;
  name: MessageKey;
  unit: KpiUnit;
  /** "higher": above target is good; "lower": below target is good. */
  better: "higher" | "lower";
}

/** Number formats by unit; formats are locale-independent patterns in Sheets. */
export const UNIT_FORMAT: Record<KpiUnit, string> = {
  count: "#,##0",
  hours: '#,##0.0" h"',
  seconds: '#,##0" s"',
  fraction: "0.0%",
  points: "0.0",
  score: "0.00",
  money: "#,##0.00",
};

/** How many decimals of a value a number format shows (a percentage shows two more than it writes). */
export function decimalsShown(format: string): number {
  const written = /\.(0+)/.exec(format)?.[1].length ?? 0;
  return format.includes("%") ? written + 2 : written;
}

const info = (id: KpiId, unit: KpiUnit, better: KpiInfo["better"]): KpiInfo => ({
  id,
  name: `kpi.${id}` as MessageKey,
  unit,
  better,
});

/** In the order the tracker lists them. */
export const KPIS: readonly KpiInfo[] = [
  info("created", "count", "lower"),
  info("resolved", "count", "higher"),
  info("backlog", "count", "lower"),
  info("frtMedian", "hours", "lower"),
  info("frtMean", "hours", "lower"),
  info("resolutionMedian", "hours", "lower"),
  info("resolutionMean", "hours", "lower"),
  info("resolutionLongest", "hours", "lower"),
  info("fcr", "fraction", "higher"),
  info("sla", "fraction", "higher"),
  info("csat", "fraction", "higher"),
  info("nps", "points", "higher"),
  info("ces", "fraction", "higher"),
  info("crr", "fraction", "higher"),
  info("churn", "fraction", "lower"),
  info("cac", "money", "lower"),
  info("clv", "money", "higher"),
  info("costPerTicket", "money", "lower"),
  info("supportCostRatio", "fraction", "lower"),
  // Contact-centre logs (one row per call or chat).
  info("answerRate", "fraction", "higher"),
  info("abandonRate", "fraction", "lower"),
  info("asa", "seconds", "lower"),
  info("aht", "seconds", "lower"),
  info("contactResolution", "fraction", "higher"),
  // What helpdesk exports and event logs carry beyond timestamps (shown when the log has them).
  info("reopenRate", "fraction", "lower"),
  info("repliesPerResolved", "score", "lower"),
  info("waitTime", "hours", "lower"),
  info("onHoldTime", "hours", "lower"),
  info("responseMean", "hours", "lower"),
];

/** First response and resolution times: measured from each ticket's created time to a later one. */
export const TICKET_TIME_KPIS: readonly KpiId[] = [
  "frtMedian",
  "frtMean",
  "resolutionMedian",
  "resolutionMean",
  "resolutionLongest",
];

/** KPIs a contact-centre log cannot have: a call ends when it ends, so it has no backlog or resolution time. */
export const TICKET_ONLY_KPIS: ReadonlySet<KpiId> = new Set([
  ...TICKET_TIME_KPIS,
  "resolved",
  "backlog",
  "fcr",
  "sla",
  "reopenRate",
  "repliesPerResolved",
  "waitTime",
  "onHoldTime",
  "responseMean",
]);

/** KPIs only a contact-centre log has (handle time aside: a ticket export may carry it too). */
export const CONTACT_ONLY_KPIS: ReadonlySet<KpiId> = new Set([
  "answerRate",
  "abandonRate",
  "asa",
  "contactResolution",
]);

/** KPIs that need each ticket's created time: absent when the log has none (one line says why). */
export const CREATED_KPIS: ReadonlySet<KpiId> = new Set([
  ...TICKET_TIME_KPIS,
  "created",
  "backlog",
  "sla",
  "costPerTicket",
]);

/** A KPI's name in a log of `layout`: a contact log receives contacts, it creates no tickets. */
export function kpiName(kpi: KpiInfo, layout: string | undefined): MessageKey {
  return layout === "contacts" && kpi.id === "created" ? "kpi.contactsReceived" : kpi.name;
}

export function kpiInfo(id: KpiId): KpiInfo {
  const found = KPIS.find((k) => k.id === id);
  if (!found) throw new Error(`Unknown KPI ${id}`);
  return found;
}
