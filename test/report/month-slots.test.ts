import { describe, expect, it } from "vitest";
import type { Ticket } from "../../src/input/ticket";
import { openAtEnd, tallyMonths } from "../../src/report/month-slots";
import type { ReportContext } from "../../src/report/report-context";
import { DEFAULT_SETTINGS } from "../../src/report/settings";
import { random, ticket } from "../support/tickets";

const utc = (iso: string) => Date.parse(`${iso}Z`);
/** The 12 months to 2026-10 and the first instant of each and of the month after (UTC, by Date). */
const STARTS = Array.from({ length: 13 }, (_, i) => Date.UTC(2025, 10 + i, 1));
const MONTHS = STARTS.slice(0, 12).map((ms) => new Date(ms).toISOString().slice(0, 7));

function context(tickets: Ticket[]): ReportContext {
  return {
    month: "2026-10",
    start: STARTS[11],
    end: STARTS[12],
    months: MONTHS,
    timeZone: "UTC",
    locale: "en",
    settings: DEFAULT_SETTINGS,
    tickets,
    now: STARTS[12],
  };
}

describe("tallyMonths", () => {
  it("places the instants at a month's edge in the month that starts there", () => {
    const list = [
      ticket({ created: utc("2026-10-01T00:00:00"), resolved: utc("2026-11-01T00:00:00") }),
      ticket({ created: utc("2026-09-30T23:59:59.999"), resolved: utc("2026-10-31T23:59:59.999") }),
      ticket({ created: utc("2025-10-31T23:00:00") }),
      ticket({ created: utc("2026-11-01T00:00:00") }),
    ];
    const tally = tallyMonths(context(list));
    expect([...tally.createdSlot]).toEqual([11, 10, -1, 12]);
    expect([...tally.resolvedSlot]).toEqual([12, 11, 127, 127]);
    expect(tally.created[11]).toBe(1);
    expect(tally.resolved[11]).toBe(1);
    // Open at October's end: the one resolved at 00:00 on 1 November exactly, and the one never resolved.
    expect(tally.backlog[11]).toBe(2);
    expect(tally.backlog[10]).toBe(2); // September's end: the 30 September one and the old one
    expect(tally.backlog[0]).toBe(1);
  });

  it("counts the backlog as tickets created before each month's end and not resolved before it", () => {
    const next = random(3);
    const from = utc("2025-08-01T00:00:00");
    const to = utc("2026-12-15T00:00:00");
    const list = Array.from({ length: 2000 }, () => {
      const created = from + next() * (to - from);
      return ticket({ created, resolved: next() < 0.2 ? Number.NaN : created + next() * 90 * 86_400_000 });
    });
    const tally = tallyMonths(context(list));
    for (let k = 0; k < 12; k++) {
      const [start, end] = [STARTS[k], STARTS[k + 1]];
      const open = list.filter((tk) => tk.created < end && !(tk.resolved < end)).length;
      expect(tally.backlog[k], MONTHS[k]).toBe(open);
      expect(tally.created[k]).toBe(list.filter((tk) => tk.created >= start && tk.created < end).length);
      expect(tally.resolved[k]).toBe(list.filter((tk) => tk.resolved >= start && tk.resolved < end).length);
      if (k > 0) expect(tally.backlog[k]).toBe(tally.backlog[k - 1] + tally.created[k] - tally.resolved[k]);
      const byPredicate = list.filter((_, i) => openAtEnd(tally.createdSlot[i], tally.resolvedSlot[i], k));
      expect(byPredicate.length).toBe(open);
    }
  });
});
