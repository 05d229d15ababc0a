import { describe, expect, it } from "vitest";
import { createOfflineServices } from "../../src/offline/services";

function setup(timeZone?: string) {
  const offline = createOfflineServices({ timeZone });
  const sheet = offline.spreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  return { offline, sheet, own: offline.spreadsheet.sheet("Sheet1")! };
}

/** "yyyy-mm-dd hh:mm" of an instant in a zone, computed by Intl (independently of the sheet). */
function wallClock(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

describe("Range values", () => {
  it("requires data of exactly the range's size, with Sheets' messages", () => {
    const { sheet } = setup();
    expect(() =>
      sheet.getRange(1, 1, 3, 2).setValues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.",
    );
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
  });

  it("parses what it writes like Sheets: formulas, apostrophe text, numbers, booleans", () => {
    const { sheet } = setup();
    const range = sheet.getRange(1, 1, 1, 7);
    range.setValues([['\'=HYPERLINK("x")', '=HYPERLINK("x")', "12", "-3.5", "TRUE", "'12", "=1+1"]]);
    expect(range.getValues()).toEqual([['=HYPERLINK("x")', "x", 12, -3.5, true, "12", 2]]);
    expect(range.getFormulas()).toEqual([["", '=HYPERLINK("x")', "", "", "", "", "=1+1"]]);
    expect(range.getDisplayValues()).toEqual([['=HYPERLINK("x")', "x", "12", "-3.5", "TRUE", "12", "2"]]);
  });

  it("keeps text as text in cells formatted as plain text ('@')", () => {
    const { sheet } = setup();
    const range = sheet.getRange(1, 1, 1, 2);
    range.setNumberFormat("@");
    range.setValues([["=1+1", "007"]]);
    expect(range.getValues()).toEqual([["=1+1", "007"]]);
    expect(range.getFormulas()).toEqual([["", ""]]);
  });

  it("reads blanks as '' and dates as a fresh Date on every read", () => {
    const { sheet } = setup();
    const when = new Date("2026-10-05T12:30:00Z");
    sheet.getRange(2, 2, 1, 1).setValues([[when]]);
    when.setFullYear(2000);
    const range = sheet.getRange(1, 1, 2, 2);
    const first = range.getValues();
    expect(first).toEqual([
      ["", ""],
      ["", new Date("2026-10-05T12:30:00Z")],
    ]);
    first[1][1].setFullYear(1999);
    const second = range.getValues();
    expect(second[1][1]).toEqual(new Date("2026-10-05T12:30:00Z"));
    expect(second[1][1]).not.toBe(first[1][1]);
  });

  it("treats dates as formatted numbers, as Sheets does", () => {
    const { sheet } = setup("UTC");
    const range = sheet.getRange(1, 1, 1, 2);
    range.setValues([[46023.5, new Date(Date.UTC(2026, 0, 1, 12))]]);
    range.setNumberFormats([["yyyy-mm-dd", "0.00"]]);
    expect(range.getValues()).toEqual([[new Date(Date.UTC(2026, 0, 1, 12)), 46023.5]]);
    expect(range.getNumberFormats()).toEqual([["yyyy-mm-dd", "0.00"]]);
    expect(sheet.getRange(2, 1, 1, 2).getNumberFormats()).toEqual([
      ["0.###############", "0.###############"],
    ]);
  });

  it("renders display values with number formats", () => {
    const { sheet } = setup();
    const range = sheet.getRange(1, 1, 1, 4);
    range.setValues([[0.256, 3.14, 1234.5, "no data"]]);
    range.setNumberFormats([["0.0%", "0.0", "#,##0.00", "0.0%"]]);
    expect(range.getDisplayValues()).toEqual([["25.6%", "3.1", "1,234.50", "no data"]]);
  });

  it("renders date-times in the spreadsheet's time zone, across a DST change", () => {
    for (const timeZone of ["Australia/Adelaide", "America/New_York", "Europe/Berlin"]) {
      const { sheet } = setup(timeZone);
      const instants = [
        new Date("2026-10-04T15:45:00Z"),
        new Date("2026-03-29T00:59:00Z"),
        new Date("2026-11-01T06:10:00Z"),
      ];
      const range = sheet.getRange(1, 1, 1, 3);
      range.setValues([instants]);
      range.setNumberFormat("yyyy-mm-dd hh:mm");
      expect(range.getDisplayValues()[0]).toEqual(instants.map((d) => wallClock(d, timeZone)));
      expect(range.getValues()[0]).toEqual(instants);
    }
  });

  it("shows a written date-time with Sheets' default date-time format", () => {
    const { sheet } = setup("Asia/Kolkata");
    const range = sheet.getRange(1, 1, 1, 1);
    range.setValues([[new Date("2026-01-31T20:00:05Z")]]); // 1 Feb 01:30:05 in India (+05:30)
    expect(range.getDisplayValues()).toEqual([["2/1/2026 1:30:05"]]);
    expect(range.getNumberFormats()).toEqual([["M/d/yyyy H:mm:ss"]]);
  });

  it("describes itself", () => {
    const { sheet } = setup();
    const range = sheet.getRange(5, 2, 5, 3);
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([
      5, 2, 5, 3,
    ]);
    expect(range.getA1Notation()).toBe("B5:D9");
    expect(range.getSheet()).toBe(sheet);
  });

  it("writes and reads 100,000 × 12 cells in one call each, the same number of calls as 1,000", () => {
    const callsFor = (rows: number) => {
      const { offline, sheet } = setup();
      sheet.insertRowsAfter(sheet.getMaxRows(), rows);
      const data = Array.from({ length: rows }, (_, i) => [
        i,
        `T-${i}`,
        new Date(1.7e12 + i * 60_000),
        "email",
        "+A1",
        i % 5,
        "",
        true,
        "12",
        3.5,
        "'=x",
        null,
      ]);
      offline.calls.reset();
      const range = sheet.getRange(1, 1, rows, 12);
      range.setValues(data);
      const back = range.getValues();
      expect(back).toHaveLength(rows);
      const last = rows - 1;
      expect(back[last]).toEqual([
        last,
        `T-${last}`,
        new Date(1.7e12 + last * 60_000),
        "email",
        "+A1",
        last % 5,
        "",
        true,
        12,
        3.5,
        "=x",
        "",
      ]);
      return offline.calls.byMethod();
    };
    const small = callsFor(1_000);
    expect(callsFor(100_000)).toEqual(small);
    expect(small).toEqual({ "Range.getValues": 1, "Range.setValues": 1, "Sheet.getRange": 1 });
  });
});

describe("Range formats", () => {
  it("stores formats per cell; null resets to Sheets' default", () => {
    const { sheet, own } = setup();
    const range = sheet.getRange(1, 1, 2, 2);
    range
      .setNumberFormat("0.0%")
      .setFontWeight("bold")
      .setFontSize(14)
      .setFontColor("#1a73e8")
      .setBackground("#e8f0fe")
      .setHorizontalAlignment("center")
      .setVerticalAlignment("middle")
      .setWrap(true)
      .setNote("from the ticket log");
    expect(own.cellFormat(2, 2)).toEqual({
      numberFormat: "0.0%",
      fontWeight: "bold",
      fontSize: 14,
      fontColor: "#1a73e8",
      background: "#e8f0fe",
      horizontalAlignment: "center",
      verticalAlignment: "middle",
      wrap: true,
      note: "from the ticket log",
      merge: null,
    });
    sheet
      .getRange(2, 2, 1, 1)
      .setFontWeight(null)
      .setBackground(null)
      .setNote(null)
      .setHorizontalAlignment("normal");
    const reset = own.cellFormat(2, 2);
    expect([reset.fontWeight, reset.background, reset.note, reset.horizontalAlignment]).toEqual([
      "normal",
      "#ffffff",
      "",
      null,
    ]);
    expect(own.cellFormat(3, 3).numberFormat).toBeNull();
    expect(() => range.setFontWeight("heavy" as "bold")).toThrow(/font weight/);
  });

  it("sets per-cell formats from 2-D arrays of the range's size", () => {
    const { sheet, own } = setup();
    const range = sheet.getRange(1, 1, 1, 3);
    range.setNumberFormats([["0", "0.0", "0.00%"]]);
    range.setFontWeights([["bold", null, "normal"]]);
    range.setBackgrounds([["#ff0000", "", "#00ff00"]]);
    range.setFontColors([["#111111", "#222222", "#333333"]]);
    expect([1, 2, 3].map((c) => own.cellFormat(1, c).numberFormat)).toEqual(["0", "0.0", "0.00%"]);
    expect([1, 2, 3].map((c) => own.cellFormat(1, c).fontWeight)).toEqual(["bold", "normal", "normal"]);
    expect([1, 2, 3].map((c) => own.cellFormat(1, c).background)).toEqual(["#ff0000", "#ffffff", "#00ff00"]);
    expect(() => range.setBackgrounds([["#fff"]])).toThrow(/The data has 1 but the range has 3/);
  });

  it("merges keeping the top-left value, refuses to cut a merge, breaks apart", () => {
    const { sheet, own } = setup();
    sheet.getRange(1, 1, 2, 2).setValues([
      ["title", "lost"],
      ["gone", "too"],
    ]);
    sheet.getRange(1, 1, 2, 2).merge();
    expect(sheet.getRange(1, 1, 2, 2).getValues()).toEqual([
      ["title", ""],
      ["", ""],
    ]);
    expect(own.cellFormat(2, 2).merge).toBe("A1:B2");
    expect(() => sheet.getRange(2, 2, 2, 2).merge()).toThrow(/merged range/);
    expect(() => sheet.getRange(1, 1, 1, 1).breakApart()).toThrow(/merged range/);
    sheet.getRange(1, 1, 10, 10).breakApart();
    expect(own.layout().merges).toEqual([]);
  });

  it("clear() empties contents and formats, keeps notes", () => {
    const { sheet, own } = setup();
    const range = sheet.getRange(1, 1, 1, 2);
    range
      .setValues([["=1+1", "x"]])
      .setBackground("#ff0000")
      .setNote("keep me");
    range.clear();
    expect(range.getValues()).toEqual([["", ""]]);
    expect(own.cellFormat(1, 1).background).toBe("#ffffff");
    expect(own.cellFormat(1, 1).note).toBe("keep me");
    expect(own.formulaCount).toBe(0);
  });
});
