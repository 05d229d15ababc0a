/**
 * The report's 12 months as slots 0–11, and the counts every section takes from them: each ticket's
 * month of creation and of resolution, and per month the tickets created, resolved and in the
 * backlog at the month's end. Made once per build and shared by the tracker and the volume section,
 * so both count by one convention:
 *
 * - A month runs from 00:00 on its 1st to 00:00 on the next month's 1st (that instant excluded), in
 *   the spreadsheet's time zone.
 * - The backlog at a month's end is every ticket created before the end and not resolved before it
 *   (`openAtEnd`). So backlog = backlog a month earlier + created − resolved, exactly.
 * - A ticket whose status says it is closed or solved is not open, even without a resolved time:
 *   it is finished at a time the log does not give, so it is in no month's backlog and no month's
 *   resolved count (its resolved slot is −1, "before the report").
 *
 * Each ticket is placed by binary search over the 13 month boundaries: no time-zone work per ticket.
 */

import { isClosedStatus } from "../input/event-log";
import { monthEnd, monthStart } from "../metrics/zoned-time";
import type { ReportContext } from "./report-context";

/** The slot of a missing time: after every month. */
export const NEVER = 127;

/** The month boundaries: the start of each of `months`, then the end of the last. */
function monthBounds(months: readonly string[], timeZone: string): number[] {
  const bounds = months.map((m) => monthStart(m, timeZone));
  bounds.push(monthEnd(months[months.length - 1], timeZone));
  return bounds;
}

/** The month slot of an instant: −1 before the first month, bounds.length − 1 after the last, NEVER for NaN. */
export function slotOf(ms: number, bounds: readonly number[]): number {
  const last = bounds.length - 1;
  if (!(ms >= bounds[0])) return ms < bounds[0] ? -1 : NEVER;
  if (ms >= bounds[last]) return last;
  let lo = 0;
  let hi = last - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid] <= ms) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whether a ticket is in the backlog at the end of month `k`: created before the end, not resolved before it. */
export function openAtEnd(createdSlot: number, resolvedSlot: number, k: number): boolean {
  return createdSlot <= k && k < resolvedSlot;
}

export interface MonthTally {
  /** The 13 boundaries of the 12 months (see monthBounds). */
  bounds: number[];
  /** Per ticket (in context.tickets order), the slot of its created and of its resolved time. */
  createdSlot: Int8Array;
  resolvedSlot: Int8Array;
  /** Per month: tickets created, tickets resolved, and the backlog at its end. */
  created: Float64Array;
  resolved: Float64Array;
  backlog: Float64Array;
  /** Tickets closed by their status without a resolved time (never open; see the module comment). */
  closedWithoutTime: number;
  /**
   * Whether the log can say which tickets are open: it has created times, resolved times or statuses,
   * and is not a contact-centre log (a call ends when it ends). When not, no section shows a backlog.
   */
  backlogKnown: boolean;
  /** Whether any ticket has a created time (a log without them is placed by other times). */
  anyCreated: boolean;
}

/** Places every ticket of `context` in its months and counts them, in one pass. */
export function tallyMonths(context: ReportContext): MonthTally {
  const { tickets } = context;
  const bounds = monthBounds(context.months, context.timeZone);
  const count = context.months.length;
  const n = tickets.length;
  const createdSlot = new Int8Array(n);
  const resolvedSlot = new Int8Array(n);
  const created = new Float64Array(count);
  const resolved = new Float64Array(count);
  // openAtEnd holds for the months [max(cs, 0), min(rs, count)): one +1 and one −1 per ticket.
  const delta = new Float64Array(count + 1);
  // Statuses repeat: each distinct one is judged once.
  const closed = new Map<string, boolean>();
  let closedWithoutTime = 0;
  let anyResolvedOrStatus = false;
  let anyCreated = false;
  for (let i = 0; i < n; i++) {
    const ticket = tickets[i];
    const cs = slotOf(ticket.created, bounds);
    let rs = slotOf(ticket.resolved, bounds);
    if (!anyResolvedOrStatus && (rs !== NEVER || ticket.status !== "")) anyResolvedOrStatus = true;
    if (cs !== NEVER) anyCreated = true;
    if (rs === NEVER && ticket.status !== "") {
      let done = closed.get(ticket.status);
      if (done === undefined) {
        done = isClosedStatus(ticket.status);
        closed.set(ticket.status, done);
      }
      if (done) {
        rs = -1;
        closedWithoutTime++;
      }
    }
    createdSlot[i] = cs;
    resolvedSlot[i] = rs;
    if (cs >= 0 && cs < count) created[cs]++;
    if (rs >= 0 && rs < count) resolved[rs]++;
    const from = Math.max(cs, 0);
    const to = Math.min(rs, count);
    if (from < to) {
      delta[from]++;
      delta[to]--;
    }
  }
  const backlog = new Float64Array(count);
  for (let k = 0, open = 0; k < count; k++) backlog[k] = open += delta[k];
  const backlogKnown = context.layout !== "contacts" && anyResolvedOrStatus && anyCreated;
  return {
    bounds,
    createdSlot,
    resolvedSlot,
    created,
    resolved,
    backlog,
    closedWithoutTime,
    backlogKnown,
    anyCreated,
  };
}

/**
 * The first of the months whose tickets `createdSlot` places (0 when the log starts earlier; the
 * number of months when no ticket falls in or before them): months before it are before the log.
 */
export function firstSlotOf(createdSlot: ArrayLike<number>, months: number): number {
  let first = months;
  for (let i = 0; i < createdSlot.length; i++) if (createdSlot[i] < first) first = createdSlot[i];
  return Math.max(0, first);
}
