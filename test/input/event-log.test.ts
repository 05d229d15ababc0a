import { describe, expect, it } from "vitest";
import { isClosedStatus, isCustomerStatus } from "../../src/input/activity-meaning";
import { detectTicketColumns } from "../../src/input/columns";
import {
  countActivities,
  countIdRepeats,
  type EventRows,
  findStatusNumberColumn,
  isCompositeIdColumn,
  looksLikeEventLog,
  pivotEvents,
  splitCompositeId,
} from "../../src/input/event-log";
import { readTicketLog } from "../../src/input/ticket-log";
import { readSharedCsv, readSharedCsvs } from "../support/csv-sheet";

const PARTS = [1, 2, 3].map((i) => `prepbench059_ticket_events_part${i}.csv`);
const DAY = 86_400_000;

/**
 * Business days open, by the convention published with PrepBench case 059 (Monday–Friday, no
 * holidays): a start on a weekend moves to Monday 00:00, an end on a weekend back to Friday 23:59:59;
 * when the adjusted dates have no weekday between them (start's date included, end's excluded) the
 * exact elapsed days count; otherwise (weekdays − 1) + the rest of the start day + the part of the
 * end day.
 */
function businessDaysOpen(start: number, end: number): number {
  const weekday = (ms: number) => (new Date(ms).getUTCDay() + 6) % 7; // 0 = Monday
  const midnight = (ms: number) => Math.floor(ms / DAY) * DAY;
  if (weekday(start) >= 5) start = midnight(start) + (7 - weekday(start)) * DAY;
  if (weekday(end) >= 5) end = midnight(end) - (weekday(end) - 5) * DAY - 1000;
  let weekdays = 0;
  for (let d = midnight(start); d < midnight(end); d += DAY) if (weekday(d) < 5) weekdays++;
  if (weekdays === 0) return (end - start) / DAY;
  return weekdays - 1 + (midnight(start) + DAY - start) / DAY + (end - midnight(end)) / DAY;
}

describe("PrepBench 059: IT tickets as status-change events", () => {
  const values = readSharedCsvs(PARTS);
  const detection = detectTicketColumns(values[0], { sample: values.slice(1, 50) });
  const log = readTicketLog(values, detection.columns);

  it("is recognised as an event log and pivoted to one ticket per ID", () => {
    expect(log.error).toBeNull();
    expect(log.layout).toBe("events");
    expect(log.events).toBe(2542);
    expect(log.skippedRows).toBe(0);
    expect(log.problems).toEqual([]);
    expect(log.tickets).toHaveLength(665);
    expect(new Set(log.tickets.map((t) => t.id)).size).toBe(665);
  });

  it("reproduces the published current statuses", () => {
    const counts: Record<string, number> = {};
    for (const t of log.tickets) counts[t.status] = (counts[t.status] ?? 0) + 1;
    expect(counts).toEqual({ Assigned: 218, Closed: 103, "Customer Response": 128, Logged: 101, UAT: 115 });
  });

  it("reproduces the published SLA answer: 32 missed, 71 met (business days)", () => {
    const sla = new Map(
      readSharedCsv("prepbench059_sla_by_department.csv")
        .slice(1)
        .map((r) => [r[0], r[1]]),
    );
    let missed = 0;
    let met = 0;
    for (const t of log.tickets) {
      if (Number.isNaN(t.resolved)) continue;
      const days = sla.get(t.category);
      expect(days, t.category).toBeTypeOf("number");
      if (businessDaysOpen(t.created, t.resolved) <= (days as number)) met++;
      else missed++;
    }
    expect({ missed, met }).toEqual({ missed: 32, met: 71 });
  });

  it("applies the documented conventions to one ticket, checked against its raw rows", () => {
    // C004734: Logged (Awaiting Resource), Assigned (Lee Low), Customer Response (Customer).
    const t = log.tickets.find((x) => x.id === "C004734");
    expect(t).toEqual({
      row: 2,
      id: "C004734",
      created: Date.UTC(2020, 0, 13, 17, 24, 25),
      firstResponse: Date.UTC(2020, 0, 17, 11, 5, 25),
      resolved: Number.NaN,
      status: "Customer Response",
      category: "Project Management",
      channel: "",
      agent: "Lee Low",
      priority: "5",
      csat: Number.NaN,
      contacts: 2,
      reopens: 0,
      // One wait on the team, from logging to Lee Low taking the ticket; then it is the customer's turn.
      responses: [Date.UTC(2020, 0, 13, 17, 24, 25), Date.UTC(2020, 0, 17, 11, 5, 25)],
      waitTime: Number.NaN,
      onHoldTime: Number.NaN,
    });
    // Every closed ticket: resolved is its Closed event, the agent a person, created its Logged event.
    const rows = values.slice(1);
    for (const ticket of log.tickets.filter((x) => x.status === "Closed")) {
      const own = rows.filter((r) => String(r[1]).startsWith(`${ticket.id} /`));
      const closed = own.find((r) => r[5] === "Closed") as unknown[];
      const logged = own.find((r) => r[5] === "Logged") as unknown[];
      expect(ticket.resolved).toBe((closed[0] as Date).getTime());
      expect(ticket.created).toBe((logged[0] as Date).getTime());
      expect(["Awaiting Resource", "Customer", "Closed", ""]).not.toContain(ticket.agent);
      expect(ticket.contacts).toBe(1 + own.filter((r) => r[5] === "Customer Response").length);
    }
  });
});

