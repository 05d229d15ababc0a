/**
 * What a user sets in the sidebar, persisted per document in DocumentProperties as small JSON.
 * Columns are remembered by header text, so inserting a column in the source tab does not break them.
 */
import type { Meaning } from "../input/activity-meaning";
import type { ColumnMapping } from "../input/ticket";

/** Every KPI of the tracker, in the order the report lists them. */
export const KPI_IDS = [
  "created",
  "resolved",
  "backlog",
  "frtMedian",
  "frtMean",
  "resolutionMedian",
  "resolutionMean",
  "resolutionLongest",
  "fcr",
  "sla",
  "csat",
  "nps",
  "ces",
  "crr",
  "churn",
  "cac",
  "clv",
  "costPerTicket",
  "supportCostRatio",
  "answerRate",
  "abandonRate",
  "asa",
  "aht",
  "contactResolution",
  "reopenRate",
  "repliesPerResolved",
  "waitTime",
  "onHoldTime",
  "responseMean",
] as const;
export type KpiId = (typeof KPI_IDS)[number];

export interface Settings {
  /** The ticket log tab. */
  ticketSheet: string;
  columns: ColumnMapping;
  /** Optional tabs; "" when absent. */
  surveySheet: string;
  customersSheet: string;
  /** Targets by KPI, in the KPI's own unit (fractions for rates, hours for times). */
  targets: Partial<Record<KpiId, number>>;
  /** Business-hours schedule such as "Mon-Fri 09:00-17:00"; "" measures calendar hours. */
  schedule: string;
  /** SLA target for resolution, in hours (business hours when a schedule is set). */
  slaHours: number;
  /** Which average the report leads with for FRT and resolution time. */
  average: "median" | "mean";
  /**
   * Event logs: the meaning the user gave an activity in the sidebar, by activity text (only those
   * that differ from what the words say). Stored in a property of its own (settings-store.ts).
   */
  activityMeanings?: Record<string, Meaning>;
  /** What the report's "Next month" staffing aims for; DEFAULT_STAFFING when never set. */
  staffing?: StaffingSettings;
}

/** The staffing aims a user sets in the sidebar, in the units its boxes show (rates as fractions). */
export interface StaffingSettings {
  /** Minutes of work per ticket or contact. */
  handleMinutes: number;
  /** Share of contacts to answer within `answerWithinSeconds`: more than 0, less than 1. */
  serviceLevel: number;
  answerWithinSeconds: number;
  /** Highest share of their time agents may be busy: more than 0, at most 1. */
  maxOccupancy: number;
  /** Share of paid time agents are away from the queue (breaks, meetings, absence): 0 or more, less than 1. */
  shrinkage: number;
}

/** 6 minutes of work, 80 % answered within 60 s, agents busy at most 85 %: a queue's usual aims. */
export const DEFAULT_STAFFING: StaffingSettings = {
  handleMinutes: 6,
  serviceLevel: 0.8,
  answerWithinSeconds: 60,
  maxOccupancy: 0.85,
  shrinkage: 0,
};

/** The longest business-hours text settings keep (the sidebar's box stops there too). */
export const MAX_SCHEDULE = 200;

export const DEFAULT_SETTINGS: Settings = {
  ticketSheet: "",
  columns: {},
  surveySheet: "",
  customersSheet: "",
  targets: {},
  schedule: "",
  slaHours: 24,
  average: "median",
};
