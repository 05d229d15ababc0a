/**
 * The KPI rules of logs that lack a column (issue 8, §2): CSAT without resolved times counts in the
 * month of creation; a ticket closed by its status is not open; without resolved times an agent's
 * workload is the tickets assigned; and the tracker and every section show the same figure.
 */
import { describe, expect, it } from "vitest";
import { t } from "../../src/i18n/messages";
import type { Ticket } from "../../src/input/ticket";
import { addAgentsSection } from "../../src/report/agents-section";
import { Grid } from "../../src/report/grid";
import { computeKpis } from "../../src/report/kpis";
import { tallyMonths } from "../../src/report/month-slots";
import { ratingScale } from "../../src/report/rating-scale";
import { DAY, END, HOUR, octoberContext, START } from "../support/berlin";
import { random, ticket } from "../support/tickets";

const STATUSES = ["Open", "Pending Customer Response", "Closed", "Solved"];

/** A seeded log with no resolved times: statuses only, ratings on some closed tickets. */
function statusOnlyLog(seed: number, n: number): Ticket[] {
  const next = random(seed);
  return Array.from({ length: n }, (_, i) => {
    const created = START - 40 * DAY + Math.floor(next() * 70 * DAY);
    const status = STATUSES[Math.floor(next() * STATUSES.length)];
    const closed = status === "Closed" || status === "Solved";
    return ticket({
      row: i + 2,
      created,
      firstResponse: created + Math.floor(next() * 30) * HOUR,
      status,
      agent: ["Ana", "Ben", "Cy"][Math.floor(next() * 3)],
      csat: closed && next() < 0.6 ? 1 + Math.floor(next() * 5) : Number.NaN,
    });
  });
}

describe("KPI rules for logs without resolved times", () => {
  const tickets = statusOnlyLog(11, 600);
  const context = octoberContext(tickets, "");
  const tally = tallyMonths(context);
  const kpis = computeKpis(context, { survey: null, customers: null }, tally).kpis;
  const inMonth = (x: number) => x >= START && x < END;

  it("counts every rating of the month's tickets in CSAT, by creation, and says so", () => {
    const rated = tickets.filter((tk) => inMonth(tk.created) && !Number.isNaN(tk.csat));
    expect(rated.length).toBeGreaterThan(20);
    const csat = kpis.csat.months[11];
    expect(csat.n).toBe(rated.length);
    expect(csat.value).toBeCloseTo(rated.filter((tk) => tk.csat >= 4).length / rated.length, 12);
    expect(kpis.csat.note).toContain("created");
  });

  it("never counts a ticket whose status is closed or solved as open", () => {
    const closedWithout = tickets.filter((tk) => tk.status === "Closed" || tk.status === "Solved").length;
    expect(tally.closedWithoutTime).toBe(closedWithout);
    const open = tickets.filter((tk) => tk.created < END && !["Closed", "Solved"].includes(tk.status));
    expect(tally.backlog[11]).toBe(open.length);
  });

  it("measures an agent's workload by the tickets assigned, and agrees with the tracker's CSAT", () => {
    const grid = new Grid();
    addAgentsSection(grid, context, ratingScale(5));
    const plan = grid.toPlan("Report", "report", "#1a73e8");
    const header = plan.cells.findIndex((r) => r[0] === t("report.agents.header.agent"));
    const rows = plan.cells.slice(header + 1);
    const ana = rows.find((r) => r[0] === "Ana");
    const all = rows.find((r) => r[0] === t("report.agents.all"));
    const assigned = tickets.filter((tk) => tk.agent === "Ana" && inMonth(tk.created)).length;
    expect(ana?.[1]).toBe(assigned);
    expect(all?.[1]).toBe(tickets.filter((tk) => inMonth(tk.created)).length);
    // "All agents" CSAT and responses are the tracker's.
    expect(all?.[6]).toBe(kpis.csat.months[11].n);
    expect(all?.[5]).toBeCloseTo(kpis.csat.months[11].value ?? Number.NaN, 12);
    expect(plan.cells.flat().join(" ")).toContain("no resolved times");
  });
});

describe("CSAT of tickets without a resolved time, with the rating's own date", () => {
  // Each rating given 0–20 days after creation, so some cross into the next month.
  const next = random(5);
  const tickets = statusOnlyLog(11, 600).map((tk) =>
    Number.isNaN(tk.csat) ? tk : { ...tk, csatAt: tk.created + Math.floor(next() * 20 * 24) * HOUR },
  );
  const context = octoberContext(tickets, "");
  const kpis = computeKpis(context, { survey: null, customers: null }, tallyMonths(context)).kpis;

  it("counts a rating in the month it was given, not the month of creation", () => {
    const given = tickets.filter((tk) => tk.csatAt !== undefined && tk.csatAt >= START && tk.csatAt < END);
    const created = tickets.filter((tk) => !Number.isNaN(tk.csat) && tk.created >= START && tk.created < END);
    expect(given.length).toBeGreaterThan(20);
    expect(given.length).not.toBe(created.length);
    const csat = kpis.csat.months[11];
    expect(csat.n).toBe(given.length);
    expect(csat.value).toBeCloseTo(given.filter((tk) => tk.csat >= 4).length / given.length, 12);
    expect(kpis.csat.note).toContain("in the month they were given");
  });
});

describe("implausible durations", () => {
  it("flags a first response over a year as a sign of the wrong Created column", () => {
    const list = [
      ticket({ created: START - 800 * DAY, firstResponse: START + DAY, resolved: START + 2 * DAY }),
      ticket({ created: START + DAY, firstResponse: START + DAY + HOUR, resolved: START + 3 * DAY }),
    ];
    const { notes } = computeKpis(octoberContext(list, ""), { survey: null, customers: null });
    expect(notes.join(" ")).toContain("longer than a year");
  });
});
