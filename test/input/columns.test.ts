import { describe, expect, it } from "vitest";
import {
  columnLetter,
  detectCustomerColumns,
  detectSurveyColumns,
  detectTicketColumns,
  extendRules,
  normalizeHeader,
  pickCustomersTab,
  pickSurveyTab,
  pickTicketTab,
  resolveMapping,
} from "../../src/input/columns";
import { TICKET_RULES } from "../../src/input/names/en";
import type { TicketField } from "../../src/input/ticket";
import { DEFAULT_SETTINGS } from "../../src/report/settings";
import { parseSettings } from "../../src/report/settings-store";
import { readSharedCsv } from "../support/csv-sheet";

const at = (iso: string) => new Date(`${iso}Z`);

/** The field a lone header maps to, or undefined. */
function fieldOf(header: string): TicketField | undefined {
  const { indexes } = detectTicketColumns([header]);
  return (Object.keys(indexes) as TicketField[])[0];
}

describe("normalizeHeader", () => {
  it("ignores case, spacing, punctuation, accents, camelCase and snake_case", () => {
    for (const h of ["Created At", "created_at", "createdAt", "  CREATED-AT ", "Created  at:"]) {
      expect(normalizeHeader(h)).toBe("created at");
    }
    expect(normalizeHeader("Ticket #")).toBe("ticket number");
    expect(normalizeHeader("Sales & Marketing")).toBe("sales and marketing");
    expect(normalizeHeader("Catégorie")).toBe("categorie");
    expect(normalizeHeader("Status No.")).toBe("status no");
  });
});

