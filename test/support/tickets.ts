/** Ticket fixtures for report tests: a ticket with only the fields a test cares about, and seeded randomness. */
import type { Ticket } from "../../src/input/ticket";
import type { TicketLog } from "../../src/input/ticket-log";

/** A ticket: unknown times are NaN and unmapped texts "", as the ticket-log reader leaves them. */
export function ticket(
  fields: Partial<Ticket> & { created: number },
  defaults: Partial<Ticket> = {},
): Ticket {
  return {
    row: 0,
    id: "",
    firstResponse: Number.NaN,
    resolved: Number.NaN,
    status: "",
    category: "",
    channel: "",
    agent: "",
    priority: "",
    csat: Number.NaN,
    contacts: Number.NaN,
    reopens: Number.NaN,
    waitTime: Number.NaN,
    onHoldTime: Number.NaN,
    ...defaults,
    ...fields,
  };
}

/** A small seeded generator (LCG), so generated data sets are the same on every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A ticket log of one-row-per-ticket layout holding `tickets`, as the reader gives it for a clean tab. */
export function logOf(tickets: Ticket[]): TicketLog {
  return {
    tickets,
    layout: "tickets",
    rows: tickets.length,
    trailingBlankRows: 0,
    blankRows: 0,
    skippedRows: 0,
    events: 0,
    problems: [],
    error: null,
  };
}
