/**
 * Event logs: one row per status change or activity of a ticket (helpdesk audit logs, IT service
 * desks, process-mining exports), pivoted to one Ticket per ticket ID.
 *
 * Each activity has a meaning (activity-meaning.ts: created, assigned, response, waiting on the
 * customer, resolved, reopened, closed, other), from its words or as the user set it in the sidebar.
 * A ticket's events are taken in time order (ties by status number, then row), and:
 * - created: the earliest event.
 * - a *response* is an event meaning response or waiting on the customer (putting a ticket to the
 *   customer answers them), or resolved, unless the system or the customer did it; an assignment
 *   counts only when a person other than the ticket's creator is named on it (someone took the
 *   ticket): triage by the creator or the system is not a response. firstResponse is the first one.
 * - resolved: the first resolving event since the last reopen; a close counts only when no resolve
 *   came before it, so resolution time runs to "Resolve ticket", not to a later automatic "Closed".
 *   Any activity after a resolve or close other than a close reopens the ticket (`reopens`), and a
 *   ticket whose last resolve was reopened is not resolved.
 * - responses: each response's wait, from when the ticket became the team's turn (created, a reopen,
 *   or an event meaning created after the customer's turn) to the response; the first is the FRT.
 * - agent: the person of the latest response or assignment that counts, else the resolver.
 * - status: the event with the highest status number (`Status No.`), else the latest.
 * - priority, category, channel, csat: the latest non-blank value.
 * - contacts: 1 + the events meaning waiting on the customer (each round trip is one more contact).
 * - row: the sheet row of the ticket's first row in the tab.
 *
 * A "Ticket" cell holding "ID / Department / Name" (one field, as in PrepBench's IT tickets) is split:
 * the ID identifies the ticket and the department serves as its category.
 */

import { defaultMeaning, type Meaning, type ResourceKind, resourceKind } from "./activity-meaning";
import { headerWords } from "./columns";
import type { Ticket } from "./ticket";

export { isClosedStatus, isCustomerStatus } from "./activity-meaning";

/** Parsed event rows, one entry per event, read by `readTicketLog` from the tab. */
export interface EventRows {
  count: number;
  /** 1-based sheet row of each event. */
  row: ArrayLike<number>;
  id: readonly string[];
  /** Epoch milliseconds. */
  time: ArrayLike<number>;
  /** The status or activity. */
  status: readonly string[];
  /** The status number, NaN when blank; null when the log has no such column. */
  statusNo: ArrayLike<number> | null;
  /** Who did the event or holds the ticket after it (resource, assignee). */
  agent: readonly string[] | null;
  priority: readonly string[] | null;
  category: readonly string[] | null;
  channel: readonly string[] | null;
  /** NaN when blank. */
  csat: ArrayLike<number> | null;
}

/** Activities whose meaning the user set, by activity text; the rest get `defaultMeaning`. */
export type ActivityMeanings = Readonly<Record<string, Meaning>>;

/** Each distinct activity of a log with its meaning and number of events, most frequent first. */
export interface ActivityCount {
  activity: string;
  meaning: Meaning;
  events: number;
}

/** The meaning of an activity: the user's when set, else from its words. */
export function meaningOf(activity: string, meanings: ActivityMeanings = {}): Meaning {
  return Object.hasOwn(meanings, activity) ? meanings[activity] : defaultMeaning(activity);
}

/** The log's activities, their meanings and event counts (what the sidebar lists). */
export function countActivities(events: EventRows, meanings: ActivityMeanings = {}): ActivityCount[] {
  const counts = new Map<string, number>();
  for (let i = 0; i < events.count; i++)
    counts.set(events.status[i], (counts.get(events.status[i]) ?? 0) + 1);
  return [...counts]
    .map(([activity, n]) => ({ activity, meaning: meaningOf(activity, meanings), events: n }))
    .sort((a, b) => b.events - a.events || a.activity.localeCompare(b.activity));
}

/** The separator of a composite "ID / Department / Name" ticket cell. */
const PART_SEPARATOR = " / ";

/**
 * Whether a ticket column holds composite "ID / Department / Name" cells: most of its first
 * non-blank cells (up to 100) contain " / ".
 */
export function isCompositeIdColumn(ids: ArrayLike<unknown>): boolean {
  let seen = 0;
  let composite = 0;
  for (let i = 0; i < ids.length && seen < 100; i++) {
    const v = ids[i];
    if (typeof v !== "string" || v.trim() === "") continue;
    seen++;
    if (v.includes(PART_SEPARATOR)) composite++;
  }
  return seen > 0 && composite >= seen * 0.8;
}

