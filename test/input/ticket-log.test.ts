import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { detectTicketColumns } from "../../src/input/columns";
import type { ColumnMapping } from "../../src/input/ticket";
import { readTicketLog } from "../../src/input/ticket-log";

const at = (iso: string) => new Date(`${iso}Z`);
const ms = (iso: string) => Date.parse(`${iso}Z`);

const HEADERS = [
  "Ticket ID",
  "Created",
  "First response",
  "Resolved",
  "Status",
  "Category",
  "CSAT",
  "Contacts",
];
const MAPPING: ColumnMapping = {
  id: "Ticket ID",
  created: "Created",
  firstResponse: "First response",
  resolved: "Resolved",
  status: "Status",
  category: "Category",
  csat: "CSAT",
  contacts: "Contacts",
};

describe("readTicketLog: one row per ticket", () => {
  it("reads every field and skips trailing blank rows", () => {
    const values = [
      HEADERS,
      [
        "T-1",
        at("2026-03-02T09:00:00"),
        at("2026-03-02T09:30:00"),
        at("2026-03-03T12:00:00"),
        "Closed",
        "Returns",
        4,
        2,
      ],
      [1002, at("2026-03-02T10:00:00"), "", "", " Open ", "Shipping", "", ""],
      ["", "", "", "", "", "", "", ""],
      ["", "", "", "", "", "", "", ""],
    ];
    const log = readTicketLog(values, MAPPING);
    expect(log.error).toBeNull();
    expect(log.layout).toBe("tickets");
    expect(log.rows).toBe(2);
    expect(log.trailingBlankRows).toBe(2);
    expect(log.skippedRows).toBe(0);
    expect(log.problems).toEqual([]);
    expect(log.tickets).toEqual([
      {
        row: 2,
        id: "T-1",
        created: ms("2026-03-02T09:00:00"),
        firstResponse: ms("2026-03-02T09:30:00"),
        resolved: ms("2026-03-03T12:00:00"),
        status: "Closed",
        category: "Returns",
        channel: "",
        agent: "",
        priority: "",
        csat: 4,
        contacts: 2,
        reopens: Number.NaN,
        waitTime: Number.NaN,
        onHoldTime: Number.NaN,
      },
      {
        row: 3,
        id: "1002",
        created: ms("2026-03-02T10:00:00"),
        firstResponse: Number.NaN,
        resolved: Number.NaN,
        status: "Open",
        category: "Shipping",
        channel: "",
        agent: "",
        priority: "",
        csat: Number.NaN,
        contacts: Number.NaN,
        reopens: Number.NaN,
        waitTime: Number.NaN,
        onHoldTime: Number.NaN,
      },
    ]);
  });

  it("skips rows whose created cell is text, a number or blank, and says so with rows and counts", () => {
    const good = (id: string) => [id, at("2026-03-02T09:00:00"), "", "", "Open", "Sales", "", ""];
    const values = [
      HEADERS,
      good("a"),
      ["b", "3/4/2026", "", "", "Open", "Sales", "", ""],
      good("c"),
      ["d", "2026-03-05 10:00", "", "", "Open", "Sales", "", ""],
      ["e", 46085.5, "", "", "Open", "Sales", "", ""],
      ["f", "", "", "", "Open", "Sales", "", ""],
      ["g", "3/5/2026", "", "", "Open", "Sales", "", ""],
    ];
    const log = readTicketLog(values, MAPPING, { timeZone: "UTC" });
    // "2026-03-05 10:00" is written year first: read in the spreadsheet's zone.
    expect(log.tickets.map((t) => t.id)).toEqual(["a", "c", "d"]);
    expect(log.tickets[2].created).toBe(ms("2026-03-05T10:00:00"));
    expect(log.skippedRows).toBe(4);
    expect(log.rows).toBe(7);
    expect(log.problems).toEqual([
      'Row 3: Created is the text "3/4/2026", not a date-time (the row is skipped). Format the column as Format > Number > Date time. Text is read only when written year first (2026-03-05 14:30): 05/03/2026 could be March or May. ' +
        "2 rows like this, e.g. rows 3, 8.",
      "Row 6: Created is the number 46085.5, not a date-time (the row is skipped). Format the column as Format > Number > Date time.",
      "Row 7: Created is blank (the row is skipped).",
      "4 of 7 rows were not read; the problems above say why.",
    ]);
  });

  it("reads unambiguous text date-times in the spreadsheet's zone, and still refuses ambiguous ones", () => {
    const values = [
      HEADERS,
      [
        "a",
        "2012/10/09 14:50:17.000",
        "2012/10/09 15:00:00.000",
        "2012-10-10T08:00:00Z",
        "Closed",
        "",
        "",
        "",
      ],
      ["b", "05/03/2026", "", "", "Open", "", "", ""],
    ];
    const log = readTicketLog(values, MAPPING, { timeZone: "Europe/Stockholm" });
    expect(log.tickets).toHaveLength(1);
    // Stockholm is UTC+2 in October 2012; the "Z" time is an instant whatever the zone.
    expect(log.tickets[0]).toMatchObject({
      created: Date.UTC(2012, 9, 9, 12, 50, 17),
      firstResponse: Date.UTC(2012, 9, 9, 13),
      resolved: Date.UTC(2012, 9, 10, 8),
    });
    expect(log.problems[0]).toMatch(/^Row 3: Created is the text "05\/03\/2026", not a date-time/);
    // Without the zone (a caller that does not know it), text is never read as a time.
    expect(readTicketLog(values, MAPPING).tickets).toHaveLength(0);
  });

  it("lists at most `examples` rows per problem but counts them all", () => {
    const values: unknown[][] = [HEADERS];
    for (let i = 0; i < 50; i++) values.push([`t${i}`, "yesterday", "", "", "", "", "", ""]);
    const log = readTicketLog(values, MAPPING, { examples: 3 });
    expect(log.skippedRows).toBe(50);
    expect(log.problems[0]).toContain("50 rows like this, e.g. rows 2, 3, 4.");
  });

  it("keeps the ticket but ignores a bad optional cell, and reports it", () => {
    const values = [
      HEADERS,
      ["a", at("2026-03-02T09:00:00"), at("2026-03-02T08:00:00"), "soon", "Open", "Sales", "great", -1],
      [
        "b",
        at("2026-03-02T09:00:00"),
        at("2026-03-02T09:05:00"),
        at("2026-03-01T09:00:00"),
        "Closed",
        "Sales",
        "5",
        " 3 ",
      ],
    ];
    const log = readTicketLog(values, MAPPING);
    expect(log.tickets).toHaveLength(2);
    const [a, b] = log.tickets;
    expect([a.firstResponse, a.resolved, a.csat, a.contacts]).toEqual([NaN, NaN, NaN, NaN]);
    expect([b.firstResponse, b.resolved, b.csat, b.contacts]).toEqual([ms("2026-03-02T09:05:00"), NaN, 5, 3]);
    expect(log.skippedRows).toBe(0);
    expect(log.problems).toEqual([
      "Row 2: First response 2026-03-02T08:00:00.000Z is before the ticket was created (the cell is ignored).",
      'Row 2: Resolved is the text "soon", not a date-time (the cell is ignored). Format the column as Format > Number > Date time. Text is read only when written year first (2026-03-05 14:30): 05/03/2026 could be March or May.',
      'Row 2: CSAT rating holds "great", not a number of 0 or more (the cell is ignored).',
      "Row 2: Contacts to resolve holds -1, not a number of 0 or more (the cell is ignored).",
      "Row 3: Resolved 2026-03-01T09:00:00.000Z is before the ticket was created (the cell is ignored).",
    ]);
  });

  it("counts blank rows between data rows without calling them skipped", () => {
    const row = (id: string) => [id, at("2026-03-02T09:00:00"), "", "", "", "", "", ""];
    const log = readTicketLog([HEADERS, row("a"), ["", "", ""], row("b"), [], row("c")], MAPPING);
    expect(log.tickets.map((t) => t.row)).toEqual([2, 4, 6]);
    expect(log.blankRows).toBe(2);
    expect(log.skippedRows).toBe(0);
    expect(log.problems).toEqual(["2 blank rows between the data rows were skipped."]);
  });

  it("names real sheet rows when the header is not on row 1", () => {
    const log = readTicketLog([HEADERS, ["a", "x", "", "", "", "", "", ""]], MAPPING, { headerRow: 4 });
    expect(log.problems[0]).toMatch(/^Row 5: Created/);
  });

  it("accepts Dates made in another realm, as Apps Script hands them over", () => {
    const foreign = vm.runInNewContext("new Date(Date.UTC(2026, 2, 2, 9))") as Date;
    expect(foreign instanceof Date).toBe(false);
    const log = readTicketLog([HEADERS, ["a", foreign, "", "", "", "", "", ""]], MAPPING);
    expect(log.tickets[0].created).toBe(Date.UTC(2026, 2, 2, 9));
  });

  it("splits composite ID cells and uses the department as the category when none is mapped", () => {
    const values = [
      ["Ticket", "Opened"],
      ["C1 / Sales / Ann Lee", at("2026-03-02T09:00:00")],
      ["C2 / Finance / Bo Ek", at("2026-03-02T10:00:00")],
    ];
    const log = readTicketLog(values, { id: "Ticket", created: "Opened" });
    expect(log.tickets.map((t) => [t.id, t.category])).toEqual([
      ["C1", "Sales"],
      ["C2", "Finance"],
    ]);
  });

  it("keeps a few repeated IDs as separate tickets, with a warning", () => {
    const values: unknown[][] = [HEADERS];
    for (let i = 0; i < 20; i++) values.push([`T${i}`, at("2026-03-02T09:00:00"), "", "", "", "", "", ""]);
    values.push(["T3", at("2026-03-02T09:00:00"), "", "", "", "", "", ""]);
    const log = readTicketLog(values, MAPPING);
    expect(log.layout).toBe("tickets");
    expect(log.tickets).toHaveLength(21);
    expect(log.problems).toEqual([
      'Rows that repeat an earlier ticket ID: 1 (e.g. "T3" on rows 5 and 22); each row is counted as its own ticket.',
    ]);
  });

  it("refuses an event log without a status column and says how to lay the data out", () => {
    const values = [
      ["Ticket", "Timestamp"],
      ["A", at("2026-03-02T09:00:00")],
      ["A", at("2026-03-02T10:00:00")],
      ["B", at("2026-03-02T11:00:00")],
    ];
    const log = readTicketLog(values, { id: "Ticket", created: "Timestamp" });
    expect(log.tickets).toEqual([]);
    expect(log.error).toContain('"A" on rows 2 and 3');
    expect(log.error).toContain("one row per ticket");
  });

  it("pivots an event log, skipping events without a time or an ID", () => {
    const values = [
      ["Timestamp", "Ticket", "Status No.", "Assigned To", "Status Name"],
      [at("2026-03-02T09:00:00"), "A", 1, "Awaiting Resource", "Logged"],
      [at("2026-03-02T10:00:00"), "A", 2, "Ann", "Assigned"],
      ["02/03/2026 11:00", "A", 3, "Closed", "Closed"],
      [at("2026-03-02T12:00:00"), "", 1, "Awaiting Resource", "Logged"],
      [at("2026-03-03T09:00:00"), "B", 1, "Awaiting Resource", "Logged"],
      [at("2026-03-03T10:00:00"), "B", 2, "Bo", "Assigned"],
    ];
    const log = readTicketLog(values, {
      created: "Timestamp",
      id: "Ticket",
      agent: "Assigned To",
      status: "Status Name",
    });
    expect(log.layout).toBe("events");
    expect(log.events).toBe(4);
    expect(log.skippedRows).toBe(2);
    expect(log.tickets.map((t) => [t.id, t.status, t.agent, t.row])).toEqual([
      ["A", "Assigned", "Ann", 2],
      ["B", "Assigned", "Bo", 6],
    ]);
    expect(log.problems).toEqual([
      'Row 4: Created is the text "02/03/2026 11:00", not a date-time (the event is skipped). Format the column as Format > Number > Date time. Text is read only when written year first (2026-03-05 14:30): 05/03/2026 could be March or May.',
      "Row 5: Ticket ID is blank (the event is skipped).",
      "2 of 6 rows were not read; the problems above say why.",
    ]);
  });

  it("needs a created column and a data row", () => {
    expect(readTicketLog([HEADERS], {}).error).toMatch(/created/);
    expect(readTicketLog([HEADERS, ["", "", ""]], MAPPING, { sheet: "Log" }).error).toBe(
      "The tab Log has no data rows below its header row.",
    );
    const gone = readTicketLog([["Opened"], [at("2026-03-02T09:00:00")]], { created: "Created" });
    expect(gone.error).not.toBeNull();
    expect(gone.problems[0]).toContain('"Created"');
  });

  it("reads a large log in one pass, row for row", () => {
    const values: unknown[][] = [HEADERS];
    const start = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 200_000; i++) {
      const created = new Date(start + i * 60_000);
      values.push([
        `T${i}`,
        created,
        new Date(start + i * 60_000 + 600_000),
        "",
        "Open",
        i % 2 ? "A" : "B",
        "",
        1,
      ]);
    }
    const log = readTicketLog(values, MAPPING);
    expect(log.tickets).toHaveLength(200_000);
    expect(log.tickets[199_999]).toMatchObject({ row: 200_001, id: "T199999", category: "A" });
    expect(log.tickets[199_999].firstResponse - log.tickets[199_999].created).toBe(600_000);
  });
});

