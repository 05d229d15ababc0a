/**
 * Event logs: one row per status change of a ticket (as IT service desks export them), pivoted to one
 * Ticket per ticket ID.
 *
 * Conventions (each ticket's events, in any row order):
 * - created: the earliest event (the "Logged" event).
 * - firstResponse: the earliest event whose assignee is a real person, i.e. when someone took the
 *   ticket (the first "Assigned"). Placeholders are not people: blank, "Awaiting Resource",
 *   "Unassigned", "Customer", "None", "Queue", "System", and any status name ("Closed"). Without an
 *   assignee column, the second event (the first change after logging).
 * - status: the current status, of the event with the highest status number (`Status No.`); without
 *   a status number, of the latest event. Ties go to the later row.
 * - resolved: the latest closed-like event ("Closed", "Resolved", "Solved", "Done", "Completed", and
 *   the same in the add-on's other languages: "Gelöst", "Stängd", "已解决"), only while the current
 *   status is closed-like: a reopened ticket is not resolved. "Not resolved" is not closed-like.
 * - agent: the assignee of the latest event with a real person.
 * - priority, category, channel, csat: the latest non-blank value.
 * - contacts: 1 + the number of events whose status mentions the customer ("Customer Response",
 *   "Awaiting customer", "Warten auf Kunde"): each round trip to the customer is one more contact.
 * - row: the sheet row of the ticket's first row in the tab.
 *
 * A "Ticket" cell holding "ID / Department / Name" (one field, as in PrepBench's IT tickets) is split:
 * the ID identifies the ticket and the department serves as its category.
 */

import { headerWords } from "./columns";
import type { Ticket } from "./ticket";

/** Parsed event rows, one entry per event, read by `readTicketLog` from the tab. */
export interface EventRows {
  count: number;
  /** 1-based sheet row of each event. */
  row: ArrayLike<number>;
  id: readonly string[];
  /** Epoch milliseconds. */
  time: ArrayLike<number>;
  status: readonly string[];
  /** The status number, NaN when blank; null when the log has no such column. */
  statusNo: ArrayLike<number> | null;
  agent: readonly string[] | null;
  priority: readonly string[] | null;
  category: readonly string[] | null;
  channel: readonly string[] | null;
  /** NaN when blank. */
  csat: ArrayLike<number> | null;
}

/**
 * Words as `headerWords` gives them (lower case, accents dropped: "Gelöst" is "gelost"), so that the
 * lists below are written as people type them. Each list holds every language the add-on speaks,
 * since a team's helpdesk may export in English or in its own language whatever the spreadsheet's.
 */
function normalized(list: readonly string[]): Set<string> {
  return new Set(list.map((text) => headerWords(text).join(" ")));
}

const PLACEHOLDER_ASSIGNEES = normalized([
  "",
  "awaiting resource",
  "awaiting assignment",
  "unassigned",
  "not assigned",
  "customer",
  "none",
  "nobody",
  "n/a",
  "na",
  "queue",
  "system",
  "bot",
  "automation",
  // sv, de, nb, lv, zh
  "ej tilldelad",
  "ej tilldelat",
  "inte tilldelad",
  "inte tilldelat",
  "otilldelad",
  "ingen",
  "kö",
  "kund",
  "nicht zugewiesen",
  "nicht zugeordnet",
  "niemand",
  "warteschlange",
  "kunde",
  "ikke tildelt",
  "ikkje tildelt",
  "kø",
  "nav piešķirts",
  "nav piešķirta",
  "neviens",
  "rinda",
  "klients",
  "未分配",
  "待分配",
  "未指派",
  "无",
  "系统",
  "客户",
]);

/**
 * Single words of a finished status: "Closed", "Gelöst", "Stängd", "已解决". "Klar" is done in
 * Swedish (and "Klart" is Jira's Swedish "Done"); a Norwegian "Klar" (ready) is rarely a ticket's
 * status, and "Klar for test" is three words, which no finished status has.
 */
