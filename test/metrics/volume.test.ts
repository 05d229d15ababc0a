import { describe, expect, it } from "vitest";
import { type Grouping, ticketVolume } from "../../src/metrics/volume";
import { zonedInstant } from "../../src/metrics/zoned-time";

const LA = "America/Los_Angeles";

/** Numbers each distinct name in order of first appearance, as TICKET_VOLUME's group_by does. */
function groupingOf(values: readonly string[]): Grouping {
  const names = [...new Set(values)];
  return { index: values.map((v) => names.indexOf(v)), names };
}

describe("ticketVolume", () => {
  it("counts by month in the spreadsheet's zone, including empty months between", () => {
    const created = [
      zonedInstant(LA, 2026, 10, 31, 23, 30), // UTC says November; Los Angeles says October
      zonedInstant(LA, 2026, 8, 1, 0, 0),
      zonedInstant(LA, 2026, 11, 1, 0, 0),
      Number.NaN,
    ];
    const table = ticketVolume(created, "month", LA);
    expect(table.labels).toEqual(["2026-08", "2026-09", "2026-10", "2026-11"]);
    expect(table.totals).toEqual([1, 0, 1, 1]);
    expect(table.total).toBe(3);
    expect(table.groups).toEqual([]);
    // The same instants by UTC months.
    expect(ticketVolume(created, "month", "UTC").totals).toEqual([1, 0, 0, 2]);
  });

  it("labels weeks by their Monday and days as dates, across a DST change", () => {
    const STO = "Europe/Stockholm";
    // Sunday 2026-10-25 is 25 hours long in Stockholm; 23:30 that evening is 22:30 UTC.
    const created = [
      zonedInstant(STO, 2026, 10, 25, 0, 30),
      zonedInstant(STO, 2026, 10, 25, 23, 30),
      zonedInstant(STO, 2026, 10, 26, 0, 0),
    ];
    const days = ticketVolume(created, "day", STO);
    expect(days.labels).toEqual(["2026-10-25", "2026-10-26"]);
    expect(days.totals).toEqual([2, 1]);
    const weeks = ticketVolume(created, "week", STO);
    expect(weeks.labels).toEqual(["2026-10-19", "2026-10-26"]);
    expect(weeks.totals).toEqual([2, 1]);
  });

  it("puts groups largest first, ties by name, and counts per period", () => {
    const at = (d: number) => Date.UTC(2026, 0, d, 12);
    const created = [at(1), at(2), at(2), at(3), at(3), at(5)];
    const groups = ["Shipping", "Returns", "Sales", "Returns", "Sales", "Returns"];
    const table = ticketVolume(created, "day", "UTC", { groups: groupingOf(groups) });
    expect(table.groups).toEqual(["Returns", "Sales", "Shipping"]);
    expect(table.groupTotals).toEqual([3, 2, 1]);
    expect(table.labels).toEqual(["2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04", "2026-01-05"]);
    expect(table.counts).toEqual([
      [0, 0, 1],
      [1, 1, 0],
      [1, 1, 0],
      [0, 0, 0],
      [1, 0, 0],
    ]);
    expect(table.totals).toEqual([1, 2, 2, 0, 1]);
    // The groups' numbering does not matter: numbered last-seen first, the table is the same.
    const reversed = groupingOf([...groups].reverse());
    const index = Array.from(reversed.index).reverse();
    expect(ticketVolume(created, "day", "UTC", { groups: { index, names: reversed.names } })).toEqual(table);
  });

  it("refuses a table longer than allowed, naming the span", () => {
    // A mistyped year: 1800 for 2026.
    const created = [Date.UTC(1800, 0, 1), Date.UTC(2026, 0, 1)];
    const days = (created[1] - created[0]) / 86_400_000 + 1;
    expect(() => ticketVolume(created, "day", "UTC", { maxPeriods: 50_000 })).toThrow(
      `${days} days (1800-01-01 to 2026-01-01)`,
    );
    expect(ticketVolume(created, "month", "UTC", { maxPeriods: 50_000 }).labels).toHaveLength(226 * 12 + 1);
  });

  it("refuses a table with too many cells, naming periods and groups", () => {
    const created = Array.from({ length: 30 }, (_, i) => Date.UTC(2026, 0, 1 + i));
    const groups = created.map((_, i) => `agent ${i}`);
    expect(() => ticketVolume(created, "day", "UTC", { groups: groupingOf(groups), maxCells: 100 })).toThrow(
      "the table would have 30 days × 30 groups, more than 100 cells",
    );
  });

  it("returns an empty table when nothing is counted", () => {
    const table = ticketVolume([Number.NaN], "month", "UTC");
    expect(table).toMatchObject({ labels: [], total: 0 });
  });
});
