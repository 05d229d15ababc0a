/**
 * CSV import (playground/csv.ts): what real ticket exports contain, and files it must refuse with a
 * reason. Expected instants are written with their UTC offsets, looked up by hand for each zone.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type CsvResult, parseCsv, parseTimestamp } from "../../playground/csv";

const SHARED_DATA = join(import.meta.dirname, "../../../shared/data");
const NEW_YORK = "America/New_York";
const BERLIN = "Europe/Berlin";

function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function rowsOf(result: CsvResult): unknown[][] {
  if (!result.ok) throw new Error(`expected the file to load, got: ${result.message}`);
  return result.rows;
}

function messageOf(result: CsvResult): string {
  if (result.ok) throw new Error("expected the file to be refused");
  return result.message;
}

describe("parseCsv: as Sheets' File → Import reads it", () => {
  it("ends a row at any mix of CRLF, LF and CR outside quotes, and keeps line breaks inside them", () => {
    const text =
      'ID,Subject,Category\r\n1,First,Sales\n2,"two\r\nlines",Returns\r3,Third,Shipping\r\n4,Fourth,Sales';
    const result = parseCsv(bytes(text), "mixed-endings.csv", { timeZone: "UTC" });
    expect(rowsOf(result)).toEqual([
      ["ID", "Subject", "Category"],
      [1, "First", "Sales"],
      [2, "two\r\nlines", "Returns"],
      [3, "Third", "Shipping"],
      [4, "Fourth", "Sales"],
    ]);
  });

  it("decides each column's date order from its values: a day above 12 makes the column day-first", () => {
    // A day-first export: 05/03 is the 5th of March because 13/03 in the same column can only be.
    const text = "Created,Resolved\n05/03/2026 09:00,03/05/2026\n13/03/2026 10:30,04/13/2026\n";
    const result = parseCsv(bytes(text), "day-first.csv", { timeZone: BERLIN, locale: "en_US" });
    expect(rowsOf(result).slice(1)).toEqual([
      [new Date("2026-03-05T08:00:00Z"), new Date("2026-03-04T23:00:00Z")],
      [new Date("2026-03-13T09:30:00Z"), new Date("2026-04-12T22:00:00Z")],
    ]);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it("reads a column every date of which could be either in the spreadsheet's locale, and says so", () => {
    const text = "Created\n05/03/2026\n06/03/2026\n";
    const us = parseCsv(bytes(text), "ambiguous.csv", { timeZone: "UTC", locale: "en_US" });
    expect(rowsOf(us)[1]).toEqual([new Date("2026-05-03T00:00:00Z")]);
    expect(us.ok && us.warnings).toEqual([
      'Column "Created": every date (such as 05/03/2026) could be day/month or month/day; read as month/day, as the spreadsheet\'s locale (en_US) writes dates.',
    ]);
    const german = parseCsv(bytes(text), "ambiguous.csv", { timeZone: "UTC", locale: "de_DE" });
    expect(rowsOf(german)[1]).toEqual([new Date("2026-03-05T00:00:00Z")]);
    expect(german.ok && german.warnings[0]).toMatch(
      /read as day\/month, as the spreadsheet's locale \(de_DE\)/,
    );
  });

  it("reads year-first timestamps with '/' and fractional seconds as date-times", () => {
    const text = "Created\n2010/01/13 08:40:25.000\n2010/1/13 08:40:25.5\n";
    const rows = rowsOf(parseCsv(bytes(text), "slashes.csv", { timeZone: "UTC" }));
    expect(rows.slice(1)).toEqual([
      [new Date("2010-01-13T08:40:25.000Z")],
      [new Date("2010-01-13T08:40:25.500Z")],
    ]);
  });

  it("keeps as text what would become an infinite number or lose leading zeros or digits", () => {
    const text = "ID,Amount\n302e452,1e3\n00123,12\n4111111111111111,-0.5\n";
    const rows = rowsOf(parseCsv(bytes(text), "ids.csv", { timeZone: "UTC" }));
    expect(rows.slice(1)).toEqual([
      ["302e452", 1000],
      ["00123", 12],
      ["4111111111111111", -0.5],
    ]);
  });
});

describe("parseCsv: what exports contain", () => {
  it("drops a UTF-8 byte-order mark from the first header", () => {
    const withBom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...bytes("Created,Category\n2026-03-01 09:00,Returns\n"),
    ]);
    const rows = rowsOf(parseCsv(withBom, "bom.csv", { timeZone: "UTC" }));
    expect(rows[0]).toEqual(["Created", "Category"]);
    expect(rows[1]).toEqual([new Date("2026-03-01T09:00:00Z"), "Returns"]);
  });

  it("keeps quoted fields with line breaks, commas and doubled quotes as one cell", () => {
    const text =
      'ID,Subject,Category\r\n1,"Line one\r\nline two, with ""quotes""",Returns\r\n2,Plain,Sales\r\n';
    const rows = rowsOf(parseCsv(bytes(text), "quoted.csv", { timeZone: "UTC" }));
    expect(rows).toEqual([
      ["ID", "Subject", "Category"],
      [1, 'Line one\r\nline two, with "quotes"', "Returns"],
      [2, "Plain", "Sales"],
    ]);
  });

  it("reads M/D/YYYY timestamps in the spreadsheet's zone, across a DST change", () => {
    // US DST began on 2026-03-08 at 02:00: EST (UTC−5) before, EDT (UTC−4) after.
    const text = [
      "Created,Resolved",
      "3/8/2026 1:30 AM,3/8/2026 3:30 PM",
      "3/7/2026,12/31/2026 11:59:59 PM",
      "3/9/2026 12:15 AM,3/9/2026 12:00 PM",
      "3/9/2026 14:05,3/9/2026 14:05:09",
    ].join("\n");
    const rows = rowsOf(parseCsv(bytes(text), "us.csv", { timeZone: NEW_YORK }));
    expect(rows.slice(1)).toEqual([
      [new Date("2026-03-08T01:30:00-05:00"), new Date("2026-03-08T15:30:00-04:00")],
      [new Date("2026-03-07T00:00:00-05:00"), new Date("2026-12-31T23:59:59-05:00")],
      [new Date("2026-03-09T00:15:00-04:00"), new Date("2026-03-09T12:00:00-04:00")],
      [new Date("2026-03-09T14:05:00-04:00"), new Date("2026-03-09T14:05:09-04:00")],
    ]);
  });

  it("reads YYYY-MM-DD hh:mm[:ss] timestamps in the spreadsheet's zone, and honours a stated offset", () => {
    // Berlin: CET (UTC+1) until 2026-03-29 02:00, then CEST (UTC+2).
    const text = [
      "Created,Resolved",
      "2026-03-28 23:10:05,2026-03-29 10:00",
      "2026-03-29T08:00:00Z,2026-03-29 08:00:00+05:30",
    ].join("\n");
    const rows = rowsOf(parseCsv(bytes(text), "iso.csv", { timeZone: BERLIN }));
    expect(rows.slice(1)).toEqual([
      [new Date("2026-03-28T23:10:05+01:00"), new Date("2026-03-29T10:00:00+02:00")],
      [new Date("2026-03-29T08:00:00Z"), new Date("2026-03-29T02:30:00Z")],
    ]);
  });

  it("leaves what is not a real date, and text that looks like a formula, as text", () => {
    const zone = NEW_YORK;
    expect(parseTimestamp("2/30/2026", zone)).toBeNull();
    expect(parseTimestamp("13/1/2026", zone)).toBeNull();
    expect(parseTimestamp("2026-02-29 10:00", zone)).toBeNull();
    expect(parseTimestamp("3/1/2026 13:00 PM", zone)).toBeNull();
    expect(parseTimestamp("2026-03-01 24:00", zone)).toBeNull();
    const text = 'ID,Note,Amount\n00123,=HYPERLINK("x"),"1,234.5"\n-7,+1 555 0100,3e2\n';
    const rows = rowsOf(parseCsv(bytes(text), "mixed.csv", { timeZone: zone }));
    expect(rows.slice(1)).toEqual([
      ["00123", '=HYPERLINK("x")', 1234.5],
      [-7, "+1 555 0100", 300],
    ]);
  });

  it("drops blank trailing rows and empty trailing columns, pads short rows and says so", () => {
    const text = "Created,Category,,\n2026-01-05 10:00,Returns,,\n2026-01-06 11:00\n\n,,,\n  ,  \n\n";
    const result = parseCsv(bytes(text), "trailing.csv", { timeZone: "UTC" });
    expect(rowsOf(result)).toEqual([
      ["Created", "Category"],
      [new Date("2026-01-05T10:00:00Z"), "Returns"],
      [new Date("2026-01-06T11:00:00Z"), ""],
    ]);
    expect(result.ok && result.dataRows).toBe(2);
    expect(result.ok && result.warnings.join(" ")).toMatch(/fewer fields.*\b3\b/);
  });

  it("reads a Windows-1252 export (not valid UTF-8) and a UTF-16 one with its BOM", () => {
    const latin = new Uint8Array([...bytes("Agent\n"), 0x43, 0x61, 0x66, 0xe9, 0x0a]); // "Café"
    expect(rowsOf(parseCsv(latin, "latin.csv", { timeZone: "UTC" }))[1]).toEqual(["Café"]);
    const text = "Agent\tCategory\nZoë\tSales\n";
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + 2 * i] = text.charCodeAt(i);
    expect(rowsOf(parseCsv(utf16, "unicode.txt", { timeZone: "UTC" }))).toEqual([
      ["Agent", "Category"],
      ["Zoë", "Sales"],
    ]);
  });

  it("reads a real event log export (PrepBench 059): every row, every timestamp a Date", () => {
    const file = join(SHARED_DATA, "prepbench059_ticket_events_part1.csv");
    const raw = readFileSync(file);
    const lines = raw
      .toString("utf8")
      .split(/\r?\n/)
      .filter((l) => l.trim() !== "");
    const rows = rowsOf(parseCsv(raw, "part1.csv", { timeZone: "Europe/London" }));
    expect(rows.length).toBe(lines.length);
    expect(rows[0][0]).toBe("Timestamp");
    const first = lines[1].split(",")[0]; // "YYYY-MM-DD hh:mm:ss", in winter: London is on UTC
    expect(rows[1][0]).toEqual(new Date(`${first.replace(" ", "T")}Z`));
    expect(rows.slice(1).every((row) => row[0] instanceof Date)).toBe(true);
  });
});

describe("parseCsv: files it cannot read say why", () => {
  const options = { timeZone: "UTC" };

  it.each([
    [
      "an image",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      /an image, not CSV text/,
    ],
    ["an Excel workbook", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), /Excel \.xlsx/],
    ["a binary file", new Uint8Array([0x43, 0x72, 0x65, 0x00, 0x01, 0x02, 0x41]), /a binary file/],
    ["an empty file", new Uint8Array(0), /the file is empty/],
    ["only blank lines", bytes("\n\r\n   \n"), /the file is empty/],
    ["only delimiters", bytes(",,,\n,,\n"), /no values/],
  ])("%s", (_, data, why) => {
    const message = messageOf(parseCsv(data, "upload.csv", options));
    expect(message).toMatch(/^Cannot load upload\.csv: /);
    expect(message).toMatch(why);
  });

  it("no header row: the first row holds data", () => {
    const message = messageOf(
      parseCsv(bytes("T-1,3/1/2026 9:00,Returns\nT-2,3/2/2026 9:00,Sales\n"), "x.csv", options),
    );
    expect(message).toContain('the first row holds data ("3/1/2026 9:00" in column 2)');
  });

  it("a header row and nothing below it", () => {
    expect(messageOf(parseCsv(bytes("Created,Category\n\n"), "x.csv", options))).toMatch(/no data rows/);
  });

  it("rows with more fields than the header, naming them", () => {
    const text =
      "Created,Category\n2026-01-01 10:00,Sales\n2026-01-02 10:00,Sales,extra\n2026-01-03 10:00,a,b,c\n";
    const message = messageOf(parseCsv(bytes(text), "x.csv", options));
    expect(message).toContain("row 3, 4 (counting the header as row 1)");
    expect(message).toContain("more fields than the 2 columns");
  });

  it("a quote that is never closed", () => {
    const text = 'Created,Subject\n2026-01-01 10:00,"Broken\n2026-01-02 10:00,Fine\n';
    expect(messageOf(parseCsv(bytes(text), "x.csv", options))).toMatch(/row 2 is never closed/);
  });

  it("too large, in bytes or in cells", () => {
    const text = `Created,Category\n${"2026-01-01 10:00,Sales\n".repeat(50)}`;
    expect(messageOf(parseCsv(bytes(text), "big.csv", { ...options, maxBytes: 100 }))).toMatch(
      /the file is 2 KB, more than the 1 KB/,
    );
    expect(messageOf(parseCsv(bytes(text), "big.csv", { ...options, maxCells: 99 }))).toMatch(
      /51 rows × 2 columns, more than the 99 cells/,
    );
  });
});