const CLOSED_WORDS = normalized([
  "closed",
  "resolved",
  "solved",
  "done",
  "completed",
  "complete",
  // sv
  "stängd",
  "stängt",
  "löst",
  "avslutad",
  "avslutat",
  "klar",
  "klart",
  "åtgärdad",
  "åtgärdat",
  "färdig",
  "färdigt",
  // de
  "geschlossen",
  "gelöst",
  "erledigt",
  "abgeschlossen",
  "behoben",
  "fertig",
  // nb
  "lukket",
  "løst",
  "avsluttet",
  "ferdig",
  "fullført",
  "ferdigstilt",
  "utført",
  // nn (Nynorsk)
  "løyst",
  "lukka",
  "avslutta",
  // lv
  "slēgts",
  "slēgta",
  "atrisināts",
  "atrisināta",
  "pabeigts",
  "pabeigta",
  "izpildīts",
  "izpildīta",
  "aizvērts",
  "aizvērta",
  "novērsts",
  "novērsta",
  "noslēgts",
  "noslēgta",
  // zh (a Chinese status is one word to headerWords)
  "已关闭",
  "关闭",
  "已解决",
  "解决",
  "已完成",
  "完成",
  "已结单",
  "已办结",
  "已完结",
  "已结案",
  "处理完成",
]);

/** Words that turn a finished status round: "Not resolved", "Nicht gelöst", "Ej löst". */
const NEGATIONS = normalized(["not", "nicht", "inte", "ej", "icke", "ikke", "nav", "ne"]);

/** Whether a status means the ticket is finished ("Closed", "Resolved", "Gelöst", …). */
export function isClosedStatus(status: string): boolean {
  const words = headerWords(status);
  return (
    words.length > 0 &&
    words.length <= 2 &&
    words.some((w) => CLOSED_WORDS.has(w)) &&
    !words.some((w) => NEGATIONS.has(w))
  );
}

/** Words for the customer in a status: "Awaiting customer", "Warten auf Kunde", "Väntar på kund". */
const CUSTOMER_WORDS = normalized([
  "customer",
  "customers",
  "kund",
  "kunden",
  "kunder",
  "kunde",
  "klients",
  "klienta",
  "klientam",
  "klientu",
  "klienti",
  "klientiem",
  // Compounds: "Warten auf Kundenantwort", "Väntar på kundsvar", "Venter på kundesvar"
  "kundenantwort",
  "kundenrückmeldung",
  "kundsvar",
  "kundesvar",
  "kundrespons",
  "kunderespons",
]);

