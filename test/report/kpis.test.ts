import { describe, expect, it } from "vitest";
import { readCustomersTab } from "../../src/input/customers-tab";
import { readSurveyTab } from "../../src/input/survey-tab";
import type { Ticket } from "../../src/input/ticket";
import { readTicketLog } from "../../src/input/ticket-log";
import { backlogAt } from "../../src/metrics/backlog";
import { HOUR_MS, monthsEndingWith } from "../../src/metrics/calendar";
import { ces } from "../../src/metrics/ces";
import { csatStats } from "../../src/metrics/csat";
import { churn, crr } from "../../src/metrics/customers";
import { summarizeElapsed } from "../../src/metrics/durations";
import { fcrCounts } from "../../src/metrics/fcr";
import { cac, clv, costPerTicket, supportCostRatio } from "../../src/metrics/finance";
import { npsStats } from "../../src/metrics/nps";
import { businessMs, parseSchedule } from "../../src/metrics/schedule";
import { slaCounts } from "../../src/metrics/sla";
import { median } from "../../src/metrics/stats";
import { monthEnd, monthStart, zonedInstant } from "../../src/metrics/zoned-time";
import { computeKpis, type KpiMonth } from "../../src/report/kpis";
import { KPIS } from "../../src/report/kpis-catalog";
import type { ReportContext } from "../../src/report/report-context";
import { buildSampleData, SAMPLE_TICKET_HEADERS } from "../../src/report/sample-data";
import { DEFAULT_SETTINGS, type Settings } from "../../src/report/settings";
import { ticket } from "../support/tickets";

const NaN_ = Number.NaN;
const utc = (iso: string) => Date.parse(`${iso}Z`);

function contextOf(
  month: string,
  tickets: Ticket[],
  timeZone = "UTC",
  settings: Partial<Settings> = {},
): ReportContext {
  return {
    month,
    start: monthStart(month, timeZone),
    end: monthEnd(month, timeZone),
    months: monthsEndingWith(month, 12),
    timeZone,
    locale: "en",
    settings: { ...DEFAULT_SETTINGS, ...settings },
    tickets,
    now: monthEnd(month, timeZone) + 86_400_000,
  };
}

/** The hand-made log below; every expected number is worked out by hand in the comments. */
const HAND_TICKETS: Ticket[] = [
  // Created in September, resolved in October after 96 h, 2 contacts, rated 5.
  ticket({
    created: utc("2026-09-28T10:00:00"),
    firstResponse: utc("2026-09-28T11:00:00"),
    resolved: utc("2026-10-02T10:00:00"),
    contacts: 2,
    csat: 5,
  }),
  // October: FRT 2 h, resolution 6 h, 1 contact, rated 4.
  ticket({
    created: utc("2026-10-01T00:00:00"),
    firstResponse: utc("2026-10-01T02:00:00"),
    resolved: utc("2026-10-01T06:00:00"),
    contacts: 1,
    csat: 4,
  }),
  // October: FRT 1 h, resolution 24 h (exactly the SLA), 1 contact, rated 2.
  ticket({
    created: utc("2026-10-10T12:00:00"),
    firstResponse: utc("2026-10-10T13:00:00"),
    resolved: utc("2026-10-11T12:00:00"),
    contacts: 1,
    csat: 2,
  }),
  // October: FRT 4 h, still open.
  ticket({ created: utc("2026-10-20T08:00:00"), firstResponse: utc("2026-10-20T12:00:00") }),
  // The last minute of October, no reply, resolved in November: open at October's end.
  ticket({ created: utc("2026-10-31T23:59:00"), resolved: utc("2026-11-01T00:30:00") }),
  // September: FRT 3 h, resolution 24 h.
  ticket({
    created: utc("2026-09-15T00:00:00"),
    firstResponse: utc("2026-09-15T03:00:00"),
    resolved: utc("2026-09-16T00:00:00"),
    contacts: 1,
  }),
  // August, never resolved.
  ticket({ created: utc("2026-08-01T00:00:00") }),
];