describe("detectTicketColumns: header variants", () => {
  const cases: [string, TicketField][] = [
    ["Created", "created"],
    ["Created at", "created"],
    ["created_date", "created"],
    ["Date created", "created"],
    ["Opened", "created"],
    ["Date", "created"],
    ["Submitted", "created"],
    ["Timestamp", "created"],
    ["First response", "firstResponse"],
    ["First reply at", "firstResponse"],
    ["firstRespondedAt", "firstResponse"],
    ["Resolved", "resolved"],
    ["Solved at", "resolved"],
    ["Closed", "resolved"],
    ["Date closed", "resolved"],
    ["Closed date", "resolved"],
    ["Status", "status"],
    ["Ticket status", "status"],
    ["State", "status"],
    ["Category", "category"],
    ["Type", "category"],
    ["Topic", "category"],
    ["Issue type", "category"],
    ["Channel", "channel"],
    ["Source", "channel"],
    ["Via", "channel"],
    ["Agent", "agent"],
    ["Assignee", "agent"],
    ["Assigned to", "agent"],
    ["Owner", "agent"],
    ["Priority", "priority"],
    ["Severity", "priority"],
    ["CSAT", "csat"],
    ["Satisfaction rating", "csat"],
    ["Rating", "csat"],
    ["Contacts", "contacts"],
    ["Number of replies", "contacts"],
    ["Replies", "contacts"],
    ["Touches", "contacts"],
    ["Interactions", "contacts"],
    ["Ticket ID", "id"],
    ["ID", "id"],
    ["Ticket", "id"],
    ["Number", "id"],
    ["Ticket #", "id"],
  ];
  it.each(cases)("%s → %s", (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  it("does not take look-alikes", () => {
    for (const header of [
      "Created by",
      "Closed by agent",
      "Due date",
      "Status No.",
      "Customer ID",
      "Notes",
    ]) {
      const { indexes } = detectTicketColumns([header]);
      expect(indexes.created, header).toBeUndefined();
      expect(indexes.resolved, header).toBeUndefined();
      expect(indexes.status, header).toBeUndefined();
      expect(indexes.id, header).toBeUndefined();
    }
    // "Closed by" names the person who closed it: an agent, not a time.
    expect(fieldOf("Closed by")).toBe("agent");
  });

  it("gives the status to Status Name, never to Status No.", () => {
    const d = detectTicketColumns(["Status No.", "Status Name", "Timestamp"]);
    expect(d.columns.status).toBe("Status Name");
    expect(Object.values(d.columns)).not.toContain("Status No.");
  });

  it("assigns each column to one field, best match first", () => {
    const d = detectTicketColumns(["Ticket", "Created", "Assigned", "Assigned to"]);
    expect(d.columns.agent).toBe("Assigned to");
    expect(d.columns.created).toBe("Created");
    expect(d.columns.id).toBe("Ticket");
    expect(new Set(Object.values(d.indexes)).size).toBe(d.matched);
  });

  it("warns when two columns tie for a field and uses the first", () => {
    const d = detectTicketColumns(["Opened", "Created", "Status"]);
    expect(d.columns.created).toBe("Opened");
    expect(d.confidence.created).toBe(1);
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]).toContain('"Opened"');
    expect(d.warnings[0]).toContain('"Created"');
  });

  it("scores a known name above a generic one", () => {
    const d = detectTicketColumns(["Date", "Created"]);
    expect(d.columns.created).toBe("Created");
    expect(d.confidence.created).toBe(1);
    expect(d.warnings).toEqual([]);
  });

  it("says when there is no created column", () => {
    const d = detectTicketColumns(["Status", "Agent"]);
    expect(d.indexes.created).toBeUndefined();
    expect(d.warnings[0]).toMatch(/created/i);
  });

  it("checks the cells when a sample is given: a Closed checkbox column is not the resolved time", () => {
    const headers = ["Created", "Closed", "Status"];
    const sample = [
      [at("2026-03-01T10:00:00"), true, "Closed"],
      [at("2026-03-02T10:00:00"), false, "Open"],
    ];
    const d = detectTicketColumns(headers, { sample });
    expect(d.indexes.resolved).toBeUndefined();
    expect(d.warnings.join(" ")).toContain(
      '"Closed" looks like the Resolved column but holds true/false values',
    );

    const dates = [[at("2026-03-01T10:00:00"), at("2026-03-03T10:00:00"), "Closed"]];
    expect(detectTicketColumns(headers, { sample: dates }).columns.resolved).toBe("Closed");
  });

  it("does not take a duration in hours as a timestamp", () => {
    const headers = ["Created", "First response time"];
    const sample = [
      [at("2026-03-01T10:00:00"), 2.5],
      [at("2026-03-01T11:00:00"), 0.75],
    ];
    expect(detectTicketColumns(headers).columns.firstResponse).toBe("First response time");
    const d = detectTicketColumns(headers, { sample });
    expect(d.indexes.firstResponse).toBeUndefined();
    // It is the duration it says it is (read as created + the duration when its unit is known).
    expect(d.columns.firstResponseTime).toBe("First response time");
  });

  it("keeps a date column whose cells are text: reading it reports them row by row", () => {
    const d = detectTicketColumns(["Created"], { sample: [["3/4/2026 10:00"], ["2026-03-05"]] });
    expect(d.columns.created).toBe("Created");
  });

  it("detects PrepBench's IT event log", () => {
    const values = readSharedCsv("prepbench059_ticket_events_part1.csv");
    const d = detectTicketColumns(values[0], { sample: values.slice(1, 50) });
    expect(d.columns).toEqual({
      created: "Timestamp",
      id: "Ticket",
      priority: "Severity",
      agent: "Assigned To",
      status: "Status Name",
    });
  });

  it("can be extended with another language's names", () => {
    const swedish = extendRules(TICKET_RULES, {
      created: { names: ["skapad", "skapat datum"] },
      status: { names: ["ärendestatus"] },
    });
    const d = detectTicketColumns(["Skapad", "Ärendestatus", "Agent"], { rules: swedish });
    expect(d.columns).toEqual({ created: "Skapad", status: "Ärendestatus", agent: "Agent" });
    // The English table is unchanged.
    expect(detectTicketColumns(["Skapad"], { rules: TICKET_RULES }).matched).toBe(0);
  });
});