/** Whether a status means the ticket went back to the customer ("Customer Response", "Awaiting customer"). */
export function isCustomerStatus(status: string): boolean {
  // Chinese has no spaces: "等待客户回复" (awaiting the customer's reply) is one word holding 客户
  // (customer) or 用户 (user).
  return headerWords(status).some((w) => CUSTOMER_WORDS.has(w)) || /客户|用户/.test(status);
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

/** One Ticket per ticket ID, in order of first appearance; see the module comment for the conventions. */
export function pivotEvents(events: EventRows): Ticket[] {
  const { count, row, id, time, status, statusNo, agent, priority, category, channel, csat } = events;

  // Status and assignee texts repeat a lot: classify each distinct text once.
  const statusKind = new Map<string, number>(); // bit 1: closed-like, bit 2: customer
  for (let i = 0; i < count; i++) {
    const s = status[i];
    if (!statusKind.has(s)) statusKind.set(s, (isClosedStatus(s) ? 1 : 0) | (isCustomerStatus(s) ? 2 : 0));
  }
  const statusWords = new Set<string>();
  for (const s of statusKind.keys()) statusWords.add(headerWords(s).join(" "));
  const realAgent = new Map<string, boolean>();
  const isReal = (name: string): boolean => {
    let real = realAgent.get(name);
    if (real === undefined) {
      const words = headerWords(name).join(" ");
      real = !PLACEHOLDER_ASSIGNEES.has(words) && !statusWords.has(words);
      realAgent.set(name, real);
    }
    return real;
  };

  const index = new Map<string, number>();
  const tickets: Ticket[] = [];
  // Per ticket: the event that sets its current status, and the times that decide the latest values.
  const currentNo: number[] = [];
  const currentTime: number[] = [];
  const currentEvent: number[] = [];
  const secondTime: number[] = [];
  const closedTime: number[] = [];
  const agentTime: number[] = [];
  const priorityTime: number[] = [];
  const categoryTime: number[] = [];
  const channelTime: number[] = [];
  const csatTime: number[] = [];

  for (let i = 0; i < count; i++) {
    const key = id[i];
    const t = time[i];
    let k = index.get(key);
    if (k === undefined) {
      k = tickets.length;
      index.set(key, k);
      tickets.push({
        row: row[i],
        id: key,
        created: t,
        firstResponse: Number.NaN,
        resolved: Number.NaN,
        status: "",
        category: "",
        channel: "",
        agent: "",
        priority: "",
        csat: Number.NaN,
        contacts: 1,
      });
      currentNo.push(Number.NEGATIVE_INFINITY);
      currentTime.push(Number.NEGATIVE_INFINITY);
      currentEvent.push(-1);
      secondTime.push(Number.POSITIVE_INFINITY);
      closedTime.push(Number.NEGATIVE_INFINITY);
      agentTime.push(Number.NEGATIVE_INFINITY);
      priorityTime.push(Number.NEGATIVE_INFINITY);
      categoryTime.push(Number.NEGATIVE_INFINITY);
      channelTime.push(Number.NEGATIVE_INFINITY);
      csatTime.push(Number.NEGATIVE_INFINITY);
    } else {
      const ticket = tickets[k];
      // Keep the two earliest times: the first is created, the second the first change.
      if (t < ticket.created) {
        secondTime[k] = ticket.created;
        ticket.created = t;
      } else if (t < secondTime[k]) secondTime[k] = t;
    }
    const ticket = tickets[k];

    const no = statusNo ? statusNo[i] : Number.NaN;
    const rank = Number.isNaN(no) ? Number.NEGATIVE_INFINITY : no;
    if (
      statusNo ? rank > currentNo[k] || (rank === currentNo[k] && t >= currentTime[k]) : t >= currentTime[k]
    ) {
      currentNo[k] = rank;
      currentTime[k] = t;
      currentEvent[k] = i;
    }
    const kind = statusKind.get(status[i]) ?? 0;
    if (kind & 1 && t > closedTime[k]) closedTime[k] = t;
    if (kind & 2) ticket.contacts++;

    if (agent) {
      const name = agent[i];
      if (isReal(name)) {
        // NaN (none yet) compares false, so the first real assignee's time is taken, then any earlier one.
        if (!(t >= ticket.firstResponse)) ticket.firstResponse = t;
        if (t >= agentTime[k]) {
          agentTime[k] = t;
          ticket.agent = name;
        }
      }
    }
    if (priority && priority[i] !== "" && t >= priorityTime[k]) {
      priorityTime[k] = t;
      ticket.priority = priority[i];
    }
    if (category && category[i] !== "" && t >= categoryTime[k]) {
      categoryTime[k] = t;
      ticket.category = category[i];
    }
    if (channel && channel[i] !== "" && t >= channelTime[k]) {
      channelTime[k] = t;
      ticket.channel = channel[i];
    }
    if (csat) {
      const score = csat[i];
      if (!Number.isNaN(score) && t >= csatTime[k]) {
        csatTime[k] = t;
        ticket.csat = score;
      }
    }
  }

  for (let k = 0; k < tickets.length; k++) {
    const ticket = tickets[k];
    const e = currentEvent[k];
    ticket.status = e >= 0 ? status[e] : "";
    if (!agent)
      ticket.firstResponse = secondTime[k] === Number.POSITIVE_INFINITY ? Number.NaN : secondTime[k];
    const closed = ((statusKind.get(ticket.status) ?? 0) & 1) === 1;
    ticket.resolved = closed && closedTime[k] > Number.NEGATIVE_INFINITY ? closedTime[k] : Number.NaN;
  }
  return tickets;
}