const at = (iso: string) => new Date(`${iso}Z`);
const SURVEY = [
  ["Date", "NPS", "CES", "CSAT"],
  [at("2026-10-01T09:00:00"), 10, 5, 5],
  [at("2026-10-05T09:00:00"), 9, 4, 5],
  [at("2026-10-09T09:00:00"), 7, 2, 4],
  [at("2026-10-12T09:00:00"), 3, "", 1],
  [at("2026-10-31T23:00:00"), 0, 3, 2],
  [at("2026-09-30T09:00:00"), 10, 5, 5],
];
const CUSTOMERS = [
  [
    "Month",
    "Customers at start",
    "Customers at end",
    "New customers",
    "Lost customers",
    "Revenue",
    "Support cost",
    "Sales and marketing spend",
  ],
  ["2026-10", 100, 90, 15, 25, 10000, 2000, 3000],
  ["2026-09", 90, 100, 12, "", 9000, 1800, 2400],
];

const thisMonth = (m: KpiMonth[]) => m[11];
const previous = (m: KpiMonth[]) => m[10];

describe("computeKpis on a hand-made log", () => {
  const survey = readSurveyTab("Survey", SURVEY);
  const customers = readCustomersTab("Customers", CUSTOMERS, "UTC");
  const { kpis, notes } = computeKpis(contextOf("2026-10", HAND_TICKETS), { survey, customers });
  const v = (id: keyof typeof kpis) => thisMonth(kpis[id].months).value;

  it("counts created, resolved and the backlog at month end", () => {
    expect(v("created")).toBe(4);
    expect(v("resolved")).toBe(3);
    // Open at 2026-11-01 00:00: the 20 Oct ticket, the 31 Oct 23:59 one (resolved after) and August's.
    expect(v("backlog")).toBe(3);
    expect(previous(kpis.created.months).value).toBe(2);
    expect(previous(kpis.resolved.months).value).toBe(1);
    expect(previous(kpis.backlog.months).value).toBe(2);
    expect(kpis.backlog.months[9].value).toBe(1); // August
    expect(notes).toEqual([]);
  });

  it("measures FRT over tickets created in the month, resolution over those resolved in it", () => {
    expect(v("frtMedian")).toBe(2);
    expect(v("frtMean")).toBeCloseTo(7 / 3, 12);
    expect(thisMonth(kpis.frtMedian.months).n).toBe(3);
    expect(previous(kpis.frtMedian.months).value).toBe(2); // 1 h and 3 h
    expect(v("resolutionMedian")).toBe(24);
    expect(v("resolutionMean")).toBe(42);
    expect(v("resolutionLongest")).toBe(96);
    expect(v("sla")).toBeCloseTo(2 / 3, 12); // 6 h and 24 h meet 24 h; 96 h does not
    expect(v("fcr")).toBeCloseTo(2 / 3, 12);
  });

  it("rates CSAT from the tickets' own ratings when the log has them", () => {
    const csat = thisMonth(kpis.csat.months);
    expect(csat.value).toBeCloseTo(2 / 3, 12); // 5, 4 satisfied; 2 not
    expect(csat.n).toBe(3);
    expect(csat.low).toBeLessThan(2 / 3);
    expect(csat.high).toBeGreaterThan(2 / 3);
    expect(kpis.csat.note).toMatch(/tickets resolved/);
  });

  it("reads NPS and CES from the survey, with n and an interval", () => {
    const nps = thisMonth(kpis.nps.months);
    expect(nps.value).toBe(0); // 2 promoters, 1 passive, 2 detractors
    expect(nps.n).toBe(5);
    expect(nps.low).toBeLessThan(0);
    expect(nps.high).toBeGreaterThan(0);
    const effort = thisMonth(kpis.ces.months);
    expect(effort.value).toBe(0.5); // 5 and 4 agree; 2 and 3 do not; one blank
    expect(effort.n).toBe(4);
    expect(previous(kpis.nps.months).value).toBe(100);
  });

  it("computes the customers and finance KPIs", () => {
    expect(v("crr")).toBe(0.75);
    expect(v("churn")).toBe(0.25);
    expect(v("cac")).toBe(200);
    // Revenue per customer per year 10000 / 95 × 12, for 1 / (0.25 × 12) years, less CAC 200.
    expect(v("clv")).toBeCloseTo((10000 / 95) * 12 * (1 / 3) - 200, 9);
    expect(v("costPerTicket")).toBe(500);
    expect(v("supportCostRatio")).toBe(0.2);
    // September's lost cell is blank: lost = 90 − (100 − 12) = 2.
    expect(previous(kpis.churn.months).value).toBeCloseTo(2 / 90, 12);
    expect(previous(kpis.costPerTicket.months).value).toBe(900);
  });

  it("says why a month has no data instead of showing 0", () => {
    const august = kpis.resolutionMedian.months[9];
    expect(august.value).toBeNull();
    expect(august.reason).toBe("No ticket was resolved in 2026-08.");
    const july = kpis.created.months[8];
    expect(july.value).toBeNull();
    expect(july.reason).toBe("The ticket log starts in 2026-08, after 2026-07.");
    expect(kpis.crr.months[9].reason).toBe("The customers tab \u201cCustomers\u201d has no row for 2026-08.");
  });
});

