import { afterEach, describe, expect, it, vi } from "vitest";
import { type MessageKey, t } from "../../src/i18n/messages";
import { pickCustomersTab, pickSurveyTab, pickTicketTab } from "../../src/input/columns";
import { readTicketLog } from "../../src/input/ticket-log";
import {
  buildSampleData,
  mulberry32,
  SAMPLE_CATEGORIES,
  SAMPLE_CHANNELS,
  SAMPLE_TICKET_HEADERS,
  type SampleData,
  shownAs,
} from "../../src/report/sample-data";

const ZONE = "America/New_York";
// 3 November 2026, 09:00 in New York: the data should end with October 2026.
const NOW = Date.UTC(2026, 10, 3, 14);

/** Wall-clock parts of an instant in a zone, from Intl (independent of the code under test). */
function wall(ms: number, zone = ZONE) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      weekday: "short",
    })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  return {
    month: `${parts.year}-${parts.month}`,
    hour: Number(parts.hour),
    /** Seconds since local midnight. */
    seconds: Number(parts.hour) * 3600 + Number(parts.minute) * 60 + Number(parts.second),
    weekend: parts.weekday === "Sat" || parts.weekday === "Sun",
  };
}

const time = (cell: unknown) => (cell instanceof Date ? cell.getTime() : Number.NaN);

