/**
 * The agents section of the report tab: per agent for the month, tickets handled, median first
 * response and resolution time (business hours when a schedule is set), FCR and CSAT with its
 * number of responses, plus an "All agents" row over every ticket (unassigned ones included).
 *
 * Definitions, shown in a note row: a ticket is *handled* by the agent on it when it was resolved
 * in the month; resolution time, FCR and CSAT are measured on those tickets; first response on the
 * agent's tickets created in the month that have one (as the tracker's FRT). One pass over the
 * tickets; the table has one row per agent (capped), whatever the number of tickets.
 */

import type { MessageKey } from "../i18n/messages";
import { monthName } from "../i18n/month-name";
import { ContactTally } from "../metrics/contacts";
import { type ElapsedMeasure, summarizeElapsed } from "../metrics/durations";
import type { Grid } from "./grid";
import { UNIT_FORMAT } from "./kpis-catalog";
import type { CellStyle, PlanCell } from "./plan";
import { onScale, type RatingScale } from "./rating-scale";
import { durationMeasure, type ReportContext, sayIn } from "./report-context";
import { HEADER_STYLE, NOTE_STYLE, SECTION_STYLE, SECTION_WIDTH } from "./styles";
import { SHORT_DURATION_FORMAT } from "./units";

/** At most this many agents get a row; the "All agents" row still counts every ticket. */
export const MAX_AGENTS = 50;

/** One agent's month (or every ticket's, for "All agents"). */
interface AgentStats {
  /** Tickets resolved in the month. */
  handled: number;
  /** Elapsed ms to first response (tickets created in the month) and to resolution (handled). */
  frt: number[];
  resolution: number[];
  /** Handled tickets with a known number of contacts, and those resolved within one. */
  fcrKnown: number;
  fcrWithin: number;
  /** Ratings on the CSAT scale on handled tickets, and the satisfied ones among them. */
  csatN: number;
  csatSatisfied: number;
  /** Contact-centre logs: handle time and resolution of the agent's contacts (metrics/contacts.ts). */
  contacts: ContactTally;
}

function emptyStats(): AgentStats {
  return {
    handled: 0,
    frt: [],
    resolution: [],
    fcrKnown: 0,
    fcrWithin: 0,
    csatN: 0,
    csatSatisfied: 0,
    contacts: new ContactTally(),
  };
}

/** Whether any ticket of the log has a resolved time (else agents are measured by assignment). */
export function hasResolvedTimes(context: ReportContext): boolean {
  for (const ticket of context.tickets) if (!Number.isNaN(ticket.resolved)) return true;
  return false;
}

/** Per agent ("" = unassigned) and for all tickets, in one pass; ratings are read on `csatScale`. */
function agentStats(
  context: ReportContext,
  measure: ElapsedMeasure,
  csatScale: RatingScale,
): { agents: Map<string, AgentStats>; all: AgentStats } {
  const { start, end } = context;
  const agents = new Map<string, AgentStats>();
  const all = emptyStats();
  const byAssignment = !hasResolvedTimes(context);
  for (const ticket of context.tickets) {
    const c = ticket.created;
    const r = ticket.resolved;
    const createdIn = c >= start && c < end;
    // Without resolved times, an agent's workload is the tickets assigned to them in the month.
    const resolvedIn = byAssignment ? createdIn : r >= start && r < end;
    if (!createdIn && !resolvedIn) continue;
    let stats = agents.get(ticket.agent);
    if (!stats) {
      stats = emptyStats();
      agents.set(ticket.agent, stats);
    }
    const f = ticket.firstResponse;
    if (createdIn && f >= c) {
      const ms = measure.between(c, f);
      stats.frt.push(ms);
      all.frt.push(ms);
    }
    if (!resolvedIn) continue;
    stats.handled++;
    all.handled++;
    stats.contacts.add(ticket);
    all.contacts.add(ticket);
    if (r >= c) {
      const ms = measure.between(c, r);
      stats.resolution.push(ms);
      all.resolution.push(ms);
    }
    const contacts = ticket.contacts;
    if (!Number.isNaN(contacts)) {
      const within = contacts <= 1 ? 1 : 0;
      stats.fcrKnown++;
      stats.fcrWithin += within;
      all.fcrKnown++;
      all.fcrWithin += within;
    }
    const rating = ticket.csat;
    if (onScale(rating, csatScale)) {
      const satisfied = rating >= csatScale.satisfiedMin ? 1 : 0;
      stats.csatN++;
      stats.csatSatisfied += satisfied;
      all.csatN++;
      all.csatSatisfied += satisfied;
    }
  }
  return { agents, all };
}

const COLUMNS: MessageKey[] = [
  "report.agents.header.agent",
  "report.agents.header.handled",
  "kpi.frtMedian",
  "kpi.resolutionMedian",
  "report.agents.header.fcr",
  "report.agents.header.csat",
  "report.agents.header.csatN",
];