describe("computeKpis without the optional tabs or columns", () => {
  const bare = HAND_TICKETS.map((t) => ({ ...t, csat: NaN_, contacts: NaN_ }));
  const { kpis } = computeKpis(contextOf("2026-10", bare), { survey: null, customers: null });

  it("gives every survey and customers KPI no data, with the reason, never 0", () => {
    for (const id of [
      "csat",
      "nps",
      "ces",
      "crr",
      "churn",
      "cac",
      "clv",
      "costPerTicket",
      "supportCostRatio",
    ] as const) {
      for (const month of kpis[id].months) {
        expect(month.value, id).toBeNull();
        expect(month.reason, id).toMatch(/tab|CSAT/);
      }
    }
    expect(thisMonth(kpis.nps.months).reason).toMatch(/No survey tab is chosen/);
    expect(thisMonth(kpis.crr.months).reason).toMatch(/No customers and finance tab is chosen/);
    expect(thisMonth(kpis.csat.months).reason).toMatch(/Neither the ticket log/);
    expect(thisMonth(kpis.fcr.months).reason).toMatch(/no number of contacts/);
  });

  it("names the missing survey column", () => {
    const survey = readSurveyTab("Answers", [
      ["Date", "NPS"],
      [at("2026-10-01T00:00:00"), 9],
    ]);
    const result = computeKpis(contextOf("2026-10", bare), { survey, customers: null });
    expect(thisMonth(result.kpis.ces.months).reason).toBe(
      "The survey tab \u201cAnswers\u201d has no CES score column.",
    );
    expect(thisMonth(result.kpis.nps.months).value).toBe(100);
  });

  it("says so when the log has no first response or resolved times", () => {
    const only = HAND_TICKETS.map((t) => ({ ...t, firstResponse: NaN_, resolved: NaN_ }));
    const result = computeKpis(contextOf("2026-10", only), { survey: null, customers: null });
    expect(thisMonth(result.kpis.created.months).value).toBe(4);
    for (const id of ["frtMedian", "frtMean"] as const) {
      expect(thisMonth(result.kpis[id].months).reason).toMatch(/no first response times/);
    }
    for (const id of ["resolved", "backlog", "resolutionMedian", "sla"] as const) {
      expect(thisMonth(result.kpis[id].months).value).toBeNull();
      expect(thisMonth(result.kpis[id].months).reason).toMatch(/no resolved times/);
    }
  });

  it("covers every KPI of the catalog", () => {
    expect(Object.keys(kpis).sort()).toEqual(KPIS.map((k) => k.id).sort());
    for (const k of KPIS) expect(kpis[k.id].months).toHaveLength(12);
  });
});

