/**
 * SPARKLINE cells read for the page: the formula's references parsed, the data range's computed
 * values read from the offline spreadsheet (blanks and text left out unless the options say
 * otherwise), and anything the page cannot draw giving null instead of breaking the grid.
 */
import { describe, expect, it } from "vitest";
import { sheetView } from "../../playground/sheet-view";
import { parseSparkline, SPARKLINE_BLUE, sparklineView } from "../../playground/sparkline";
import { createOfflineServices } from "../../src/offline/services";

/** A spreadsheet with "Sheet1" and a tab named with a quote and a space, both loaded. */
function book(sheet1: unknown[][], other: unknown[][] = [[]]) {
  const offline = createOfflineServices();
  const spreadsheet = offline.spreadsheet;
  const home = spreadsheet.sheet("Sheet1")!;
  home.loadValues(sheet1, { parse: true });
  const tab = spreadsheet.addSheet("Bob's data");
  tab.loadValues(other, { parse: true });
  return { spreadsheet, home, tab };
}

describe("parseSparkline", () => {
  it("reads the data and options references as the report and people write them", () => {
    expect(parseSparkline("=SPARKLINE(M9:X9;$Z$9:$AA$13)")).toEqual({
      data: { sheet: null, row: 9, column: 13, lastRow: 9, lastColumn: 24 },
      options: { sheet: null, row: 9, column: 26, lastRow: 13, lastColumn: 27 },
    });
    expect(parseSparkline("= sparkline( 'Bob''s data'!B3:b1 , Opts!A1:B2 )")).toEqual({
      data: { sheet: "Bob's data", row: 1, column: 2, lastRow: 3, lastColumn: 2 },
      options: { sheet: "Opts", row: 1, column: 1, lastRow: 2, lastColumn: 2 },
    });
    expect(parseSparkline("=SPARKLINE(A2:A)")?.data).toEqual({
      sheet: null,
      row: 2,
      column: 1,
      lastRow: null,
      lastColumn: 1,
    });
  });

  it("gives null for what it does not read", () => {
    for (const formula of [
      "=SUM(A1:A3)",
      "=SPARKLINE()",
      "=SPARKLINE(A1:A3",
      "=SPARKLINE(A1:A3;B1:C2;D1)",
      '=SPARKLINE(A1:A3;{"charttype","bar"})',
      "=SPARKLINE(FILTER(A1:A9;B1:B9))",
      '=SPARKLINE("text")',
      "=SPARKLINE(A0:A3)",
      "=SPARKLINE(A)",
      "=SPARKLINE('unclosed!A1:A3)",
      "=IF(TRUE;SPARKLINE(A1:A3);0)",
    ])
      expect(parseSparkline(formula), formula).toBeNull();
  });
});

describe("sparklineView", () => {
  it("plots the numbers of the range, leaving out blanks and text, with Sheets' defaults", () => {
    const { spreadsheet, home } = book([[3, "", "n/a", 5, "=A1*3"]]);
    expect(sparklineView(spreadsheet, home, "=SPARKLINE(A1:E1)")).toEqual({
      points: [3, 5, 9],
      labels: ["3", "5", "9"],
      color: SPARKLINE_BLUE,
      lineWidth: 1,
      min: null,
      max: null,
      rtl: false,
    });
  });

  it("honours the options range: empty, nan, color, linewidth, ymin, ymax, rtl", () => {
    const { spreadsheet, home } = book([
      [3, "", "n/a", 5],
      ["charttype", "line"],
      ["empty", "zero"],
      ["nan", "convert"],
      ["color", "#1a73e8"],
      ["linewidth", 2],
      ["ymin", 0],
      ["ymax", 10],
      ["rtl", true],
    ]);
    expect(sparklineView(spreadsheet, home, "=SPARKLINE(A1:D1;A2:B9)")).toEqual({
      points: [3, 0, 0, 5],
      labels: ["3", "0", "0", "5"],
      color: "#1a73e8",
      lineWidth: 2,
      min: 0,
      max: 10,
      rtl: true,
    });
  });

  it("reads another tab, a column, open-ended ranges, and labels as the cells display them", () => {
    const { spreadsheet, home, tab } = book([[]], [[0.5], [""], [0.25], ["=A1+A3"]]);
    tab.getRange("A1:A4").setNumberFormat("0.0%");
    const view = sparklineView(spreadsheet, home, "=SPARKLINE('Bob''s data'!A1:A)");
    expect(view?.points).toEqual([0.5, 0.25, 0.75]);
    expect(view?.labels).toEqual(["50.0%", "25.0%", "75.0%"]);
    // Two columns are (x, y) pairs: the second column is plotted, whichever corner comes first.
    tab.getRange("B1:B4").setValues([[1], [2], [3], [4]]);
    expect(sparklineView(spreadsheet, home, "=SPARKLINE('Bob''s data'!B4:A1)")?.points).toEqual([1, 2, 3, 4]);
  });

  it("gives null when nothing can be drawn", () => {
    const { spreadsheet, home } = book([
      [1, 2, 3],
      ["charttype", "bar"],
      ["x", "y"],
    ]);
    for (const formula of [
      "=SPARKLINE(A1:C1;A2:B2)",
      "=SPARKLINE(A1:C1;A2:A2)",
      "=SPARKLINE(Nowhere!A1:C1)",
      "=SPARKLINE(A1:C3)",
      "=SPARKLINE(D1:F1)",
      "=SPARKLINE(A1:ZZZ99999999)",
      "=SPARKLINE(A1:C1;Nowhere!A1:B2)",
    ])
      expect(sparklineView(spreadsheet, home, formula), formula).toBeNull();
  });
});

describe("sheetView", () => {
  it("sends a sparkline for a SPARKLINE cell, none for one with an error or another formula", () => {
    const { spreadsheet, home } = book([
      [4, 1, 7],
      ["colour", "red"],
      ["=SPARKLINE(A1:C1)", "=SPARKLINE(A1:C1;A2:B2)", "=SUM(A1:C1)"],
    ]);
    const row = sheetView(spreadsheet, home).cells[2];
    expect(row[0].sp?.points).toEqual([4, 1, 7]);
    expect(row[0].t).toBe("");
    expect(row[1].k).toBe("e");
    expect(row[1].sp).toBeUndefined();
    expect(row[2].sp).toBeUndefined();
  });
});
