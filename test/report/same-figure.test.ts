/**
 * One figure per KPI, wherever the report shows it. For each layout a team exports (a ticket log,
 * a helpdesk export with durations, one without a creation time, an event log, a contact-centre log), the whole plan is built and
 * every KPI's value in the summary's tiles, the details table and the tracker tab's month column is
 * the same, and so are the sections that repeat one (created, resolved and backlog per month, backlog
 * aging, the agents' "All agents" row). The duration export's figures are also computed here from
 * how its rows were made.
 */
import { describe, expect, it } from "vitest";
import { t } from "../../src/i18n/messages";
import { detectTicketColumns } from "../../src/input/columns";
import { readTicketLog } from "../../src/input/ticket-log";
import type { PlanCell, SheetPlan } from "../../src/report/plan";
import { planReport } from "../../src/report/report-plan";
import { buildSampleData, mulberry32 } from "../../src/report/sample-data";
import { DEFAULT_SETTINGS } from "../../src/report/settings";
import { contactLog } from "../support/contact-log";

const ZONE = "UTC";
const MONTH = "2026-10";
const NOW = Date.UTC(2026, 10, 10);
const START = Date.UTC(2026, 9, 1);
const END = Date.UTC(2026, 10, 1);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The report and tracker tabs of a tab's values, its columns detected as the sidebar detects them. */
function plan(values: unknown[][]): { report: PlanCell[][]; tracker: PlanCell[][]; layout: string } {
  const columns = detectTicketColumns(values[0], { sample: values.slice(1, 21) }).columns;
  const log = readTicketLog(values, columns, { timeZone: ZONE });
  expect(log.error).toBeNull();
  const out = planReport({
    month: MONTH,
    timeZone: ZONE,
    now: NOW,
    locale: "en",
    settings: { ...DEFAULT_SETTINGS, ticketSheet: "Log", columns },
    log,
    survey: null,
    customers: null,
    definitions: { name: "KPI definitions", id: 1 },
  });
  const [report, tracker] = out.plan.sheets as SheetPlan[];
  return { report: report.cells, tracker: tracker.cells, layout: log.layout };
}

/** Every KPI's value for the month: by the details, the tiles and the tracker tab. */
function figures(report: PlanCell[][], tracker: PlanCell[][]) {
  const header = report.findIndex((r) => r[0] === "KPI");
  const details = new Map<string, PlanCell>();
  for (let r = header + 1; r < report.length && typeof report[r][0] === "string" && report[r][0] !== ""; r++)
    details.set(report[r][0] as string, report[r][1]);
  const tiles = new Map<string, PlanCell>();
  const summary = report.findIndex((r) => typeof r[0] === "string" && r[0].startsWith("Summary"));
  for (let c = 0; c < 6; c++) {
    const name = report[summary + 1][c];
    if (typeof name === "string" && name !== "") tiles.set(name, report[summary + 2][c]);
  }
  const months = tracker.findIndex((r) => r[0] === "KPI");
  const column = tracker[months].indexOf(MONTH);
  const tracked = new Map<string, PlanCell>();
  for (
    let r = months + 1;
    r < tracker.length && typeof tracker[r][0] === "string" && tracker[r][0] !== "";
    r++
  )
    tracked.set(tracker[r][0] as string, tracker[r][column]);
  return { details, tiles, tracked };
}

/** The row after `title`'s header whose first cell is `label`, in a report section. */
function tableRow(
  report: PlanCell[][],
  title: string | ((text: string) => boolean),
  label: string,
): PlanCell[] | undefined {
  const top = report.findIndex((r) =>
    typeof title === "string" ? r[0] === title : typeof r[0] === "string" && title(r[0]),
  );
  if (top < 0) return undefined;
  return report.slice(top).find((r) => r[0] === label);
}