describe("month boundaries in the spreadsheet's time zone", () => {
  it("counts 2026-10-31 23:30 in Los Angeles in October (after DST ends on 1 November)", () => {
    const zone = "America/Los_Angeles";
    const late = zonedInstant(zone, 2026, 10, 31, 23, 30);
    const early = zonedInstant(zone, 2026, 11, 1, 0, 30);
    // In UTC both are already November.
    expect(new Date(late).toISOString().slice(0, 7)).toBe("2026-11");
    const tickets = [ticket({ created: late, resolved: early }), ticket({ created: early })];
    const october = computeKpis(contextOf("2026-10", tickets, zone), { survey: null, customers: null }).kpis;
    expect(thisMonth(october.created.months).value).toBe(1);
    expect(thisMonth(october.backlog.months).value).toBe(1); // resolved only on 1 November
    const november = computeKpis(contextOf("2026-11", tickets, zone), { survey: null, customers: null }).kpis;
    expect(thisMonth(november.created.months).value).toBe(1);
    expect(thisMonth(november.resolved.months).value).toBe(1);
    // DST ends at 02:00 on 1 November, so 23:30 → 00:30 is one real hour.
    expect(thisMonth(november.resolutionMedian.months).value).toBe(1);
    expect(thisMonth(november.backlog.months).value).toBe(1);
  });

  it("counts the end of March in Stockholm (after DST starts) by the local calendar", () => {
    const zone = "Europe/Stockholm";
    const march = zonedInstant(zone, 2026, 3, 31, 23, 30);
    const april = zonedInstant(zone, 2026, 4, 1, 0, 15);
    expect(new Date(april).toISOString().slice(0, 10)).toBe("2026-03-31");
    const tickets = [ticket({ created: march }), ticket({ created: april }), ticket({ created: april + 1 })];
    const { kpis } = computeKpis(contextOf("2026-04", tickets, zone), { survey: null, customers: null });
    expect(thisMonth(kpis.created.months).value).toBe(2);
    expect(previous(kpis.created.months).value).toBe(1);
  });
});

