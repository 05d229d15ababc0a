/**
 * Contact-centre logs read as the report reads them: columns detected from vendors' names (a hand-kept
 * log, Five9-, Talkdesk- and Genesys-style headers, other languages), the date and the time of day
 * combined on the spreadsheet's clock, yes/no flags, waits and talk times in seconds or H:MM:SS.
 */
import { describe, expect, it } from "vitest";
import { detectTicketColumns } from "../../src/input/columns";
import { readTicketLog } from "../../src/input/ticket-log";
import { contactLog } from "../support/contact-log";

const ZONE = "America/New_York";
const FROM = Date.UTC(2026, 8, 1);
const TO = Date.UTC(2026, 10, 30);

describe("a call log with separate Date and Time columns", () => {
  const { values, truth } = contactLog(400, 3, ZONE, FROM, TO);
  const detection = detectTicketColumns(values[0], { sample: values.slice(1, 21) });
  const log = readTicketLog(values, detection.columns, { timeZone: ZONE });

  it("detects every column", () => {
    expect(detection.columns).toEqual({
      id: "Call Id",
      created: "Date",
      timeOfDay: "Time",
      agent: "Agent",
      category: "Topic",
      answered: "Answered (Y/N)",
      resolvedFlag: "Resolved",
      speedOfAnswer: "Speed of answer in seconds",
      handleTime: "AvgTalkDuration",
      csat: "Satisfaction rating",
    });
  });

  it("reads each call: arrival on the zone's clock, flags, seconds and H:MM:SS", () => {
    expect(log.layout).toBe("contacts");
    expect(log.problems).toEqual([]);
    expect(log.tickets).toHaveLength(truth.length);
    log.tickets.forEach((call, i) => {
      const t = truth[i];
      expect(call.created).toBe(t.at);
      expect(call.answered).toBe(t.answered ? 1 : 0);
      expect(call.solved).toBe(t.resolved ? 1 : 0);
      expect(call.speedOfAnswer).toBe(t.answered ? t.wait * 1000 : Number.NaN);
      expect(call.handleTime).toBe(t.talk * 1000);
      expect(call.csat).toBe(t.rating);
      expect(call.resolved).toBeNaN();
      expect(call.agent).toBe(t.agent);
      expect(call.category).toBe(t.topic);
    });
  });

  it("says which row holds a flag it cannot read, and keeps the call", () => {
    const bad = values.map((row) => [...row]);
    bad[5][5] = "perhaps";
    const read = readTicketLog(bad, detection.columns, { timeZone: ZONE });
    expect(read.tickets).toHaveLength(truth.length);
    expect(read.tickets[4].answered).toBeNaN();
    expect(read.problems.join(" ")).toContain('Row 6: Answered (yes/no) holds "perhaps"');
  });
});

describe("other exports' call columns", () => {
  const detect = (headers: string[], sample: unknown[][]) => detectTicketColumns(headers, { sample }).columns;

  it("Five9-style: SPEED OF ANSWER, HANDLE TIME, ABANDONED 1/0, a full timestamp", () => {
    const at = new Date(Date.UTC(2026, 9, 1, 14));
    expect(
      detect(
        ["CALL ID", "TIMESTAMP", "AGENT NAME", "SKILL", "ABANDONED", "SPEED OF ANSWER", "HANDLE TIME"],
        [
          ["1", at, "Ann", "Billing", 0, 12, "0:05:10"],
          ["2", at, "", "Billing", 1, "", ""],
        ],
      ),
    ).toMatchObject({
      created: "TIMESTAMP",
      abandoned: "ABANDONED",
      speedOfAnswer: "SPEED OF ANSWER",
      handleTime: "HANDLE TIME",
    });
  });

  it("Talkdesk-style: Wait Time and Talk Time make a call log; a wait time there is the wait to answer", () => {
    const at = new Date(Date.UTC(2026, 9, 1, 14));
    const values = [
      ["Call ID", "Start Time", "Agent Name", "Wait Time", "Talk Time"],
      ["a", at, "Ann", 20, 300],
      ["b", at, "Bo", 40, 120],
    ];
    const columns = detect(values[0] as string[], values.slice(1));
    expect(columns).toMatchObject({ created: "Start Time", handleTime: "Talk Time" });
    const log = readTicketLog(values, columns, { timeZone: "UTC" });
    expect(log.layout).toBe("contacts");
    expect(log.tickets.map((c) => [c.speedOfAnswer, c.handleTime])).toEqual([
      [20_000, 300_000],
      [40_000, 120_000],
    ]);
  });

  it("German headers: Datum, Uhrzeit, Angenommen (ja/nein), Bearbeitungszeit", () => {
    const day = new Date(Date.UTC(2026, 9, 1));
    const values = [
      ["Datum", "Uhrzeit", "Mitarbeiter", "Angenommen (ja/nein)", "Bearbeitungszeit (Sek.)"],
      [day, "09:30:00", "Anna", "ja", 240],
      [day, "10:00:00", "Jonas", "nein", ""],
    ];
    const columns = detect(values[0] as string[], values.slice(1));
    expect(columns).toMatchObject({
      created: "Datum",
      timeOfDay: "Uhrzeit",
      answered: "Angenommen (ja/nein)",
      handleTime: "Bearbeitungszeit (Sek.)",
    });
    const log = readTicketLog(values, columns, { timeZone: "Europe/Berlin" });
    expect(log.tickets.map((c) => [c.created, c.answered, c.handleTime])).toEqual([
      [Date.UTC(2026, 9, 1, 7, 30), 1, 240_000],
      [Date.UTC(2026, 9, 1, 8), 0, Number.NaN],
    ]);
  });

  it("a ticket log's full timestamp in a Time column stays its created time", () => {
    const at = new Date(Date.UTC(2026, 9, 1, 14));
    expect(detect(["Ticket ID", "Time", "Status"], [["1", at, "Open"]])).toEqual({
      id: "Ticket ID",
      created: "Time",
      status: "Status",
    });
  });
});
