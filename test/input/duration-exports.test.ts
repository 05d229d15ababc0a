/**
 * One-row-per-ticket exports that give durations instead of timestamps, built from the vendors'
 * documented column names with seeded synthetic values: the columns are found from a few sample rows,
 * every ticket's times come out as created + the duration in the header's unit, and the report's
 * figures match an independent computation written here.
 */
import { describe, expect, it } from "vitest";
import { detectTicketColumns } from "../../src/input/columns";
import { readTicketLog } from "../../src/input/ticket-log";
import { monthsEndingWith } from "../../src/metrics/calendar";
import { monthEnd, monthStart, zonedInstant } from "../../src/metrics/zoned-time";
import { computeKpis } from "../../src/report/kpis";
import { DEFAULT_SETTINGS } from "../../src/report/settings";
import { random } from "../support/tickets";

const ZONE = "Europe/Berlin";
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

interface Truth {
  created: number;
  frtMs: number;
  resolutionMs: number;
  waitMs: number;
  holdMs: number;
  reopens: number;
  replies: number;
  satisfied: boolean | null;
}

/** Synthetic tickets over September–October 2026 (seeded), with what each export should say of them. */
function truths(seed: number, n: number): Truth[] {
  const next = random(seed);
  const start = zonedInstant(ZONE, 2026, 9, 1);
  return Array.from({ length: n }, () => {
    const created = start + Math.floor(next() * 60 * 24 * 60) * MINUTE;
    const frtMs = Math.floor(next() * 2000) * MINUTE;
    const resolutionMs = frtMs + Math.floor(next() * 6000) * MINUTE;
    const r = next();
    return {
      created,
      frtMs,
      resolutionMs,
      waitMs: Math.floor(next() * 3000) * MINUTE,
      holdMs: Math.floor(next() * 300) * MINUTE,
      reopens: Math.floor(next() * 3),
      replies: 1 + Math.floor(next() * 4),
      satisfied: r < 0.3 ? null : r < 0.8,
    };
  });
}

const iso = (ms: number) => new Date(ms);

/** Zendesk's ticket export (Explore / CSV): durations in calendar minutes, satisfaction as words. */
function zendesk(rows: Truth[]): unknown[][] {
  const header = [
    "Ticket ID",
    "Created at",
    "Status",
    "Assignee",
    "First reply time in minutes",
    "First reply time in minutes within business hours",
    "Full resolution time in minutes",
    "Requester wait time in minutes",
    "On hold time in minutes",
    "Reopens",
    "Replies",
    "Satisfaction Score",
  ];
  return [
    header,
    ...rows.map((r, i) => [
      1000 + i,
      iso(r.created),
      "Solved",
      "Ana",
      r.frtMs / MINUTE,
      Math.round(r.frtMs / MINUTE / 3),
      r.resolutionMs / MINUTE,
      r.waitMs / MINUTE,
      r.holdMs / MINUTE,
      r.reopens,
      r.replies,
      r.satisfied === null ? "Offered" : r.satisfied ? "Good" : "Bad",
    ]),
  ];
}

/** Freshdesk's ticket export: durations in hours (decimals), interactions as counts. */
function freshdesk(rows: Truth[]): unknown[][] {
  const header = [
    "Ticket ID",
    "Created time",
    "Status",
    "Agent",
    "First response time (in hrs)",
    "Resolution time (in hrs)",
    "Agent interactions",
    "Customer interactions",
  ];
  return [
    header,
    ...rows.map((r, i) => [
      i + 1,
      iso(r.created),
      "Closed",
      "Ben",
      r.frtMs / HOUR,
      r.resolutionMs / HOUR,
      r.replies,
      r.replies + 1,
    ]),
  ];
}