describe("buildSampleData", () => {
  const data = buildSampleData({ now: NOW, timeZone: ZONE });
  const [header, ...rows] = data.tickets.values;
  const col = (name: (typeof SAMPLE_TICKET_HEADERS)[number]) => header.indexOf(name);

  afterEach(() => vi.restoreAllMocks());

  it("is deterministic: same seed and inputs, same cells; another seed, other cells", () => {
    const again = buildSampleData({ now: new Date(NOW), timeZone: ZONE });
    expect(again).toEqual(data);
    const other = buildSampleData({ now: NOW, timeZone: ZONE, seed: 7 });
    expect(other.tickets.values).not.toEqual(data.tickets.values);
    expect(other.months).toEqual(data.months);
  });

  it("never reads the clock", () => {
    vi.spyOn(Date, "now").mockImplementation(() => {
      throw new Error("Date.now() called");
    });
    expect(() => buildSampleData({ now: NOW, timeZone: "Europe/Stockholm" })).not.toThrow();
  });

  it("covers 14 full months ending with the month before now, in the spreadsheet's zone", () => {
    expect(data.months).toHaveLength(14);
    expect(data.months[0]).toBe("2025-09");
    expect(data.months.at(-1)).toBe("2026-10");
    const months = new Set(rows.map((r) => wall(time(r[col("Created")])).month));
    expect([...months].sort()).toEqual(data.months);
    // Ten minutes to midnight on 31 October in New York is already November in UTC: still October here.
    const late = buildSampleData({ now: Date.UTC(2026, 10, 1, 3, 50), timeZone: ZONE });
    expect(late.months.at(-1)).toBe("2026-09");
    expect(buildSampleData({ now: NOW, timeZone: ZONE, months: 5 }).months).toHaveLength(13);
  });

  it("holds about 5,000 tickets with every category, channel, 6–10 agents and priorities", () => {
    expect(rows.length).toBeGreaterThan(4500);
    expect(rows.length).toBeLessThan(5500);
    const distinct = (name: (typeof SAMPLE_TICKET_HEADERS)[number]) => new Set(rows.map((r) => r[col(name)]));
    expect([...distinct("Category")].sort()).toEqual([...SAMPLE_CATEGORIES].sort());
    expect([...distinct("Channel")].sort()).toEqual([...SAMPLE_CHANNELS].sort());
    expect(distinct("Agent").size).toBeGreaterThanOrEqual(6);
    expect(distinct("Agent").size).toBeLessThanOrEqual(10);
    expect(distinct("Priority").size).toBeGreaterThanOrEqual(3);
    expect(new Set(rows.map((r) => r[col("Ticket ID")])).size).toBe(rows.length);
  });

  it("keeps time in order: created ≤ first response ≤ resolved ≤ now, and statuses agree", () => {
    let open = 0;
    for (const r of rows) {
      const created = time(r[col("Created")]);
      const first = time(r[col("First response")]);
      const resolved = time(r[col("Resolved")]);
      const status = r[col("Status")];
      expect(created).toBeLessThanOrEqual(NOW);
      if (!Number.isNaN(first)) expect(first).toBeGreaterThanOrEqual(created);
      if (!Number.isNaN(resolved)) {
        expect(first).toBeLessThanOrEqual(resolved);
        expect(resolved).toBeLessThanOrEqual(NOW);
        expect(status).toBe("Closed");
      } else {
        expect(status).toBe(Number.isNaN(first) ? "Open" : "Pending");
        open++;
      }
      const contacts = r[col("Contacts")] as number;
      expect(Number.isInteger(contacts) && contacts >= 1 && contacts <= 4).toBe(true);
    }
    // A few are still open near the end, not thousands.
    expect(open).toBeGreaterThan(0);
    expect(open).toBeLessThan(rows.length * 0.05);
  });

  it("rates about 30% of resolved tickets, 1–5, and no open ones", () => {
    let resolved = 0;
    let rated = 0;
    for (const r of rows) {
      const csat = r[col("CSAT")];
      if (r[col("Resolved")] === "") {
        expect(csat).toBe("");
        continue;
      }
      resolved++;
      if (csat === "") continue;
      rated++;
      expect([1, 2, 3, 4, 5]).toContain(csat);
    }
    expect(rated / resolved).toBeGreaterThan(0.25);
    expect(rated / resolved).toBeLessThan(0.35);
  });

  it("looks like a support team's week: busier weekdays, e-mail answered in office hours", () => {
    let weekday = 0;
    let weekend = 0;
    for (const r of rows) {
      const created = time(r[col("Created")]);
      if (wall(created).weekend) weekend++;
      else weekday++;
      if (r[col("Channel")] === "Email" && r[col("First response")] !== "") {
        const answered = wall(time(r[col("First response")]));
        expect(answered.weekend).toBe(false);
        expect(answered.seconds).toBeGreaterThanOrEqual(8 * 3600);
        expect(answered.seconds).toBeLessThanOrEqual(18 * 3600);
      }
    }
    // Per day: 5 weekdays against 2 weekend days.
    expect(weekday / 5).toBeGreaterThan((weekend / 2) * 2);
  });

  it("has a visible spike: Shipping in the last month, far above its usual month", () => {
    expect(data.spike).toEqual({ category: "Shipping", month: "2026-10" });
    const counts = new Map<string, number>();
    for (const r of rows) {
      const key = `${r[col("Category")]}|${wall(time(r[col("Created")])).month}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    let best = { category: "", month: "", ratio: 0 };
    for (const category of SAMPLE_CATEGORIES) {
      for (const month of data.months) {
        const others = data.months.filter((m) => m !== month).map((m) => counts.get(`${category}|${m}`) ?? 0);
        const ratio = (counts.get(`${category}|${month}`) ?? 0) / median(others);
        if (ratio > best.ratio) best = { category, month, ratio };
      }
    }
    expect(best.category).toBe("Shipping");
    expect(best.month).toBe("2026-10");
    expect(best.ratio).toBeGreaterThan(1.6);
  });

  it("adds a survey of a few hundred responses on the same months", () => {
    const [head, ...answers] = data.survey.values;
    expect(head).toEqual(["Date", "NPS", "CES", "CSAT"]);
    expect(answers.length).toBeGreaterThan(250);
    expect(answers.length).toBeLessThan(650);
    for (const [date, nps, ces, csat] of answers) {
      expect(data.months).toContain(wall(time(date)).month);
      expect(Number.isInteger(nps) && (nps as number) >= 0 && (nps as number) <= 10).toBe(true);
      if (ces !== "")
        expect(Number.isInteger(ces) && (ces as number) >= 1 && (ces as number) <= 7).toBe(true);
      expect([1, 2, 3, 4, 5]).toContain(csat);
    }
  });

  it("adds a customers tab, one row per month, whose counts add up", () => {
    const [head, ...months] = data.customers.values;
    expect(head).toHaveLength(8);
    expect(months.map((r) => wall(time(r[0])).month)).toEqual(data.months);
    for (let i = 0; i < months.length; i++) {
      const [, start, end, gained, lost, revenue, support, marketing] = months[i] as number[];
      expect(end).toBe(start + gained - lost);
      if (i > 0) expect(start).toBe(months[i - 1][2]);
      for (const n of [start, gained, lost, revenue, support, marketing]) expect(n).toBeGreaterThan(0);
      // Month cells are midnight on the 1st, on the spreadsheet's clock.
      expect(wall(time(months[i][0])).hour).toBe(0);
    }
  });

  it("is found and read by the add-on itself, under names from the message table", () => {
    const sample: SampleData = buildSampleData({ now: NOW, timeZone: "Europe/Stockholm" });
    expect([sample.tickets.name, sample.survey.name, sample.customers.name]).toEqual([
      "Tickets",
      "Survey",
      "Customers",
    ]);
    const tabs = [sample.customers, sample.survey, sample.tickets].map((tab) => ({
      name: tab.name,
      headers: tab.values[0],
      sample: tab.values.slice(1, 30),
    }));
    const tickets = pickTicketTab(tabs);
    expect(tickets?.name).toBe("Tickets");
    expect(tickets?.detection.matched).toBe(11);
    expect(tickets?.detection.warnings).toEqual([]);
    expect(pickSurveyTab(tabs, ["Tickets"])?.detection.matched).toBe(4);
    expect(pickCustomersTab(tabs, ["Tickets"])?.detection.matched).toBe(8);
    const log = readTicketLog(sample.tickets.values, tickets?.detection.columns ?? {});
    expect(log.problems).toEqual([]);
    expect(log.tickets).toHaveLength(sample.tickets.values.length - 1);
  });
});

describe("the sample in another language", () => {
  const english = buildSampleData({ now: NOW, timeZone: ZONE });
  const names = [
    ...SAMPLE_TICKET_HEADERS,
    ...SAMPLE_CATEGORIES,
    ...SAMPLE_CHANNELS,
    "Low",
    "Normal",
    "High",
    "Urgent",
    "Closed",
    "Pending",
    "Open",
    "Date",
    "Month",
    "Sales & marketing spend",
  ];

  it("shows the generator's English names as the English table says them", () => {
    for (const name of names) expect(shownAs(name, "en"), name).toBe(name);
  });

  for (const locale of ["sv", "de", "nb", "lv", "zh"] as const) {
    it(`${locale}: the same tickets, with every text in the language and every column detected`, () => {
      const sample = buildSampleData({ now: NOW, timeZone: ZONE, locale });
      expect(sample.spike).toEqual({ ...english.spike, category: shownAs("Shipping", locale) });
      for (const tab of ["tickets", "survey", "customers"] as const) {
        const [head, ...body] = sample[tab].values;
        const [englishHead, ...englishBody] = english[tab].values;
        expect(head).toEqual(englishHead.map((h) => shownAs(String(h), locale)));
        expect(head).not.toEqual(englishHead);
        // Numbers and date-times are the same cells; text cells are the English ones, shown (IDs and
        // agents' names, which have no message, stay as they are).
        expect(body).toEqual(
          englishBody.map((row) => row.map((c) => (typeof c === "string" ? shownAs(c, locale) : c))),
        );
      }
      // The ticket headers are the language's own words, as its table says them.
      expect(sample.tickets.values[0]).toEqual(
        [
          "sample.header.id",
          "sample.header.created",
          "sample.header.firstResponse",
          "sample.header.resolved",
          "sample.header.status",
          "sample.header.category",
          "sample.header.channel",
          "sample.header.agent",
          "sample.header.priority",
          null,
          "sample.header.contacts",
        ].map((key) => (key === null ? "CSAT" : t(key as MessageKey, undefined, locale))),
      );
      const categories = SAMPLE_CATEGORIES.map((c) => shownAs(c, locale));
      expect(categories.filter((c) => (SAMPLE_CATEGORIES as readonly string[]).includes(c))).toEqual([]);
      expect(new Set(categories).size).toBe(SAMPLE_CATEGORIES.length);
      const tabs = [sample.tickets, sample.survey, sample.customers].map((tab) => ({
        name: tab.name,
        headers: tab.values[0],
        sample: tab.values.slice(1, 30),
      }));
      expect(pickTicketTab(tabs)?.detection.matched).toBe(11);
      expect(pickSurveyTab(tabs, [sample.tickets.name])?.detection.matched).toBe(4);
      expect(pickCustomersTab(tabs, [sample.tickets.name])?.detection.matched).toBe(8);
    });
  }
});

describe("mulberry32", () => {
  it("repeats for a seed and stays in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.05);
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
  });
});