const FORMATS = [
  "",
  UNIT_FORMAT.count,
  UNIT_FORMAT.hours,
  UNIT_FORMAT.hours,
  UNIT_FORMAT.fraction,
  UNIT_FORMAT.fraction,
  UNIT_FORMAT.count,
];

/** A contact-centre log's columns: contacts handled, their handle time and resolution, CSAT. */
const CONTACT_COLUMNS: MessageKey[] = [
  "report.agents.header.agent",
  "report.agents.header.contactsHandled",
  "report.agents.header.aht",
  "report.agents.header.contactResolution",
  "report.agents.header.csat",
  "report.agents.header.csatN",
];
const CONTACT_FORMATS = [
  "",
  UNIT_FORMAT.count,
  SHORT_DURATION_FORMAT,
  UNIT_FORMAT.fraction,
  UNIT_FORMAT.fraction,
  UNIT_FORMAT.count,
];

/** A contact row's values after the name (handle time in days, as the report's durations). */
function contactRowValues(stats: AgentStats): PlanCell[] {
  const c = stats.contacts.stats();
  return [
    stats.handled,
    c.handleTimeN === 0 ? null : c.handleTime / 86_400_000,
    c.resolutionN === 0 ? null : c.resolutionRate,
    stats.csatN === 0 ? null : stats.csatSatisfied / stats.csatN,
    stats.csatN,
  ];
}

/** A row's values after the name; null (a blank cell) where there is no data. */
function rowValues(stats: AgentStats): PlanCell[] {
  const medianHours = (ms: number[]) => (ms.length === 0 ? null : summarizeElapsed(ms, "median", "hours"));
  return [
    stats.handled,
    medianHours(stats.frt),
    medianHours(stats.resolution),
    stats.fcrKnown === 0 ? null : stats.fcrWithin / stats.fcrKnown,
    stats.csatN === 0 ? null : stats.csatSatisfied / stats.csatN,
    stats.csatN,
  ];
}

/**
 * Appends the agents table below `grid.nextRow` (after one blank row), sorted by tickets handled
 * (then by name, unassigned last), with a definition note and an "All agents" row. CSAT ratings are
 * read on `csatScale`, the tracker's (KpiResult.ticketCsatScale), so "All agents" matches its CSAT.
 * Returns notes for the user (no agent column, too many agents, an unreadable schedule).
 */
export function addAgentsSection(grid: Grid, context: ReportContext, csatScale: RatingScale): string[] {
  const say = sayIn(context.locale);
  const timing = durationMeasure(context);
  const hours = timing.schedule
    ? say("report.agents.hours.business", { schedule: timing.schedule })
    : say("report.agents.hours.calendar");
  const { agents, all } = agentStats(context, timing.measure, csatScale);
  const notes: string[] = timing.problem ? [timing.problem] : [];

  const month = monthName(context.month, context.locale);
  let row = grid.nextRow === 1 ? 1 : grid.nextRow + 1;
  grid.band(row++, SECTION_WIDTH, say("report.agents.title", { month }), SECTION_STYLE);
  const named = [...agents.keys()].filter((name) => name !== "");
  if (named.length === 0) {
    const text = say("report.agents.noAgent", { month });
    grid.set(row, 1, text, NOTE_STYLE);
    return [...notes, text];
  }
  const contacts = context.layout === "contacts";
  const note = contacts
    ? "report.agents.noteContacts"
    : hasResolvedTimes(context)
      ? "report.agents.note"
      : "report.agents.noteAssigned";
  grid.set(row++, 1, say(note, { month, hours }), NOTE_STYLE);
  const columns = contacts ? CONTACT_COLUMNS : COLUMNS;
  const formats = contacts ? CONTACT_FORMATS : FORMATS;
  const valuesOf = contacts ? contactRowValues : rowValues;
  named.sort(
    (a, b) => (agents.get(b)?.handled ?? 0) - (agents.get(a)?.handled ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  );
  if (named.length > MAX_AGENTS) {
    const text = say("report.agents.capped", { count: named.length, shown: MAX_AGENTS });
    grid.set(row++, 1, text, NOTE_STYLE);
    notes.push(text);
  }
  const listed: [string, AgentStats][] = named
    .slice(0, MAX_AGENTS)
    .map((name) => [name, agents.get(name) ?? emptyStats()]);
  const unassigned = agents.get("");
  if (unassigned) listed.push([say("report.agents.unassigned"), unassigned]);

  columns.forEach((key, i) => {
    grid.set(row, 1 + i, say(key), HEADER_STYLE);
  });
  row++;
  const write = (name: string, stats: AgentStats, total: boolean) => {
    const style = (i: number): CellStyle => ({
      bold: total,
      background: total ? HEADER_STYLE.background : undefined,
      numberFormat: formats[i] || undefined,
    });
    grid.set(row, 1, name, style(0));
    valuesOf(stats).forEach((value, i) => {
      grid.set(row, 2 + i, value, style(i + 1));
    });
    row++;
  };
  for (const [name, stats] of listed) write(name, stats, false);
  write(say("report.agents.all"), all, true);
  return notes;
}
