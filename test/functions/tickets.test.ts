import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { type CallContext, specOf } from "../../src/functions/define";
import { callCustomFunction } from "../../src/functions/registry";
import { ticketsDocs, ticketsFunctions } from "../../src/functions/tickets";
import { zonedInstant } from "../../src/metrics/zoned-time";

const SHARED = join(dirname(fileURLToPath(import.meta.url)), "../../../shared/data");

/** A context that records how often the time zone was asked for. */
function zoneContext(zone: string): CallContext & { asked: number } {
  const context = {
    asked: 0,
    timeZone() {
      context.asked++;
      return zone;
    },
  };
  return context;
}

/** Dates as Sheets passes them: made in another realm, so `instanceof Date` is false. */
const otherRealmDate = (iso: string) => vm.runInNewContext(`new Date(${JSON.stringify(iso)})`) as Date;
const col = (...cells: unknown[]) => cells.map((c) => [c]);
const call = (name: string, args: unknown[], zone = "UTC") =>
  callCustomFunction(name, args, zoneContext(zone));
const failure = (name: string, args: unknown[], zone = "UTC") => {
  try {
    callCustomFunction(name, args, zoneContext(zone));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${name} did not fail`);
};

// Four tickets on Monday 2026-10-05 (UTC): first responses after 1, 2, 3 and 10 hours; one without.
const d = (day: number, hour: number, minute = 0) => new Date(Date.UTC(2026, 9, day, hour, minute));
const CREATED = col(d(5, 8), d(5, 9), d(5, 10), d(5, 11), d(5, 12), "", "");
const FIRST = col(d(5, 9), d(5, 11), d(5, 13), d(5, 21), "", "", "");

describe("FRT and RESOLUTION_TIME", () => {
  it("summarizes rows with both timestamps in hours, minutes or days", () => {
    expect(call("FRT", [CREATED, FIRST])).toBe(4); // (1 + 2 + 3 + 10) / 4
    expect(call("FRT", [CREATED, FIRST, "median"])).toBe(2.5);
    expect(call("FRT", [CREATED, FIRST, "MAX", "minutes"])).toBe(600);
    expect(call("FRT", [CREATED, FIRST, "min", "days"])).toBe(1 / 24);
    // PERCENTILE({1,2,3,10}, 0.9): rank 2.7 → 3 + 0.7 × 7 = 7.9.
    expect(call("FRT", [CREATED, FIRST, "p90"])).toBeCloseTo(7.9, 12);
    expect(call("RESOLUTION_TIME", [CREATED, FIRST, "max"])).toBe(10);
  });

  it("measures business hours with a schedule, in the spreadsheet's zone", () => {
    // Friday 2026-10-02 16:00 → Monday 2026-10-05 10:00 in Stockholm: 1 + 1 working hours.
    const zone = "Europe/Stockholm";
    const created = col(new Date(zonedInstant(zone, 2026, 10, 2, 16)));
    const answered = col(new Date(zonedInstant(zone, 2026, 10, 5, 10)));
    expect(call("FRT", [created, answered, "mean", "hours", "Mon-Fri 09:00-17:00"], zone)).toBe(2);
    expect(call("FRT", [created, answered, "mean", "hours"], zone)).toBe(66);
    // "days" is 24 hours, also with a schedule.
    expect(call("FRT", [created, answered, "mean", "days", "Mon-Fri 09:00-17:00"], zone)).toBe(2 / 24);
  });

  it("counts real hours for tickets straddling a DST change (New York, 2026-03-08 and 2026-11-01)", () => {
    const ny = "America/New_York";
    const spring = [zonedInstant(ny, 2026, 3, 7, 22), zonedInstant(ny, 2026, 3, 8, 4)];
    const autumn = [zonedInstant(ny, 2026, 10, 31, 22), zonedInstant(ny, 2026, 11, 1, 4)];
    const created = col(new Date(spring[0]), new Date(autumn[0]));
    const resolved = col(new Date(spring[1]), new Date(autumn[1]));
    // The wall clock shows 6 hours both times: 5 real hours in spring, 7 in autumn.
    expect(call("RESOLUTION_TIME", [created, resolved, "min"], ny)).toBe(5);
    expect(call("RESOLUTION_TIME", [created, resolved, "max"], ny)).toBe(7);
    // Around the clock with a schedule: the same real hours.
    expect(call("RESOLUTION_TIME", [created, resolved, "max", "hours", "Daily 00:00-24:00"], ny)).toBe(7);
  });

  it("accepts dates from another realm and an open-ended range of trailing blanks", () => {
    const created = [[otherRealmDate("2026-10-05T08:00:00Z")], ...Array.from({ length: 50_000 }, () => [""])];
    const first = [[otherRealmDate("2026-10-05T09:30:00Z")], ...Array.from({ length: 50_000 }, () => [""])];
    expect(call("FRT", [created, first])).toBe(1.5);
  });

  it("asks for the time zone only when a schedule needs it, and once", () => {
    const plain = zoneContext("UTC");
    callCustomFunction("FRT", [CREATED, FIRST], plain);
    expect(plain.asked).toBe(0);
    const scheduled = zoneContext("UTC");
    callCustomFunction("FRT", [CREATED, FIRST, "mean", "hours", "Mon-Fri 09:00-17:00"], scheduled);
    expect(scheduled.asked).toBe(1);
  });

  it("reads year-first text timestamps on the spreadsheet's clock, and asks for the zone only then", () => {
    // 2026-03-29 is the day Berlin moves to summer time: 01:30 CET to 03:30 CEST is one real hour.
    const berlin = zoneContext("Europe/Berlin");
    const hours = callCustomFunction(
      "FRT",
      [
        col("2026-03-29 01:30", "2012/10/09 14:50:17.000"),
        col("2026-03-29T03:30:00", "2012/10/09 16:50:17.000"),
      ],
      berlin,
    );
    expect(hours).toBe(1.5);
    expect(berlin.asked).toBe(1);
    expect(
      call("RESOLUTION_TIME", [col("2026-10-01T09:30:00Z"), col("2026-10-01 12:30")], "Europe/Berlin"),
    ).toBe(1);
  });

  it("explains bad input: text timestamps, unequal ranges, end before start, nothing to measure", () => {
    expect(failure("FRT", [col(d(5, 8), "05/10/2026 09:00"), col(d(5, 9), d(5, 10))])).toBe(
      'FRT: created row 2 holds "05/10/2026 09:00", not a date-time. Format the column as Format > Number > Date time, ' +
        "or write text with the year first (2026-03-05 14:30): 05/03/2026 could be March or May.",
    );
    expect(failure("FRT", [col(d(5, 8), d(5, 9)), col(d(5, 9))])).toMatch(
      /^FRT: created has 2 rows but first_response has 1/,
    );
    expect(failure("FRT", [col(d(5, 8), d(5, 9), d(5, 9)), col(d(5, 9), d(5, 8), d(5, 7))])).toBe(
      "FRT: first_response row 2 holds 2026-10-05T08:00:00.000Z, before its created 2026-10-05T09:00:00.000Z (2 rows like this). Check that both ranges start on the same row and are not swapped.",
    );
    expect(failure("FRT", [col("", "  "), col("", "")])).toMatch(
      /^FRT: no row has both created and first_response \(every row is blank\)/,
    );
    expect(failure("FRT", [col(d(5, 8), d(5, 9)), col("", "")])).toMatch(
      /2 with only created, 0 with only first_response/,
    );
    expect(failure("FRT", [CREATED, FIRST, "average"])).toMatch(
      /^FRT: stat is "average"; use one of "mean", "median"/,
    );
    expect(failure("FRT", [CREATED, FIRST, [["mean", "max"]]])).toMatch(/^FRT: stat must be a single value/);
    expect(failure("FRT", [CREATED, FIRST, "mean", "weeks"])).toMatch(/^FRT: unit is "weeks"/);
    expect(failure("FRT", [CREATED, FIRST, "mean", "hours", "9 to 5"])).toMatch(
      /^FRT: schedule part "9 to 5"/,
    );
    expect(failure("RESOLUTION_TIME", [[[d(5, 8), d(5, 9)]], FIRST])).toMatch(
      /^RESOLUTION_TIME: created must be a single column/,
    );
  });
});

describe("BUSINESS_HOURS", () => {
  const zone = "America/New_York";
  const at = (m: number, day: number, h: number) => new Date(zonedInstant(zone, 2026, m, day, h));

  it("returns working hours per row, blank where a timestamp is missing, across a DST weekend", () => {
    const start = col(at(3, 6, 16), at(3, 6, 16), "", at(3, 9, 9), "", "");
    const end = col(at(3, 9, 10), "", at(3, 9, 10), at(3, 13, 17), "", "");
    // Fri 16:00 → Mon 10:00 = 1 + 1 (the DST Sunday is not worked); Mon 9:00 → Fri 17:00 = 5 days.
    expect(call("BUSINESS_HOURS", [start, end], zone)).toEqual([[2], [""], [""], [40]]);
  });

  it("uses the schedule and holidays given", () => {
    const start = col(at(12, 24, 10));
    const end = col(at(12, 28, 10));
    // Thu 24 Dec 10:00 → Mon 28 Dec 10:00: 7 + 8 + 1 without holidays; 7 + 1 with Christmas.
    expect(call("BUSINESS_HOURS", [start, end], zone)).toEqual([[16]]);
    expect(call("BUSINESS_HOURS", [start, end, "", col(at(12, 25, 0), "")], zone)).toEqual([[8]]);
    expect(call("BUSINESS_HOURS", [start, end, "Mon-Thu 08:00-16:00, Fri 08:00-12:00"], zone)).toEqual([
      [6 + 4 + 2],
    ]);
    // Year-first text is a date in the spreadsheet's zone; day-first text could be two days.
    expect(call("BUSINESS_HOURS", [start, end, "", col("2026-12-25", "")], zone)).toEqual([[8]]);
    expect(call("BUSINESS_HOURS", [start, end, "", col("2026/12/25 00:00:00")], zone)).toEqual([[8]]);
    expect(failure("BUSINESS_HOURS", [start, end, "", col("25/12/2026")], zone)).toMatch(
      /^BUSINESS_HOURS: holidays row 1 holds "25\/12\/2026", not a date.*year first \(2026-12-24\)/,
    );
  });
});

describe("SLA_RATE", () => {
  it("counts rows meeting the target (elapsed ≤ target) among rows with both timestamps", () => {
    // Elapsed 1, 2, 3 and 10 hours; the open ticket is not counted.
    expect(call("SLA_RATE", [CREATED, FIRST, 3])).toBe(0.75);
    expect(call("SLA_RATE", [CREATED, FIRST, 2.999])).toBe(0.5);
    expect(call("SLA_RATE", [CREATED, FIRST, "10"])).toBe(1);
    expect(failure("SLA_RATE", [CREATED, FIRST, -1])).toMatch(
      /^SLA_RATE: target_hours is -1; it must be at least 0/,
    );
    expect(failure("SLA_RATE", [CREATED, FIRST])).toMatch(/^SLA_RATE: target_hours is missing/);
  });

  it("reproduces the published SLA answer for PrepBench 059 in business days (71 met, 32 missed)", () => {
    // Tickets as status-change events; a ticket is closed when its highest status is Closed. The
    // data's times are wall-clock times; read them as a London spreadsheet would.
    const zone = "Europe/London";
    const events = [1, 2, 3].flatMap(
      (part) =>
        Papa.parse<Record<string, string>>(
          readFileSync(join(SHARED, `prepbench059_ticket_events_part${part}.csv`), "utf8"),
          { header: true, skipEmptyLines: true },
        ).data,
    );
    const slaDays = new Map(
      Papa.parse<Record<string, string>>(
        readFileSync(join(SHARED, "prepbench059_sla_by_department.csv"), "utf8"),
        {
          header: true,
          skipEmptyLines: true,
        },
      ).data.map((r) => [r.Department, Number(r["SLA Agreement"])]),
    );
    const toDate = (text: string) => {
      const [y, mo, day, h, mi, s] = text.split(/[- :]/).map(Number);
      return new Date(zonedInstant(zone, y, mo, day, h, mi, s));
    };
    const tickets = new Map<
      string,
      { department: string; top: number; status: string; logged?: Date; closed?: Date }
    >();
    for (const e of events) {
      const [id, department] = e.Ticket.split(" / ");
      const t = tickets.get(id) ?? { department, top: 0, status: "" };
      const number = Number(e["Status No."]);
      if (number > t.top) Object.assign(t, { top: number, status: e["Status Name"] });
      if (e["Status Name"] === "Logged") t.logged = toDate(e.Timestamp);
      if (e["Status Name"] === "Closed") t.closed = toDate(e.Timestamp);
      tickets.set(id, t);
    }
    const closed = [...tickets.values()].filter((t) => t.status === "Closed");
    expect(closed).toHaveLength(103);
    let met = 0;
    for (const [department, days] of slaDays) {
      const rows = closed.filter((t) => t.department === department);
      if (rows.length === 0) continue;
      const rate = call(
        "SLA_RATE",
        [
          col(...rows.map((t) => t.logged)),
          col(...rows.map((t) => t.closed)),
          days * 24,
          "Mon-Fri 00:00-24:00",
        ],
        zone,
      ) as number;
      met += Math.round(rate * rows.length);
    }
    expect(met).toBe(71);
    expect(closed.length - met).toBe(32);
  });
});

describe("FCR", () => {
  it("is the share of resolved tickets resolved within max_contacts; blanks are skipped", () => {
    const contacts = col(1, 2, "", 1, "3", 4, "  ");
    expect(call("FCR", [contacts])).toBe(2 / 5);
    expect(call("FCR", [contacts, 3])).toBe(4 / 5);
    expect(call("FCR", [col(true, false, true, "")])).toBe(2 / 3);
    expect(failure("FCR", [col(1, "two", 0.5)])).toBe(
      'FCR: contacts row 2 holds "two", not a whole number of contacts (0 or more), or TRUE/FALSE (2 rows like this).',
    );
    expect(failure("FCR", [col(true, 2), 2])).toMatch(/^FCR: contacts holds TRUE\/FALSE/);
    expect(failure("FCR", [col("", "")])).toMatch(/^FCR: contacts has no resolved tickets/);
    expect(failure("FCR", [contacts, 0])).toMatch(/^FCR: max_contacts is 0; it must be at least 1/);
  });
});

describe("RESOLUTION_RATE", () => {
  it("is resolved statuses ÷ tickets, matching trimmed and ignoring case", () => {
    const status = col("Closed", "Open", " solved", "RESOLVED", "Pending", "", "");
    expect(call("RESOLUTION_RATE", [status])).toBe(3 / 5);
    expect(call("RESOLUTION_RATE", [status, "Closed; Pending"])).toBe(2 / 5);
    expect(call("RESOLUTION_RATE", [status, col("closed", "open")])).toBe(2 / 5);
    expect(failure("RESOLUTION_RATE", [col("", " ")])).toMatch(/^RESOLUTION_RATE: status has no tickets/);
  });
});

describe("BACKLOG", () => {
  const zone = "America/Los_Angeles";
  const at = (m: number, day: number, h: number, min = 0) =>
    new Date(zonedInstant(zone, 2026, m, day, h, min));
  const created = col(at(10, 31, 23, 30), at(10, 15, 10), at(11, 1, 9), at(10, 20, 9), "");
  const resolved = col("", at(11, 2, 10), "", at(10, 25, 9), "");

  it("counts tickets open at as_of: a date means its 00:00 in the spreadsheet's zone", () => {
    // As of 2026-11-01 00:00 in Los Angeles: the 31 October 23:30 ticket and the 15 October one;
    // the ticket created at 09:00 that day is not counted, whatever time the as_of cell holds.
    expect(call("BACKLOG", [created, resolved, at(11, 1, 0)], zone)).toBe(2);
    expect(call("BACKLOG", [created, resolved, at(11, 1, 15)], zone)).toBe(2);
    expect(call("BACKLOG", [created, resolved, otherRealmDate("2026-11-01T07:00:00Z")], zone)).toBe(2);
    // In a Stockholm spreadsheet that instant is 1 November 08:00, so as_of is 00:00 Stockholm
    // (31 October 23:00 UTC), before the Los Angeles evening ticket (06:30 UTC): only one is open.
    expect(call("BACKLOG", [created, resolved, at(11, 1, 0)], "Europe/Stockholm")).toBe(1);
    expect(call("BACKLOG", [created, resolved, at(10, 21, 0)], zone)).toBe(2);
    // Default: the latest timestamp (2 November 10:00), when the 15 October ticket is resolved.
    expect(call("BACKLOG", [created, resolved], zone)).toBe(2);
    expect(call("BACKLOG", [created, resolved, at(10, 1, 0)], zone)).toBe(0);
  });

  it("reads a year-first text as_of as that day's 00:00 in the spreadsheet's zone", () => {
    expect(call("BACKLOG", [created, resolved, "2026-11-01"], zone)).toBe(2);
    expect(call("BACKLOG", [created, resolved, "2026-11-01"], "Europe/Stockholm")).toBe(1);
    expect(call("BACKLOG", [created, resolved, "2026-10-21 15:00"], zone)).toBe(2);
  });

  it("explains bad input", () => {
    expect(failure("BACKLOG", [created, resolved, "01/11/2026"], zone)).toMatch(
      /^BACKLOG: as_of is "01\/11\/2026", not a date;.*year first \(2026-10-31\)/,
    );
    expect(failure("BACKLOG", [col(at(11, 1, 9)), col(at(10, 1, 9))], zone)).toMatch(
      /^BACKLOG: resolved row 1 holds .* before its created/,
    );
    expect(failure("BACKLOG", [col("", ""), col("", "")], zone)).toMatch(
      /^BACKLOG: created has no date-times/,
    );
  });
});

describe("TICKET_VOLUME", () => {
  it("counts tickets per month in the spreadsheet's zone, including empty months", () => {
    const zone = "America/Los_Angeles";
    const created = col(
      new Date(zonedInstant(zone, 2026, 10, 31, 23, 30)),
      new Date(zonedInstant(zone, 2026, 8, 2, 9)),
      new Date(zonedInstant(zone, 2026, 11, 1, 0, 0)),
      "",
    );
    expect(call("TICKET_VOLUME", [created], zone)).toEqual([
      ["Month", "Total"],
      ["2026-08", 1],
      ["2026-09", 0],
      ["2026-10", 1],
      ["2026-11", 1],
    ]);
  });

  it("makes one column per group, largest first, with weeks labelled by their Monday", () => {
    const created = col(d(5, 9), d(6, 9), d(7, 9), d(21, 9), d(25, 9), "");
    const groups = col("Returns", "Sales", "Sales", "", "Returns", "");
    expect(call("TICKET_VOLUME", [created, "week", groups])).toEqual([
      ["Week", "Returns", "Sales", "(blank)", "Total"],
      ["2026-10-05", 1, 2, 0, 3],
      ["2026-10-12", 0, 0, 0, 0],
      ["2026-10-19", 1, 0, 1, 2],
    ]);
    expect(call("TICKET_VOLUME", [created, "day"]) as unknown[][]).toHaveLength(1 + 21);
  });

  it("explains bad input", () => {
    expect(failure("TICKET_VOLUME", [col(d(5, 9)), "quarter"])).toMatch(
      /^TICKET_VOLUME: period is "quarter"/,
    );
    expect(failure("TICKET_VOLUME", [col(d(5, 9), d(6, 9)), "month", col("a")])).toMatch(
      /^TICKET_VOLUME: created has 2 rows but group_by has 1/,
    );
    expect(failure("TICKET_VOLUME", [col("", "")])).toMatch(/^TICKET_VOLUME: created has no date-times/);
    expect(failure("TICKET_VOLUME", [col(new Date(Date.UTC(1800, 0, 1)), d(5, 9)), "day"])).toMatch(
      /^TICKET_VOLUME: the tickets span \d+ days \(1800-01-01 to 2026-10-05\)/,
    );
  });
});

describe("registry entries", () => {
  it("fills the ticket functions with the fixed names and argument order", () => {
    expect(ticketsFunctions.map((f) => [f.name, f.params.map((p) => p.name)])).toEqual([
      ["FRT", ["created", "first_response", "stat", "unit", "schedule"]],
      ["RESOLUTION_TIME", ["created", "resolved", "stat", "unit", "schedule"]],
      ["BUSINESS_HOURS", ["start", "end", "schedule", "holidays"]],
      ["SLA_RATE", ["start", "end", "target_hours", "schedule"]],
      ["FCR", ["contacts", "max_contacts"]],
      ["RESOLUTION_RATE", ["status", "resolved_statuses"]],
      ["BACKLOG", ["created", "resolved", "as_of"]],
      ["TICKET_VOLUME", ["created", "period", "group_by"]],
    ]);
    const fcr = ticketsDocs.map((docs) => specOf(docs())).find((f) => f.name === "FCR");
    expect(fcr?.convention).toMatch(/Which rows count/);
  });
});