/** Event rows from compact tuples: [row, id, ISO time, status, statusNo, agent]. */
function events(
  list: [number, string, string, string, number, string][],
  withNo = true,
  withAgent = true,
): EventRows {
  return {
    count: list.length,
    row: list.map((e) => e[0]),
    id: list.map((e) => e[1]),
    time: list.map((e) => Date.parse(`${e[2]}Z`)),
    status: list.map((e) => e[3]),
    statusNo: withNo ? list.map((e) => e[4]) : null,
    agent: withAgent ? list.map((e) => e[5]) : null,
    priority: null,
    category: null,
    channel: null,
    csat: null,
  };
}

describe("pivotEvents", () => {
  it("does not depend on row order", () => {
    const list: [number, string, string, string, number, string][] = [
      [2, "A", "2026-01-05T09:00:00", "Logged", 1, "Awaiting Resource"],
      [3, "A", "2026-01-05T10:00:00", "Assigned", 2, "Ann"],
      [4, "B", "2026-01-06T09:00:00", "Logged", 1, "Unassigned"],
      [5, "A", "2026-01-07T10:00:00", "Closed", 3, "Closed"],
    ];
    const forward = pivotEvents(events(list));
    const backward = pivotEvents(events([...list].reverse()));
    const byId = (ts: typeof forward) => Object.fromEntries(ts.map((t) => [t.id, { ...t, row: 0 }]));
    expect(byId(backward)).toEqual(byId(forward));
    const a = forward[0];
    expect(a.created).toBe(Date.UTC(2026, 0, 5, 9));
    expect(a.firstResponse).toBe(Date.UTC(2026, 0, 5, 10));
    expect(a.resolved).toBe(Date.UTC(2026, 0, 7, 10));
    expect(a.agent).toBe("Ann");
    expect(a.status).toBe("Closed");
    expect(forward[1]).toMatchObject({ id: "B", status: "Logged", agent: "", firstResponse: Number.NaN });
  });

  it("does not count a reopened ticket as resolved", () => {
    const [t] = pivotEvents(
      events([
        [2, "A", "2026-01-05T09:00:00", "Logged", 1, ""],
        [3, "A", "2026-01-05T10:00:00", "Assigned", 2, "Ann"],
        [4, "A", "2026-01-06T10:00:00", "Closed", 3, "Closed"],
        [5, "A", "2026-01-07T10:00:00", "Assigned", 4, "Bo"],
      ]),
    );
    expect(t.status).toBe("Assigned");
    expect(t.resolved).toBeNaN();
    expect(t.agent).toBe("Bo");
  });

  it("takes the highest status number as current, even when its time is earlier", () => {
    const [t] = pivotEvents(
      events([
        [2, "A", "2026-01-05T09:00:00", "Logged", 1, ""],
        [3, "A", "2026-01-05T09:00:00", "Assigned", 2, "Ann"],
        [4, "A", "2026-01-05T08:59:00", "UAT", 3, "Customer"],
      ]),
    );
    expect(t.status).toBe("UAT");
    expect(t.contacts).toBe(1);
  });

  it("without status numbers, takes the latest event; without assignees, the second event is the first response", () => {
    const [t] = pivotEvents(
      events(
        [
          [2, "A", "2026-01-05T09:00:00", "New", 0, ""],
          [3, "A", "2026-01-05T11:00:00", "Awaiting customer", 0, ""],
          [4, "A", "2026-01-06T12:00:00", "Solved", 0, ""],
        ],
        false,
        false,
      ),
    );
    expect(t.status).toBe("Solved");
    expect(t.firstResponse).toBe(Date.UTC(2026, 0, 5, 11));
    expect(t.resolved).toBe(Date.UTC(2026, 0, 6, 12));
    expect(t.contacts).toBe(2);
  });

  it("reads a German helpdesk's events: unassigned queue, a round trip to the customer, Gelöst", () => {
    const [t] = pivotEvents(
      events([
        [2, "A", "2026-01-05T09:00:00", "Neu", 1, "Nicht zugewiesen"],
        [3, "A", "2026-01-05T09:40:00", "In Bearbeitung", 2, "Jana"],
        [4, "A", "2026-01-05T12:00:00", "Warten auf Kunde", 3, "Jana"],
        [5, "A", "2026-01-06T15:00:00", "Gelöst", 4, "Jana"],
      ]),
    );
    expect(t.firstResponse).toBe(Date.UTC(2026, 0, 5, 9, 40));
    expect(t.resolved).toBe(Date.UTC(2026, 0, 6, 15));
    expect(t.agent).toBe("Jana");
    expect(t.contacts).toBe(2);
  });
});