function expectSameEverywhere(report: PlanCell[][], tracker: PlanCell[][]) {
  const { details, tiles, tracked } = figures(report, tracker);
  expect(details.size).toBeGreaterThan(3);
  expect(tiles.size).toBeGreaterThanOrEqual(2);
  for (const [label, value] of details) {
    const want = typeof value === "number" ? value : null;
    expect(tracked.has(label), label).toBe(true);
    expect(tracked.get(label) ?? null, label).toBe(want);
    if (tiles.has(label)) expect(tiles.get(label), label).toBe(want);
  }
  // Every tile and every tracker row is a KPI of the details.
  for (const label of [...tiles.keys(), ...tracked.keys()]) expect(details.has(label), label).toBe(true);
  const volume = tableRow(
    report,
    (title) => title.startsWith("Created, resolved and backlog per month, "),
    MONTH,
  );
  const backlog = details.get("Backlog at month end");
  if (typeof backlog === "number") {
    expect(volume?.slice(1, 4)).toEqual([
      details.get("Tickets created"),
      details.get("Tickets resolved"),
      backlog,
    ]);
    const aging = report.findIndex((r) => r[0] === "Backlog aging at the end of October 2026");
    const buckets = report.slice(aging + 3, aging + 7).map((r) => r[1] as number);
    expect(buckets.reduce((a, b) => a + b, 0)).toBe(backlog);
  } else {
    // No backlog in the tracker: none in the volume section either.
    expect(volume).toBeUndefined();
    expect(report.some((r) => r[0] === "Backlog aging at the end of October 2026")).toBe(false);
  }
  return { details, tiles, tracked };
}