describe("readTicketLog: a process-mining (XES-like) log", () => {
  it("detects its columns, reads text times, keeps completed activities and counts each activity", async () => {
    const { detectTicketColumns } = await import("../../src/input/columns");
    const values = [
      ["case:concept:name", "concept:name", "org:resource", "time:timestamp", "lifecycle:transition"],
      ["C1", "Insert ticket", "Ann", "2026-03-02T08:00:00Z", "complete"],
      ["C1", "Take in charge ticket", "Bo", "2026-03-02T09:00:00Z", "start"],
      ["C1", "Take in charge ticket", "Bo", "2026-03-02T09:30:00Z", "complete"],
      ["C1", "Resolve ticket", "Bo", "2026-03-03T09:30:00Z", "complete"],
      ["C2", "Insert ticket", "Ann", "2026-03-04T08:00:00Z", "complete"],
      ["C2", "Closed", "System", "2026-03-05T08:00:00Z", "complete"],
    ];
    const { columns } = detectTicketColumns(values[0], { sample: values.slice(1) });
    expect(columns).toEqual({
      id: "case:concept:name",
      status: "concept:name",
      agent: "org:resource",
      created: "time:timestamp",
    });
    const log = readTicketLog(values, columns, { timeZone: "Europe/Oslo" });
    expect(log.layout).toBe("events");
    expect(log.events).toBe(5);
    expect(log.problems).toEqual([
      '1 event whose lifecycle:transition is not "complete" (a start or schedule) is left out: times are those of completed activities.',
    ]);
    expect(log.tickets.map((t) => [t.id, t.firstResponse, t.resolved, t.agent])).toEqual([
      ["C1", ms("2026-03-02T09:30:00"), ms("2026-03-03T09:30:00"), "Bo"],
      ["C2", Number.NaN, ms("2026-03-05T08:00:00"), ""],
    ]);
    expect(log.activities).toEqual([
      { activity: "Insert ticket", meaning: "created", events: 2 },
      { activity: "Closed", meaning: "closed", events: 1 },
      { activity: "Resolve ticket", meaning: "resolved", events: 1 },
      { activity: "Take in charge ticket", meaning: "response", events: 1 },
    ]);
  });
});

describe("a rating's own date", () => {
  it("is detected by its header and read in the spreadsheet's zone; text that is not a date is reported", () => {
    const values = [
      ["Ticket ID", "Created", "Status", "CSAT", "Rating date"],
      [1, at("2026-09-28T10:00:00"), "Open", 5, "2026-10-02 09:30"],
      [2, at("2026-09-29T10:00:00"), "Open", 4, ""],
      [3, at("2026-09-30T10:00:00"), "Open", 3, "soon"],
    ];
    expect(detectTicketColumns(values[0] as string[]).indexes).toMatchObject({ csat: 3, csatAt: 4 });
    const mapping = {
      id: "Ticket ID",
      created: "Created",
      status: "Status",
      csat: "CSAT",
      csatAt: "Rating date",
    };
    const log = readTicketLog(values, mapping, { timeZone: "Europe/Stockholm" });
    expect(log.error).toBeNull();
    expect(log.tickets.map((tk) => tk.csatAt)).toEqual([
      Date.parse("2026-10-02T07:30:00Z"),
      Number.NaN,
      Number.NaN,
    ]);
    expect(log.problems.join(" ")).toContain("Row 4: Rating date");
  });
});