/** A hand-kept sheet: text timestamps written year first, H:MM:SS durations, no unit in the header. */
function plainSheet(rows: Truth[]): unknown[][] {
  const hms = (ms: number) => {
    const s = Math.round(ms / 1000);
    return `${Math.floor(s / 3600)}:${String(Math.floor(s / 60) % 60).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
  };
  const text = (ms: number) => new Date(ms).toISOString().replace("T", " ").slice(0, 19);
  return [
    ["Ticket", "Opened", "Response Time", "Resolution Time"],
    ...rows.map((r, i) => [`T-${i}`, `${text(r.created)}Z`, hms(r.frtMs), hms(r.resolutionMs)]),
  ];
}

function read(values: unknown[][]) {
  const detection = detectTicketColumns(values[0], { sample: values.slice(1, 21) });
  return { detection, log: readTicketLog(values, detection.columns, { timeZone: ZONE }) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

describe("duration exports", () => {
  const rows = truths(8, 400);

  it("finds Zendesk's columns and reads every duration in minutes", () => {
    const { detection, log } = read(zendesk(rows));
    expect(detection.columns).toMatchObject({
      created: "Created at",
      firstResponseTime: "First reply time in minutes",
      resolutionTime: "Full resolution time in minutes",
      waitTime: "Requester wait time in minutes",
      onHoldTime: "On hold time in minutes",
      reopens: "Reopens",
      contacts: "Replies",
      csat: "Satisfaction Score",
    });
    expect(Object.values(detection.columns)).not.toContain(
      "First reply time in minutes within business hours",
    );
    expect(log.error).toBeNull();
    expect(log.tickets).toHaveLength(rows.length);
    log.tickets.forEach((t, i) => {
      const r = rows[i];
      expect(t.firstResponse - t.created).toBe(r.frtMs);
      expect(t.resolved - t.created).toBe(r.resolutionMs);
      expect(t.waitTime).toBe(r.waitMs);
      expect(t.onHoldTime).toBe(r.holdMs);
      expect(t.reopens).toBe(r.reopens);
      expect(t.contacts).toBe(r.replies);
      expect(Number.isNaN(t.csat)).toBe(r.satisfied === null);
    });
    expect(log.problems.some((p) => p.includes('"First reply time in minutes"'))).toBe(true);
  });

  it("finds Freshdesk's columns and reads hours", () => {
    const { detection, log } = read(freshdesk(rows));
    expect(detection.columns).toMatchObject({
      firstResponseTime: "First response time (in hrs)",
      resolutionTime: "Resolution time (in hrs)",
    });
    log.tickets.forEach((t, i) => {
      expect(t.firstResponse - t.created).toBeCloseTo(rows[i].frtMs, 3);
      expect(t.resolved - t.created).toBeCloseTo(rows[i].resolutionMs, 3);
    });
  });

  it("reads year-first text timestamps and H:MM:SS durations", () => {
    const { detection, log } = read(plainSheet(rows));
    expect(detection.columns).toMatchObject({
      created: "Opened",
      firstResponseTime: "Response Time",
      resolutionTime: "Resolution Time",
    });
    expect(log.skippedRows).toBe(0);
    log.tickets.forEach((t, i) => {
      expect(t.created).toBe(Math.floor(rows[i].created / 1000) * 1000);
      expect(t.resolved - t.created).toBe(rows[i].resolutionMs);
    });
  });

  it("builds the month's KPIs exactly as an independent computation does", () => {
    const { log } = read(zendesk(rows));
    const month = "2026-10";
    const start = monthStart(month, ZONE);
    const end = monthEnd(month, ZONE);
    const context = {
      month,
      start,
      end,
      months: monthsEndingWith(month, 12),
      timeZone: ZONE,
      locale: "en" as const,
      settings: { ...DEFAULT_SETTINGS },
      tickets: log.tickets,
      now: end + 86_400_000,
    };
    const kpis = computeKpis(context, { survey: null, customers: null }).kpis;
    const last = (id: keyof typeof kpis) => kpis[id].months[11];
    const createdIn = rows.filter((r) => r.created >= start && r.created < end);
    const resolvedIn = rows.filter(
      (r) => r.created + r.resolutionMs >= start && r.created + r.resolutionMs < end,
    );
    expect(last("created").value).toBe(createdIn.length);
    expect(last("resolved").value).toBe(resolvedIn.length);
    expect(last("frtMedian").value).toBeCloseTo(median(createdIn.map((r) => r.frtMs / HOUR)), 9);
    expect(last("resolutionMean").value).toBeCloseTo(
      resolvedIn.reduce((a, r) => a + r.resolutionMs / HOUR, 0) / resolvedIn.length,
      9,
    );
    const sla = resolvedIn.filter((r) => r.resolutionMs <= 24 * HOUR).length / resolvedIn.length;
    expect(last("sla").value).toBeCloseTo(sla, 12);
    const backlog = rows.filter((r) => r.created < end && r.created + r.resolutionMs >= end).length;
    expect(last("backlog").value).toBe(backlog);
    const rated = resolvedIn.filter((r) => r.satisfied !== null);
    expect(last("csat").value).toBeCloseTo(rated.filter((r) => r.satisfied).length / rated.length, 12);
    expect(last("csat").n).toBe(rated.length);
  });
});