describe("survey and customers columns", () => {
  it("finds NPS in a wide survey export by its 0-10 question", () => {
    const values = readSharedCsv("prepbench040_sudzilla_nps_survey.csv");
    const d = detectSurveyColumns(values[0], { sample: values.slice(1, 20) });
    expect(d.columns.date).toBe("Timestamp");
    expect(d.columns.nps).toBe("On a scale of 0-10, how would you rate Sudzilla?");
    // The two keynote questions are 0-10 too: the user is told which one was taken.
    expect(d.warnings.join(" ")).toContain("keynote");
  });

  it("reads the usual survey headers", () => {
    const d = detectSurveyColumns([
      "Submitted at",
      "How likely are you to recommend us to a friend?",
      "Effort score",
      "CSAT",
    ]);
    expect(d.indexes).toEqual({ date: 0, nps: 1, ces: 2, csat: 3 });
  });

  it("reads customers-and-finance headers in several wordings", () => {
    const d = detectCustomerColumns([
      "Month",
      "Opening customers",
      "Closing customers",
      "New",
      "Churned",
      "MRR",
      "Cost of support",
      "S&M spend",
    ]);
    expect(d.indexes).toEqual({
      month: 0,
      customersStart: 1,
      customersEnd: 2,
      newCustomers: 3,
      lostCustomers: 4,
      revenue: 5,
      supportCost: 6,
      salesMarketing: 7,
    });
    const e = detectCustomerColumns([
      "Period",
      "Customers at start of month",
      "Customers at end of month",
      "Revenue per customer",
    ]);
    expect(e.columns).toEqual({
      month: "Period",
      customersStart: "Customers at start of month",
      customersEnd: "Customers at end of month",
    });
  });
});

describe("picking tabs", () => {
  const tabs = [
    { name: "Notes", headers: ["Date", "Note"] },
    { name: "Survey", headers: ["Date", "NPS", "CES", "CSAT"] },
    { name: "Tickets", headers: ["Ticket ID", "Created", "Resolved", "Status", "Category", "Agent", "CSAT"] },
    { name: "Finance", headers: ["Month", "Customers at start", "Customers at end", "Revenue"] },
  ];

  it("takes the tab that maps the most ticket fields, with a created column", () => {
    const picked = pickTicketTab(tabs);
    expect(picked?.name).toBe("Tickets");
    expect(picked?.detection.matched).toBe(7);
    expect(pickTicketTab(tabs, ["Tickets"])?.name).toBe("Survey");
    expect(pickTicketTab([{ name: "A", headers: ["Status", "Agent", "Category"] }])).toBeNull();
  });

  it("takes the survey and customers tabs, skipping the ticket log", () => {
    expect(pickSurveyTab(tabs, ["Tickets"])?.name).toBe("Survey");
    expect(pickCustomersTab(tabs, ["Tickets"])?.name).toBe("Finance");
    expect(pickSurveyTab([tabs[0]])).toBeNull();
    expect(pickCustomersTab([tabs[0], tabs[1]])).toBeNull();
  });
});

describe("resolveMapping", () => {
  it("finds saved headers by exact text, then by the same words", () => {
    const { indexes, warnings } = resolveMapping(["ID", "created_at", "Status"], {
      id: "ID",
      created: "Created At",
      status: "Status",
    });
    expect(indexes).toEqual({ id: 0, created: 1, status: 2 });
    expect(warnings).toEqual([]);
  });

  it("uses a picked column whatever its header's length: settings keep a long one by its start", () => {
    const question = `How satisfied were you with the support you received? ${"Please answer honestly. ".repeat(10)}`;
    const settings = parseSettings(
      JSON.stringify({ ...DEFAULT_SETTINGS, columns: { created: "Date", csat: question } }),
    );
    expect(settings.columns.csat?.length).toBeLessThan(question.length);
    const { indexes, warnings } = resolveMapping(["Date", "How satisfied…", question], settings.columns);
    expect(indexes).toEqual({ created: 0, csat: 2 });
    expect(warnings).toEqual([]);
  });

  it("reports a header that is gone and a header that appears twice", () => {
    const { indexes, warnings } = resolveMapping(["Created", "Agent", "Agent"], {
      created: "Created",
      resolved: "Solved",
      agent: "Agent",
    });
    expect(indexes).toEqual({ created: 0, agent: 1 });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('"Solved"');
    expect(warnings[1]).toContain("column B");
  });
});

describe("columnLetter", () => {
  it("spells A1 column letters", () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      "A",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
  });
});