describe("pivotEvents: the rules of an activity log", () => {
  const h = (hours: number) => Date.UTC(2026, 0, 5) + hours * 3_600_000;
  const log = (list: [string, string, number][]): EventRows =>
    events(
      list.map(([activity, resource, hours], i) => [
        i + 2,
        "T",
        new Date(h(hours)).toISOString().slice(0, 19),
        activity,
        0,
        resource,
      ]),
      false,
    );

  it("does not take triage by the creator or the system for a response; the agent is who took the ticket", () => {
    const [t] = pivotEvents(
      log([
        ["Insert ticket", "Ann", 0],
        ["Assign seriousness", "Ann", 0.01],
        ["Assigned", "System", 0.5],
        ["Take in charge ticket", "Bo", 3],
        ["Resolve ticket", "Bo", 10],
      ]),
    );
    expect(t.firstResponse).toBe(h(3));
    expect(t.agent).toBe("Bo");
    expect(t.responses).toEqual([h(0), h(3)]);
  });

  it("runs resolution to the resolving event, not to a later automatic close", () => {
    const [t] = pivotEvents(
      log([
        ["New", "Ann", 0],
        ["Replied", "Bo", 2],
        ["Solved", "Bo", 20],
        ["Closed", "System", 200],
      ]),
    );
    expect(t.resolved).toBe(h(20));
    expect(t.status).toBe("Closed");
    expect(t.reopens).toBe(0);
  });

  it("takes a close for the resolution only when nothing resolved the ticket", () => {
    const [t] = pivotEvents(
      log([
        ["Logged", "", 0],
        ["Closed", "Closed", 30],
      ]),
    );
    expect(t.resolved).toBe(h(30));
    expect(t.firstResponse).toBeNaN();
  });

  it("reopens a ticket on any activity after a resolve, and measures every response's wait", () => {
    const [t] = pivotEvents(
      log([
        ["Open", "Ann", 0],
        ["Take in charge ticket", "Bo", 1],
        ["Pending", "Bo", 2],
        ["Open", "Customer", 5], // the customer answered: the team's turn again
        ["Replied", "Bo", 6.5],
        ["Resolved", "Bo", 8],
        ["Take in charge ticket", "Cy", 30], // reopened by activity
        ["Resolved", "Cy", 40],
      ]),
    );
    expect(t.reopens).toBe(1);
    expect(t.resolved).toBe(h(40));
    expect(t.agent).toBe("Cy");
    expect(t.contacts).toBe(2);
    expect(t.responses).toEqual([h(0), h(1), h(5), h(6.5), h(30), h(30)]);
  });

  it("leaves a ticket reopened after its resolve unresolved", () => {
    const [t] = pivotEvents(
      log([
        ["New", "Ann", 0],
        ["Solved", "Bo", 4],
        ["Reopened", "Ann", 9],
      ]),
    );
    expect(t.resolved).toBeNaN();
    expect(t.reopens).toBe(1);
    // Solving answered the customer: the first response.
    expect(t.firstResponse).toBe(h(4));
  });

  it("uses the meanings the user set instead of the words'", () => {
    const rows = log([
      ["Logged", "Ann", 0],
      ["UAT", "Bo", 5],
      ["Archive", "Bo", 9],
    ]);
    const [plain] = pivotEvents(rows);
    expect(plain.firstResponse).toBeNaN();
    expect(plain.resolved).toBeNaN();
    const [set] = pivotEvents(rows, { UAT: "response", Archive: "resolved" });
    expect(set.firstResponse).toBe(h(5));
    expect(set.resolved).toBe(h(9));
    expect(countActivities(rows, { UAT: "response" })).toEqual([
      { activity: "Archive", meaning: "other", events: 1 },
      { activity: "Logged", meaning: "created", events: 1 },
      { activity: "UAT", meaning: "response", events: 1 },
    ]);
  });
});

