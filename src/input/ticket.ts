import type { SharedKey } from "../i18n/messages";

/**
 * One ticket as the report sees it, whatever the source layout (one row per ticket, or an event log
 * pivoted to one). Times are epoch milliseconds; NaN means "not known / not yet" (no first response,
 * not resolved), never 0. Text fields are "" when the column is not mapped or the cell is blank.
 */
export interface Ticket {
  /** 1-based row in the source tab (the first row of its events for an event log), for messages. */
  row: number;
  id: string;
  created: number;
  firstResponse: number;
  resolved: number;
  status: string;
  category: string;
  channel: string;
  agent: string;
  priority: string;
  /** Satisfaction rating on the ticket (1–5 by default), NaN when unrated. */
  csat: number;
  /** When the rating was given (epoch ms), NaN when unknown: places a rating of an unresolved ticket. */
  csatAt?: number;
  /** Number of contacts / replies to resolve, NaN when unknown. */
  contacts: number;
  /** Times the ticket was reopened after a resolve (event logs); undefined when the log cannot say. */
  reopens?: number;
  /**
   * Every response's wait as flat pairs [team's turn since, responded at, …] in epoch ms (event logs
   * with response events); the first pair is the first response. Undefined when the log cannot say.
   */
  responses?: readonly number[];
  /** Time the requester spent waiting on the team (ms, e.g. Zendesk's requester wait), NaN when unknown. */
  waitTime: number;
  /** Time the ticket spent on hold, waiting on a third party (ms), NaN when unknown. */
  onHoldTime: number;
  /**
   * Contact-centre logs (one row per call or chat; undefined in other layouts): whether the contact
   * was answered (1) or abandoned (0), NaN when the log does not say.
   */
  answered?: number;
  /** How long the caller waited to be answered (ms), NaN when unknown. */
  speedOfAnswer?: number;
  /** Talk or handle time of the contact (ms), NaN when unknown; a ticket export may carry it too. */
  handleTime?: number;
  /** Whether the contact was resolved (1) or not (0), by a yes/no column; NaN when not said. */
  solved?: number;
}

/** The columns of a ticket log the add-on knows how to use. */
export const TICKET_FIELDS = [
  "id",
  "created",
  "firstResponse",
  "resolved",
  "status",
  "category",
  "channel",
  "agent",
  "priority",
  "csat",
  "csatAt",
  "contacts",
  "firstResponseTime",
  "resolutionTime",
  "reopens",
  "waitTime",
  "onHoldTime",
  // Contact-centre logs' columns (contact-log.ts).
  "timeOfDay",
  "answered",
  "abandoned",
  "speedOfAnswer",
  "handleTime",
  "resolvedFlag",
] as const;
/** The fields only a contact-centre log has, among TICKET_FIELDS. */
export const CONTACT_FIELDS: readonly TicketField[] = TICKET_FIELDS.slice(TICKET_FIELDS.indexOf("timeOfDay"));
export type TicketField = (typeof TICKET_FIELDS)[number];

/** Header text per field, as Settings remember a mapping; a field left out is not mapped. */
export type ColumnMapping = Partial<Record<TicketField, string>>;

/** How the sidebar and messages name each field (the server's messages and the sidebar agree). */
export const TICKET_FIELD_LABELS: Record<TicketField, SharedKey> = {
  id: "sidebar.field.id",
  created: "sidebar.field.created",
  firstResponse: "sidebar.field.firstResponse",
  resolved: "sidebar.field.resolved",
  status: "sidebar.field.status",
  category: "sidebar.field.category",
  channel: "sidebar.field.channel",
  agent: "sidebar.field.agent",
  priority: "sidebar.field.priority",
  csat: "sidebar.field.csat",
  csatAt: "sidebar.field.csatAt",
  contacts: "sidebar.field.contacts",
  firstResponseTime: "sidebar.field.firstResponseTime",
  resolutionTime: "sidebar.field.resolutionTime",
  reopens: "sidebar.field.reopens",
  waitTime: "sidebar.field.waitTime",
  onHoldTime: "sidebar.field.onHoldTime",
  timeOfDay: "sidebar.field.timeOfDay",
  answered: "sidebar.field.answered",
  abandoned: "sidebar.field.abandoned",
  speedOfAnswer: "sidebar.field.speedOfAnswer",
  handleTime: "sidebar.field.handleTime",
  resolvedFlag: "sidebar.field.resolvedFlag",
};

/**
 * Duration fields: how long something took, as exports such as Zendesk's and Freshdesk's give it
 * instead of a timestamp. The unit comes from the header ("in minutes", "(in hrs)") or the cells
 * (H:MM:SS). The first two stand in for the first response and resolved times they measure.
 */
export const DURATION_FIELDS = [
  "firstResponseTime",
  "resolutionTime",
  "waitTime",
  "onHoldTime",
  "speedOfAnswer",
  "handleTime",
] as const;
export type DurationField = (typeof DURATION_FIELDS)[number];

/**
 * What an event log's activity means for its ticket, in the order the sidebar lists them. Here, beside
 * the fields, because the sidebar offers both and must not pull in the word tables that give defaults.
 */
export const MEANINGS = [
  "created",
  "assigned",
  "response",
  "waiting",
  "resolved",
  "reopened",
  "closed",
  "other",
] as const;
export type Meaning = (typeof MEANINGS)[number];
