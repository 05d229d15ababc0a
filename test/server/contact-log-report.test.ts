/**
 * A contact-centre log (one row per call: `Date`, `Time`, `Agent`, `Topic`, `Answered (Y/N)`,
 * `Resolved` Y/N, `Speed of answer in seconds`, `AvgTalkDuration` H:MM:SS, `Satisfaction rating`),
 * synthetic and seeded, read and built into the report through the sidebar's endpoints. Every figure
 * is computed here from how the fixture was made, and each KPI must read the same in the summary's
 * tiles, the details, the tracker tab and the agents' "All agents" row.
 */
import { describe, expect, it } from "vitest";
import { instantToSerial } from "../../src/offline/serial";
import { createOfflineServices } from "../../src/offline/services";
import { buildReport, getSidebarState } from "../../src/server/endpoints";
import { contactLog } from "../support/contact-log";

const ZONE = "America/New_York";
const MONTH = "2026-10";
// October 2026 in New York: EDT (UTC−4) all month, the clock goes back on 1 November at 02:00.
const START = Date.UTC(2026, 9, 1, 4);
const END = Date.UTC(2026, 10, 1, 4);
const NOW = Date.UTC(2026, 10, 20, 12);

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe("a contact-centre log, through the report", () => {
  const { values, truth } = contactLog(3000, 11, ZONE, Date.UTC(2026, 6, 1), Date.UTC(2026, 10, 15));
  const offline = createOfflineServices({ timeZone: ZONE, sheets: { Calls: values } });
  const state = getSidebarState(offline, NOW);
  const result = buildReport(offline, { month: MONTH, settings: state.settings }, NOW);
  const cells = offline.spreadsheet.sheet(result.sheetName)?.peekValues() ?? [];
  const tracker = offline.spreadsheet.sheet("KPI tracker")?.peekValues() ?? [];
  // A duration cell reads back as a date-time to the millisecond, as in Sheets: its seconds, to the ms.
  const seconds = (value: unknown) => instantToSerial((value as Date).getTime(), ZONE) * 86_400;
  const header = cells.findIndex((r) => r[0] === "KPI");
  const detail = (label: string) => cells.find((r, i) => i > header && r[0] === label)?.[1];
  /** A tile's value: the cell below its name, in the summary above the details. */
  const tile = (label: string) => {
    for (let r = 0; r < header; r++) {
      const c = cells[r].indexOf(label);
      if (c >= 0) return cells[r + 1][c];
    }
    return undefined;
  };
  const trackerColumn = tracker.findIndex((r) => r.includes(MONTH));
  const monthColumn = tracker[trackerColumn]?.indexOf(MONTH) ?? -1;
  const tracked = (label: string) => tracker.find((r) => r[0] === label)?.[monthColumn];

  const inMonth = truth.filter((t) => t.at >= START && t.at < END);
  const answered = inMonth.filter((t) => t.answered);
  const rated = inMonth.filter((t) => !Number.isNaN(t.rating));
  const expected = {
    received: inMonth.length,
    answerRate: answered.length / inMonth.length,
    abandonRate: 1 - answered.length / inMonth.length,
    asa: mean(answered.map((t) => t.wait)),
    aht: mean(answered.map((t) => t.talk)),
    resolution: answered.filter((t) => t.resolved).length / answered.length,
    csat: rated.filter((t) => t.rating >= 4).length / rated.length,
  };

  it("reads the log as calls and builds without a problem", () => {
    expect(state.log?.layout).toBe("contacts");
    expect(result.ticketsRead).toBe(truth.length);
    expect(inMonth.length).toBeGreaterThan(500);
  });

  it("gives every contact-centre KPI as computed from the fixture, the same in tiles, details and tracker", () => {
    const counts: [string, number][] = [
      ["Contacts received", expected.received],
      ["Answer rate", expected.answerRate],
      ["Abandon rate", expected.abandonRate],
      ["Resolution rate (answered contacts)", expected.resolution],
      ["CSAT", expected.csat],
    ];
    for (const [label, want] of counts) {
      expect(detail(label), label).toBeCloseTo(want, 12);
      expect(tracked(label), label).toBeCloseTo(want, 12);
    }
    const times: [string, number][] = [
      ["Average speed of answer (ASA)", expected.asa],
      ["Average handle time (AHT)", expected.aht],
    ];
    for (const [label, want] of times) {
      expect(seconds(detail(label)), label).toBeCloseTo(want, 2);
      expect(seconds(tracked(label)), label).toBeCloseTo(want, 2);
    }
    // The tiles: received, answer rate, speed of answer, handle time, resolution, CSAT.
    expect(tile("Contacts received")).toBe(expected.received);
    expect(tile("Answer rate")).toBeCloseTo(expected.answerRate, 12);
    expect(seconds(tile("Average speed of answer (ASA)"))).toBeCloseTo(expected.asa, 2);
    expect(seconds(tile("Average handle time (AHT)"))).toBeCloseTo(expected.aht, 2);
    expect(tile("Resolution rate (answered contacts)")).toBeCloseTo(expected.resolution, 12);
    expect(tile("CSAT")).toBeCloseTo(expected.csat, 12);
  });

  it("leaves out what a call log cannot have: no backlog, resolution time, first response or SLA rows", () => {
    for (const label of [
      "Backlog at month end",
      "Tickets resolved",
      "First response time, median",
      "Resolution time, median",
      "SLA compliance",
      "First contact resolution",
    ]) {
      expect(
        cells.some((r) => r[0] === label),
        label,
      ).toBe(false);
      expect(
        tracker.some((r) => r[0] === label),
        label,
      ).toBe(false);
    }
    expect(cells.some((r) => r[0] === "Backlog aging at the end of 2026-10")).toBe(false);
  });

  it("gives each agent the contacts they handled, with their handle time; All agents matches the KPIs", () => {
    const agentsHeader = cells.findIndex((r) => r[1] === "Contacts handled");
    expect(agentsHeader).toBeGreaterThan(0);
    const row = (name: string) => cells.find((r, i) => i > agentsHeader && r[0] === name);
    for (const name of new Set(inMonth.map((t) => t.agent))) {
      const mine = inMonth.filter((t) => t.agent === name);
      const talked = mine.filter((t) => t.answered);
      const r = row(name);
      expect(r?.[1], name).toBe(mine.length);
      expect(seconds(r?.[2]), name).toBeCloseTo(mean(talked.map((t) => t.talk)), 2);
      expect(r?.[3], name).toBeCloseTo(talked.filter((t) => t.resolved).length / talked.length, 12);
    }
    const all = row("All agents");
    expect(all?.[1]).toBe(expected.received);
    expect(seconds(all?.[2])).toBeCloseTo(expected.aht, 2);
    expect(all?.[3]).toBeCloseTo(expected.resolution, 12);
    expect(all?.[4]).toBeCloseTo(expected.csat, 12);
  });

  it("plans next month's staffing with the log's mean handle time, and says so", () => {
    const minutes = Math.round((expected.aht / 60) * 10) / 10;
    const note = cells.flat().find((c) => typeof c === "string" && c.startsWith("Handle time: "));
    expect(note).toBe(
      `Handle time: ${minutes} min per contact, the mean talk or handle time of ${answered.length} contacts in the log in ${MONTH} (instead of the set handle time).`,
    );
  });
});