describe("the same figure everywhere", () => {
  it("on a one-row-per-ticket log (the sample data)", () => {
    const sample = buildSampleData({ now: NOW, timeZone: ZONE });
    const { report, tracker, layout } = plan(sample.tickets.values);
    expect(layout).toBe("tickets");
    const { details } = expectSameEverywhere(report, tracker);
    const all = tableRow(report, "Agents, October 2026", "All agents");
    expect(all?.[1]).toBe(details.get("Tickets resolved"));
    expect(all?.[5]).toBe(details.get("CSAT"));
  });

  it("on a Zendesk-style export with durations, and each figure as its rows were made", () => {
    const next = mulberry32(42);
    const headers = [
      "Id",
      "Status",
      "Assignee",
      "Created at",
      "Solved at",
      "First reply time in minutes",
      "Full resolution time in minutes",
      "Requester wait time in minutes",
      "On hold time in minutes",
      "Reopens",
      "Replies",
      "Satisfaction Score",
    ];
    type Row = {
      created: number;
      solved: number;
      wait: number;
      hold: number;
      reopens: number;
      replies: number;
    };
    const made: Row[] = [];
    const rows: unknown[][] = [];
    for (let i = 0; i < 700; i++) {
      const created = Date.UTC(2026, 5, 1) + Math.floor(next() * 150 * 24 * 60) * MINUTE;
      const solved = next() < 0.85 ? created + Math.floor(next() * 5000) * MINUTE : Number.NaN;
      const row: Row = {
        created,
        solved,
        wait: Math.floor(next() * 3000),
        hold: Math.floor(next() * 600),
        reopens: next() < 0.1 ? 1 + Math.floor(next() * 2) : 0,
        replies: 1 + Math.floor(next() * 4),
      };
      made.push(row);
      const score = Number.isNaN(solved) ? "Unoffered" : ["Good", "Bad", "Offered"][Math.floor(next() * 3)];
      rows.push([
        1000 + i,
        Number.isNaN(solved) ? "Open" : "Solved",
        ["Ann", "Bo", "Cy"][i % 3],
        new Date(created),
        Number.isNaN(solved) ? "" : new Date(solved),
        Math.floor(next() * 600),
        Number.isNaN(solved) ? "" : (solved - created) / MINUTE,
        row.wait,
        row.hold,
        row.reopens,
        row.replies,
        score,
      ]);
    }
    const { report, tracker } = plan([headers, ...rows]);
    const { details } = expectSameEverywhere(report, tracker);
    const solvedIn = made.filter((r) => r.solved >= START && r.solved < END);
    const median = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      return (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2;
    };
    const days = (minutes: number) => minutes / 60 / 24;
    expect(details.get("Reopen rate")).toBeCloseTo(
      solvedIn.filter((r) => r.reopens > 0).length / solvedIn.length,
      12,
    );
    expect(details.get("Replies per resolved ticket")).toBeCloseTo(
      solvedIn.reduce((a, r) => a + r.replies, 0) / solvedIn.length,
      12,
    );
    expect(details.get("Requester wait time, median")).toBeCloseTo(
      days(median(solvedIn.map((r) => r.wait))),
      12,
    );
    expect(details.get("On-hold time, median")).toBeCloseTo(days(median(solvedIn.map((r) => r.hold))), 12);
    expect(solvedIn.length).toBeGreaterThan(100);
  });

  it("on an event log (Case ID, Activity, Resource, Complete Timestamp)", () => {
    const next = mulberry32(7);
    const rows: unknown[][] = [];
    for (let i = 0; i < 400; i++) {
      const id = `Case ${i}`;
      let at = Date.UTC(2026, 6, 1) + Math.floor(next() * 120 * 24) * HOUR;
      const agent = ["Value 1", "Value 2", "Value 3"][i % 3];
      rows.push([id, "Insert ticket", "Value 9", new Date(at)]);
      at += Math.floor(1 + next() * 20) * HOUR;
      rows.push([id, "Take in charge ticket", agent, new Date(at)]);
      if (next() < 0.8) {
        at += Math.floor(1 + next() * 50) * HOUR;
        rows.push([id, "Resolve ticket", agent, new Date(at)]);
        rows.push([id, "Closed", "System", new Date(at + 72 * HOUR)]);
      }
    }
    const { report, tracker, layout } = plan([
      ["Case ID", "Activity", "Resource", "Complete Timestamp"],
      ...rows,
    ]);
    expect(layout).toBe("events");
    const { details } = expectSameEverywhere(report, tracker);
    expect(typeof details.get("Response time, mean over all replies")).toBe("number");
  });

  it("on a per-ticket export without a creation time", () => {
    const next = mulberry32(3);
    const rows: unknown[][] = [];
    for (let i = 0; i < 500; i++) {
      const first = Date.UTC(2026, 5, 1) + Math.floor(next() * 150 * 24) * HOUR;
      const closed = next() < 0.6;
      rows.push([
        i + 1,
        closed ? "Closed" : "Open",
        ["Ann", "Bo"][i % 2],
        new Date(first),
        closed ? new Date(first + Math.floor(next() * 60) * HOUR) : "",
        closed ? 1 + Math.floor(next() * 5) : "",
      ]);
    }
    const headers = [
      "Ticket ID",
      "Ticket Status",
      "Assigned To",
      "First Response Time",
      "Time to Resolution",
      "CSAT",
    ];
    const { report, tracker } = plan([headers, ...rows]);
    const { details } = expectSameEverywhere(report, tracker);
    expect(details.has("Tickets created")).toBe(false);
    expect(typeof details.get("Tickets resolved")).toBe("number");
    // Volume, arrivals and staffing count by created time: left out, and the summary says why.
    const texts = report.flat().filter((c): c is string => typeof c === "string");
    expect(texts).not.toContain(t("report.volume.title"));
    expect(texts).not.toContain(t("report.staffing.title"));
    expect(
      texts.some((c) => c.startsWith(`${t("report.volume.title")}, `) && c.includes("no Created column")),
    ).toBe(true);
    const all = tableRow(report, "Agents, October 2026", "All agents");
    expect(all?.[1]).toBe(details.get("Tickets resolved"));
  });

  it("on a contact-centre log, with no backlog anywhere", () => {
    const { values } = contactLog(1500, 9, ZONE, Date.UTC(2026, 5, 1), Date.UTC(2026, 10, 5));
    const { report, tracker, layout } = plan(values);
    expect(layout).toBe("contacts");
    const { details } = expectSameEverywhere(report, tracker);
    expect(details.has("Backlog at month end")).toBe(false);
    const all = tableRow(report, "Agents, October 2026", "All agents");
    expect(all?.[1]).toBe(details.get("Contacts received"));
    expect(all?.[2]).toBe(details.get("Average handle time (AHT)"));
    expect(all?.[3]).toBe(details.get("Resolution rate (answered contacts)"));
    expect(all?.[4]).toBe(details.get("CSAT"));
  });
});