/** "C004734 / Project Management / Felipa Vlahos" → ["C004734", "Project Management"]. */
export function splitCompositeId(text: string): [id: string, department: string] {
  const first = text.indexOf(PART_SEPARATOR);
  if (first < 0) return [text.trim(), ""];
  const rest = text.slice(first + PART_SEPARATOR.length);
  const second = rest.indexOf(PART_SEPARATOR);
  return [text.slice(0, first).trim(), (second < 0 ? rest : rest.slice(0, second)).trim()];
}

const NUMBER_WORDS = new Set([
  "no",
  "number",
  "num",
  "nr",
  "seq",
  "sequence",
  "order",
  "index",
  "step",
  "nummer",
  "numurs",
]);
/** "Status" as Latvian writes it ("Statuss", "Statusa Nr."). */
const STATUS_WORDS = new Set(["status", "statuss", "statusa"]);
/** One-word forms: "Statusnummer", "Statusnr" (German, Swedish, Norwegian), 状态序号, 状态编号. */
const STATUS_NUMBER_WORD = /^(status(nr|nummer|no)|状态(序号|编号|号))$/;

/**
 * The column holding the status number ("Status No.", "Status #", "Step"), or -1. It orders a
 * ticket's events when timestamps tie or are out of order.
 */
export function findStatusNumberColumn(headers: readonly unknown[]): number {
  for (let c = 0; c < headers.length; c++) {
    const words = headerWords(headers[c]);
    if (words.some((w) => STATUS_WORDS.has(w)) && words.some((w) => NUMBER_WORDS.has(w))) return c;
    if (words.some((w) => STATUS_NUMBER_WORD.test(w))) return c;
  }
  for (let c = 0; c < headers.length; c++) {
    const words = headerWords(headers[c]);
    if (words.length === 1 && (words[0] === "seq" || words[0] === "sequence" || words[0] === "step"))
      return c;
  }
  return -1;
}

/** How often ticket IDs repeat: the sign of an event log. */
export interface IdRepeats {
  /** Non-blank IDs. */
  ids: number;
  /** Rows whose ID appeared on an earlier row. */
  repeats: number;
  /** The first repeated ID and the sheet rows of its first two appearances. */
  example: { id: string; first: number; second: number } | null;
}

/** Counts rows whose ID appeared on an earlier row; `ids[i]` is on sheet row `firstRow + i`. */
export function countIdRepeats(ids: readonly string[], firstRow: number): IdRepeats {
  const seen = new Map<string, number>();
  let count = 0;
  let repeats = 0;
  let example: IdRepeats["example"] = null;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (id === "") continue;
    count++;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, firstRow + i);
    else {
      repeats++;
      if (!example) example = { id, first, second: firstRow + i };
    }
  }
  return { ids: count, repeats, example };
}

/** Whether repeated IDs make a tab an event log rather than a ticket log with a few duplicates. */
export function looksLikeEventLog(repeats: IdRepeats): boolean {
  return repeats.repeats > 0 && repeats.repeats >= repeats.ids * 0.1;
}

const MEANING_CODE: Record<Meaning, number> = {
  created: 0,
  assigned: 1,
  response: 2,
  waiting: 3,
  resolved: 4,
  reopened: 5,
  closed: 6,
  other: 7,
};
const RESOURCE_CODE: Record<ResourceKind, number> = { person: 0, nobody: 1, system: 2, customer: 3 };