describe("event-log helpers", () => {
  it("splits composite ticket cells", () => {
    expect(splitCompositeId("C004734 / Project Management / Felipa Vlahos")).toEqual([
      "C004734",
      "Project Management",
    ]);
    expect(splitCompositeId("C1 / Sales")).toEqual(["C1", "Sales"]);
    expect(splitCompositeId("T-100")).toEqual(["T-100", ""]);
    expect(isCompositeIdColumn(["A / x / y", "B / x / y", "", "C / z / w"])).toBe(true);
    expect(isCompositeIdColumn(["T-1", "T-2", "A / b"])).toBe(false);
    expect(isCompositeIdColumn([])).toBe(false);
  });

  it("finds the status number column", () => {
    expect(
      findStatusNumberColumn(["Timestamp", "Ticket", "Severity", "Status No.", "Assigned To", "Status Name"]),
    ).toBe(3);
    expect(findStatusNumberColumn(["Status #", "Status"])).toBe(0);
    expect(findStatusNumberColumn(["Seq", "Status"])).toBe(0);
    expect(findStatusNumberColumn(["Status", "Number"])).toBe(-1);
    expect(findStatusNumberColumn(["Status", "Statusnummer"])).toBe(1);
    expect(findStatusNumberColumn(["Status", "Status-Nr."])).toBe(1);
    expect(findStatusNumberColumn(["Statuss", "Statusa numurs"])).toBe(1);
    expect(findStatusNumberColumn(["Statuss", "Statuss Nr."])).toBe(1);
    expect(findStatusNumberColumn(["状态", "状态序号"])).toBe(1);
  });

  it("classifies statuses", () => {
    expect(["Closed", "Resolved", "solved", "Done", "Completed"].every(isClosedStatus)).toBe(true);
    expect(["Open", "Not resolved yet, waiting", "Assigned", ""].some(isClosedStatus)).toBe(false);
    expect(isCustomerStatus("Customer Response")).toBe(true);
    expect(isCustomerStatus("Awaiting customer")).toBe(true);
    expect(isCustomerStatus("UAT")).toBe(false);
    // "Not resolved" is not finished, in any language.
    expect(
      ["Not resolved", "Nicht gelöst", "Ej löst", "Ikke løst", "Nav atrisināts"].some(isClosedStatus),
    ).toBe(false);
  });

  it("classifies statuses in every language the add-on speaks", () => {
    const closed = {
      sv: ["Stängd", "Löst", "Avslutad", "Åtgärdad", "Klar", "Klart"],
      de: ["Geschlossen", "Gelöst", "Erledigt", "Abgeschlossen"],
      nb: ["Lukket", "Løst", "Avsluttet", "Ferdig"],
      lv: ["Slēgts", "Atrisināts", "Pabeigts"],
      zh: ["已关闭", "已解决", "已完成"],
    };
    for (const [language, statuses] of Object.entries(closed))
      for (const status of statuses) expect(isClosedStatus(status), `${language} ${status}`).toBe(true);
    for (const open of [
      "Öppen",
      "Offen",
      "Åpen",
      "Atvērts",
      "处理中",
      "未解决",
      "In Bearbeitung",
      "Klar for test",
    ])
      expect(isClosedStatus(open), open).toBe(false);
    for (const waiting of [
      "Väntar på kund",
      "Väntar på kundsvar",
      "Warten auf Kunde",
      "Warten auf Kundenantwort",
      "Venter på kunde",
      "Venter på kundesvar",
      "Gaida klientu",
      "等待客户回复",
      "等待用户回复",
    ])
      expect(isCustomerStatus(waiting), waiting).toBe(true);
    expect(isCustomerStatus("Gaida klienta atbildi")).toBe(true);
  });

  it("tells an event log from a ticket log with a duplicate", () => {
    const few = countIdRepeats(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "a"], 2);
    expect(few).toEqual({ ids: 12, repeats: 1, example: { id: "a", first: 2, second: 13 } });
    expect(looksLikeEventLog(few)).toBe(false);
    const many = countIdRepeats(["a", "a", "b", "b", "", "c"], 2);
    expect(many.repeats).toBe(2);
    expect(looksLikeEventLog(many)).toBe(true);
  });
});