describe("computeKpis on the sample data equals the metrics applied directly", () => {
  const zone = "Europe/Stockholm";
  const now = Date.UTC(2026, 10, 5, 12);
  const sample = buildSampleData({ now, timeZone: zone });
  const columns = Object.fromEntries(
    [
      "id",
      "created",
      "firstResponse",
      "resolved",
      "status",
      "category",
      "channel",
      "agent",
      "priority",
      "csat",
      "contacts",
    ].map((field, i) => [field, SAMPLE_TICKET_HEADERS[i]]),
  );
  const log = readTicketLog(sample.tickets.values, columns);
  const survey = readSurveyTab("Survey", sample.survey.values);
  const customers = readCustomersTab("Customers", sample.customers.values, zone);
  const month = "2026-10";
  const start = monthStart(month, zone);
  const end = monthEnd(month, zone);

  // Straight from the tab's cells, not via the ticket log or kpis.ts.
  const rows = sample.tickets.values.slice(1);
  const time = (cell: unknown) => (cell instanceof Date ? cell.getTime() : NaN_);
  const createdAll = rows.map((r) => time(r[1]));
  const firstAll = rows.map((r) => time(r[2]));
  const resolvedAll = rows.map((r) => time(r[3]));
  const inMonth = (ms: number) => ms >= start && ms < end;
  const createdIdx = rows.map((_, i) => i).filter((i) => inMonth(createdAll[i]));
  const resolvedIdx = rows.map((_, i) => i).filter((i) => inMonth(resolvedAll[i]));

  for (const schedule of ["", "Mon-Fri 09:00-17:00"]) {
    it(`matches with ${schedule ? "business" : "calendar"} hours`, () => {
      const settings = { schedule, slaHours: 16 };
      const { kpis, businessHours } = computeKpis(contextOf(month, log.tickets, zone, settings), {
        survey,
        customers,
      });
      expect(businessHours).toBe(schedule !== "");
      const parsed = schedule ? parseSchedule(schedule) : null;
      const elapsed = (a: number, b: number) => (parsed ? businessMs(a, b, parsed, zone) : b - a);
      const frt = createdIdx
        .filter((i) => !Number.isNaN(firstAll[i]))
        .map((i) => elapsed(createdAll[i], firstAll[i]));
      const res = resolvedIdx.map((i) => elapsed(createdAll[i], resolvedAll[i]));
      const v = (id: keyof typeof kpis) => thisMonth(kpis[id].months).value;

      expect(v("created")).toBe(createdIdx.length);
      expect(v("resolved")).toBe(resolvedIdx.length);
      expect(v("backlog")).toBe(backlogAt(createdAll, resolvedAll, end - 1));
      expect(v("frtMedian")).toBeCloseTo(median(frt) / HOUR_MS, 9);
      expect(v("frtMean")).toBeCloseTo(summarizeElapsed(frt, "mean", "hours"), 9);
      expect(v("resolutionMedian")).toBeCloseTo(median(res) / HOUR_MS, 9);
      expect(v("resolutionMean")).toBeCloseTo(summarizeElapsed(res, "mean", "hours"), 9);
      expect(v("resolutionLongest")).toBeCloseTo(Math.max(...res) / HOUR_MS, 9);
      const sla = slaCounts(res, 16);
      expect(v("sla")).toBeCloseTo(sla.met / sla.total, 12);
      const fcr = fcrCounts(resolvedIdx.map((i) => rows[i][10] as number));
      expect(v("fcr")).toBeCloseTo(fcr.within / fcr.resolved, 12);
      const ratings = resolvedIdx.map((i) => rows[i][9]).filter((c): c is number => typeof c === "number");
      expect(v("csat")).toBeCloseTo(csatStats(ratings, 5).csat, 12);
      expect(thisMonth(kpis.csat.months).n).toBe(ratings.length);
    });
  }

  it("matches the survey and customers metrics", () => {
    const { kpis } = computeKpis(contextOf(month, log.tickets, zone), { survey, customers });
    const answers = sample.survey.values.slice(1).filter((r) => inMonth((r[0] as Date).getTime()));
    const npsScores = answers.map((r) => r[1] as number);
    const stats = npsStats(npsScores);
    expect(thisMonth(kpis.nps.months)).toMatchObject({
      value: stats.nps,
      n: stats.responses,
      low: stats.low,
      high: stats.high,
    });
    const cesScores = answers.map((r) => r[2]).filter((c): c is number => typeof c === "number");
    // The sample's CES runs 1–7 (agree = 5–7).
    expect(Math.max(...cesScores)).toBe(7);
    expect(thisMonth(kpis.ces.months).value).toBeCloseTo(ces(cesScores, 7, "agree"), 12);
    expect(thisMonth(kpis.ces.months).n).toBe(cesScores.length);

    const row = sample.customers.values.find(
      (r) => r[0] instanceof Date && inMonth(r[0].getTime()),
    ) as number[];
    const [, s, e, fresh, lost, revenue, support, marketing] = row;
    expect(thisMonth(kpis.crr.months).value).toBeCloseTo(crr(s, e, fresh), 12);
    expect(thisMonth(kpis.churn.months).value).toBeCloseTo(churn(s, lost), 12);
    const acquisition = cac(marketing, fresh);
    expect(thisMonth(kpis.cac.months).value).toBeCloseTo(acquisition, 9);
    const rate = lost / s;
    expect(thisMonth(kpis.clv.months).value).toBeCloseTo(
      clv((revenue / ((s + e) / 2)) * 12, 1 / (rate * 12), acquisition),
      6,
    );
    expect(thisMonth(kpis.costPerTicket.months).value).toBeCloseTo(
      costPerTicket(support, createdIdx.length),
      9,
    );
    expect(thisMonth(kpis.supportCostRatio.months).value).toBeCloseTo(supportCostRatio(support, revenue), 12);
  });
});