/** One Ticket per ticket ID, in order of first appearance; see the module comment for the rules. */
export function pivotEvents(events: EventRows, meanings: ActivityMeanings = {}): Ticket[] {
  const { count, row, id, time, status, statusNo, agent, priority, category, channel, csat } = events;

  // Activities and resources repeat a lot: classify each distinct text once.
  const meaningCode = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const s = status[i];
    if (!meaningCode.has(s)) meaningCode.set(s, MEANING_CODE[meaningOf(s, meanings)]);
  }
  const statusWords = new Set<string>();
  for (const s of meaningCode.keys()) statusWords.add(headerWords(s).join(" "));
  const kinds = new Map<string, number>();
  const kindOf = (name: string): number => {
    let kind = kinds.get(name);
    if (kind === undefined) {
      kind = RESOURCE_CODE[resourceKind(name, statusWords)];
      kinds.set(name, kind);
    }
    return kind;
  };

  // Group the events by ticket (in order of first appearance), then sort each group by time.
  const index = new Map<string, number>();
  const ticketOf = new Int32Array(count);
  const sizes: number[] = [];
  for (let i = 0; i < count; i++) {
    let k = index.get(id[i]);
    if (k === undefined) {
      k = sizes.length;
      index.set(id[i], k);
      sizes.push(0);
    }
    ticketOf[i] = k;
    sizes[k]++;
  }
  const tickets = sizes.length;
  const starts = new Int32Array(tickets + 1);
  for (let k = 0; k < tickets; k++) starts[k + 1] = starts[k] + sizes[k];
  const fill = starts.slice(0, tickets);
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[fill[ticketOf[i]]++] = i;
  const byTime = (a: number, b: number): number =>
    time[a] - time[b] || (statusNo ? (statusNo[a] || 0) - (statusNo[b] || 0) : 0) || a - b;

  const out: Ticket[] = new Array(tickets);
  for (let k = 0; k < tickets; k++) {
    const group = order.subarray(starts[k], starts[k + 1]);
    const firstRow = row[group[0]];
    if (group.length > 1) group.sort(byTime);
    out[k] = walk(group, firstRow);
  }
  return out;

  /** One ticket from its events in time order. */
  function walk(group: Int32Array, firstRow: number): Ticket {
    const first = group[0];
    const created = time[first];
    const creator = agent ? agent[first] : "";
    const ticket: Ticket = {
      row: firstRow,
      id: id[first],
      created,
      firstResponse: Number.NaN,
      resolved: Number.NaN,
      status: "",
      category: "",
      channel: "",
      agent: "",
      priority: "",
      csat: Number.NaN,
      waitTime: Number.NaN,
      onHoldTime: Number.NaN,
      contacts: 1,
      reopens: 0,
      responses: [],
    };
    const responses = ticket.responses as number[];
    let current = first;
    let resolvedAt = Number.NaN;
    let closedAt = Number.NaN;
    let teamSince = created;
    let resolver = "";
    for (let j = 0; j < group.length; j++) {
      const e = group[j];
      const t = time[e];
      const meaning = meaningCode.get(status[e]) ?? MEANING_CODE.other;
      const name = agent ? agent[e] : "";
      const kind = agent ? kindOf(name) : RESOURCE_CODE.nobody;
      if (statusNo) {
        const no = statusNo[e];
        const best = statusNo[current];
        if (!(no < best) && !(Number.isNaN(no) && !Number.isNaN(best))) current = e;
      } else current = e;

      if (j > 0) {
        // Closing and resolving: the first of a run; anything else after one reopens the ticket.
        if (meaning === MEANING_CODE.resolved) {
          if (Number.isNaN(resolvedAt)) resolvedAt = t;
          closedAt = Number.NaN;
          if (kind === RESOURCE_CODE.person) resolver = name;
        } else if (meaning === MEANING_CODE.closed) {
          if (Number.isNaN(resolvedAt) && Number.isNaN(closedAt)) closedAt = t;
        } else if (!Number.isNaN(resolvedAt) || !Number.isNaN(closedAt)) {
          resolvedAt = Number.NaN;
          closedAt = Number.NaN;
          (ticket.reopens as number)++;
          if (Number.isNaN(teamSince)) teamSince = t;
        }
        if (meaning === MEANING_CODE.reopened || meaning === MEANING_CODE.created) {
          if (Number.isNaN(teamSince)) teamSince = t;
        }
        const responds =
          ((meaning === MEANING_CODE.response || meaning === MEANING_CODE.resolved) &&
            kind !== RESOURCE_CODE.system &&
            kind !== RESOURCE_CODE.customer) ||
          (meaning === MEANING_CODE.waiting && kind !== RESOURCE_CODE.system) ||
          (meaning === MEANING_CODE.assigned && kind === RESOURCE_CODE.person && name !== creator);
        if (responds) {
          if (Number.isNaN(ticket.firstResponse)) ticket.firstResponse = t;
          if (!Number.isNaN(teamSince)) {
            responses.push(teamSince, t);
            teamSince = Number.NaN;
          }
          if (
            kind === RESOURCE_CODE.person &&
            meaning !== MEANING_CODE.waiting &&
            meaning !== MEANING_CODE.resolved
          )
            ticket.agent = name;
        }
        if (meaning === MEANING_CODE.waiting) ticket.contacts++;
      }
      if (priority && priority[e] !== "") ticket.priority = priority[e];
      if (category && category[e] !== "") ticket.category = category[e];
      if (channel && channel[e] !== "") ticket.channel = channel[e];
      if (csat && !Number.isNaN(csat[e])) ticket.csat = csat[e];
    }
    ticket.status = status[current];
    ticket.resolved = Number.isNaN(resolvedAt) ? closedAt : resolvedAt;
    if (ticket.agent === "") ticket.agent = resolver;
    return ticket;
  }
}
