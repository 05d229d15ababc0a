import { describe, expect, it } from "vitest";
import { backlogAt, latestTimestamp } from "../../src/metrics/backlog";
import { DAY_MS } from "../../src/metrics/calendar";
import { zonedInstant } from "../../src/metrics/zoned-time";

const NaN_ = Number.NaN;

describe("backlogAt", () => {
  const asOf = Date.UTC(2026, 10, 1);
  it("counts tickets created by as-of and not resolved by then", () => {
    const created = [asOf - DAY_MS, asOf - DAY_MS, asOf, asOf + 1, asOf - 2 * DAY_MS, NaN_];
    const resolved = [NaN_, asOf, asOf + 1, NaN_, asOf - DAY_MS, asOf - DAY_MS];
    // open; resolved exactly at as-of (not backlog); created at as-of and resolved later (backlog);
    // created after; resolved before; no created.
    expect(backlogAt(created, resolved, asOf)).toBe(2);
    expect(backlogAt([], [], asOf)).toBe(0);
  });

  it("uses a date's 00:00 in the spreadsheet's zone: a ticket from 23:30 the evening before counts", () => {
    const zone = "America/Los_Angeles";
    const asOf = zonedInstant(zone, 2026, 11, 1); // 2026-11-01 00:00 PDT = 07:00 UTC
    const lateOctober = zonedInstant(zone, 2026, 10, 31, 23, 30);
    const novemberMorning = zonedInstant(zone, 2026, 11, 1, 9);
    expect(backlogAt([lateOctober, novemberMorning], [NaN_, NaN_], asOf)).toBe(1);
  });

  it("finds the latest timestamp in either list", () => {
    expect(latestTimestamp([1, 5, NaN_], [NaN_, 7])).toBe(7);
    expect(latestTimestamp([NaN_], [])).toBeNaN();
  });
});
