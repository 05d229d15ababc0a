/**
 * A helpdesk event log as process-mining tools export it (`Case ID`, `Activity`, `Resource`,
 * `Complete Timestamp` written as text "2026/10/09 14:50:17.000"), synthetic and seeded, read and
 * built into the report through the sidebar's endpoints; every tracker figure is compared with an
 * independent computation from how the fixture was generated (not from its events).
 */
import { describe, expect, it } from "vitest";
import { monthEnd, monthStart, zonedParts } from "../../src/metrics/zoned-time";
import { instantToSerial } from "../../src/offline/serial";
import { createOfflineServices } from "../../src/offline/services";
import { mulberry32 } from "../../src/report/sample-data";
import { buildReport, detectLog, getSidebarState, saveSettings } from "../../src/server/endpoints";

const ZONE = "Europe/Stockholm";
const NOW = Date.UTC(2026, 10, 5, 12);
const MONTH = "2026-10";
const HOUR = 3_600_000;
/** When Stockholm's clock goes back: 03:00 CEST is 02:00 CET again, at 01:00 UTC. */
const SECOND_PASS = Date.UTC(2026, 9, 25, 1);

/** "2026/10/09 14:50:17.000" on the zone's wall clock. */
function text(ms: number): string {
  const p = zonedParts(ms, ZONE);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${p.year}/${two(p.month)}/${two(p.day)} ${two(p.hour)}:${two(p.minute)}:${two(p.second)}.000`;
}

interface Truth {
  created: number;
  firstResponse: number;
  resolved: number;
  waits: number;
  reopened: boolean;
}

/** The log's rows (shuffled) and what each ticket's figures are by construction. */
function fixture(tickets: number, seed: number): { values: unknown[][]; truth: Truth[] } {
  const next = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const staff = ["Value 1", "Value 2", "Value 3", "Value 4", "Value 5", "Value 6"];
  const from = Date.UTC(2026, 7, 1);
  const span = Date.UTC(2026, 10, 1) - from;
  const rows: unknown[][] = [];
  const truth: Truth[] = [];
  for (let i = 0; i < tickets; i++) {
    const id = `Case ${1000 + i}`;
    const event = (activity: string, resource: string, ms: number) =>
      rows.push([id, activity, resource, text(ms), pick(["1", "2", "3"])]);
    // Whole seconds: the text keeps no more. On 25 October Stockholm's clock shows 02:00–03:00 twice;
    // a text without an offset means the first, so the second pass is moved an hour on.
    const at = (ms: number) => {
      const s = Math.round(ms / 1000) * 1000;
      return s >= SECOND_PASS && s < SECOND_PASS + HOUR ? s + HOUR : s;
    };
    const created = at(from + next() * span);
    const creator = pick(staff);
    const t: Truth = { created, firstResponse: Number.NaN, resolved: Number.NaN, waits: 0, reopened: false };
    truth.push(t);
    event("Insert ticket", creator, created);
    // Triage by the creator, at once: not a response.
    event("Assign seriousness", creator, at(created + 2000 + next() * 60_000));
    if (next() < 0.1) continue; // never taken: open, no first response
    const agent = pick(staff.filter((s) => s !== creator));
    let time = at(created + HOUR * (0.2 + next() * 30));
    event("Take in charge ticket", agent, time);
    t.firstResponse = time;
    if (next() < 0.35) {
      time = at(time + HOUR * next() * 10);
      event("Wait", agent, time);
      t.waits++;
    }
    if (next() < 0.15) continue; // taken, still being worked on
    time = at(time + HOUR * (1 + next() * 60));
    event("Resolve ticket", agent, time);
    t.resolved = time;
    if (next() < 0.2) {
      // Reopened: the customer came back after the resolve; resolution runs to the second resolve.
      time = at(time + HOUR * (1 + next() * 48));
      event("Take in charge ticket", agent, time);
      t.reopened = true;
      time = at(time + HOUR * (1 + next() * 24));
      event("Resolve ticket", agent, time);
      t.resolved = time;
    }
    // The automatic close days later does not move the resolution.
    if (next() < 0.9) event("Closed", "System", at(time + HOUR * 24 * (3 + next() * 10)));
  }
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  return {
    values: [["Case ID", "Activity", "Resource", "Complete Timestamp", "seriousness"], ...rows],
    truth,
  };
}

/** PERCENTILE.INC(…; 0.5), written out. */
function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = (s.length - 1) / 2;
  return (s[Math.floor(mid)] + s[Math.ceil(mid)]) / 2;
}
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe("a process-mining event log with text timestamps, through the report", () => {
  const { values, truth } = fixture(600, 8);
  const offline = createOfflineServices({ timeZone: ZONE, sheets: { "Event log": values } });
  const state = getSidebarState(offline, NOW);
  const result = buildReport(offline, { month: MONTH, settings: state.settings }, NOW);
  const cells = offline.spreadsheet.sheet(result.sheetName)?.peekValues() ?? [];
  // A duration cell holds days and reads back as a date-time to the millisecond, as in Sheets: its hours.
  const hours = (value: unknown) => instantToSerial((value as Date).getTime(), ZONE) * 24;
  // The details table's row, below its header (the summary's tiles name KPIs too).
  const header = cells.findIndex((r) => r[0] === "KPI");
  const row = (label: string) => {
    const found = cells.find((r, i) => i > header && r[0] === label);
    if (!found) throw new Error(`no row ${label}`);
    return found;
  };

  it("detects the columns and reads every event as the zone's wall clock", () => {
    expect(state.log?.layout).toBe("events");
    expect(state.settings.columns).toMatchObject({
      id: "Case ID",
      status: "Activity",
      agent: "Resource",
      created: "Complete Timestamp",
    });
    expect(result.ticketsRead).toBe(truth.length);
  });

  it("gives every tracker figure of the month as computed from the fixture's construction", () => {
    const start = monthStart(MONTH, ZONE);
    const end = monthEnd(MONTH, ZONE);
    const inMonth = (ms: number) => ms >= start && ms < end;
    const createdIn = truth.filter((t) => inMonth(t.created));
    const resolvedIn = truth.filter((t) => inMonth(t.resolved));
    const frt = createdIn
      .filter((t) => !Number.isNaN(t.firstResponse))
      .map((t) => (t.firstResponse - t.created) / HOUR);
    const resolution = resolvedIn.map((t) => (t.resolved - t.created) / HOUR);
    const backlog = truth.filter((t) => t.created < end && !(t.resolved < end)).length;

    expect(row("Tickets created")[1]).toBe(createdIn.length);
    expect(row("Tickets resolved")[1]).toBe(resolvedIn.length);
    expect(row("Backlog at month end")[1]).toBe(backlog);
    expect(hours(row("First response time, median")[1])).toBeCloseTo(median(frt), 5);
    expect(hours(row("First response time, mean")[1])).toBeCloseTo(mean(frt), 5);
    expect(hours(row("Resolution time, median")[1])).toBeCloseTo(median(resolution), 5);
    expect(hours(row("Resolution time, mean")[1])).toBeCloseTo(mean(resolution), 5);
    expect(hours(row("Longest resolution time")[1])).toBeCloseTo(Math.max(...resolution), 5);
    expect(row("SLA compliance")[1]).toBeCloseTo(
      resolution.filter((h) => h <= 24).length / resolution.length,
      12,
    );
    // Each round trip to the customer ("Wait") is a contact more.
    expect(row("First contact resolution")[1]).toBeCloseTo(
      resolvedIn.filter((t) => t.waits === 0).length / resolvedIn.length,
      12,
    );
    // Sanity of the fixture itself: the month has enough of each case to mean something.
    expect(createdIn.length).toBeGreaterThan(150);
    expect(resolvedIn.filter((t) => t.reopened).length).toBeGreaterThan(5);
  });

  it("lists each activity with its meaning and number of events, and a meaning set in the sidebar is used", () => {
    const counts = new Map<string, number>();
    for (const r of values.slice(1)) counts.set(r[1] as string, (counts.get(r[1] as string) ?? 0) + 1);
    expect(new Map(state.log?.activities?.map((a) => [a.activity, a.events]))).toEqual(counts);
    expect(Object.fromEntries(state.log?.activities?.map((a) => [a.activity, a.meaning]) ?? [])).toEqual({
      "Insert ticket": "created",
      "Assign seriousness": "assigned",
      "Take in charge ticket": "response",
      Wait: "waiting",
      "Resolve ticket": "resolved",
      Closed: "closed",
    });
    // Counting "Closed" as the resolution (a team that closes on resolving) moves every resolution there.
    const other = createOfflineServices({ timeZone: ZONE, sheets: { "Event log": values } });
    const settings = {
      ...state.settings,
      activityMeanings: { "Resolve ticket": "other", Closed: "resolved" } as const,
    };
    saveSettings(other, settings);
    expect(detectLog(other, "Event log").activities?.find((a) => a.activity === "Closed")?.meaning).toBe(
      "resolved",
    );
    const built = buildReport(other, { month: MONTH, settings }, NOW);
    const rebuilt = other.spreadsheet.sheet(built.sheetName)?.peekValues() ?? [];
    const details = rebuilt.findIndex((r) => r[0] === "KPI");
    const resolved = rebuilt.find((r, i) => i > details && r[0] === "Tickets resolved");
    expect(resolved?.[1]).not.toBe(row("Tickets resolved")[1]);
  });

  it("gives each agent the tickets they took, never the triaging creator or the system", () => {
    const agents = cells.map((r) => r[0]).filter((v) => typeof v === "string" && /^Value \d$/.test(v));
    expect(agents.length).toBeGreaterThan(1);
    expect(cells.some((r) => r[0] === "System")).toBe(false);
  });
});
