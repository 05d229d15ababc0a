import { describe, expect, it } from "vitest";
import { METADATA_VISIBILITY } from "../../src/offline/enums";
import { createOfflineServices } from "../../src/offline/services";

function setup() {
  const offline = createOfflineServices();
  const spreadsheet = offline.spreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheets()[0];
  return { offline, spreadsheet, sheet, own: offline.spreadsheet.sheet("Sheet1")! };
}

describe("Sheet size and bounds", () => {
  it("starts with 1000 rows and 26 columns and refuses ranges outside them", () => {
    const { sheet } = setup();
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(sheet.getRange(1000, 26, 1, 1).getA1Notation()).toBe("Z1000");
    const outside = "The coordinates of the range are outside the dimensions of the sheet.";
    expect(() => sheet.getRange(1001, 1, 1, 1)).toThrow(outside);
    expect(() => sheet.getRange(1, 1, 1, 27)).toThrow(outside);
    expect(() => sheet.getRange(990, 1, 20, 1)).toThrow(outside);
  });

  it("checks getRange's numbers like Sheets", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1, 1, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange(1, 0, 1, 1)).toThrow("The starting column of the range is too small.");
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow("The number of rows in the range must be at least 1.");
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      "The number of columns in the range must be at least 1.",
    );
    expect(() => sheet.getRange(1.5, 1, 1, 1)).toThrow(/Cannot convert '1.5' to int/);
    expect(() => sheet.getRange(Number.NaN, 1, 1, 1)).toThrow(/Cannot convert 'NaN' to int/);
  });

  it("grows with insertRowsAfter / insertColumnsAfter, shifting what is below or right", () => {
    const { sheet, own } = setup();
    sheet.getRange(1, 1, 2, 2).setValues([
      ["a", "b"],
      ["c", "d"],
    ]);
    sheet.getRange(2, 1, 1, 1).setBackground("#ff0000");
    sheet.insertRowsAfter(1, 3);
    sheet.insertColumnsAfter(1, 2);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1003, 28]);
    expect(sheet.getRange(1, 1, 5, 4).getValues()).toEqual([
      ["a", "", "", "b"],
      ["", "", "", ""],
      ["", "", "", ""],
      ["", "", "", ""],
      ["c", "", "", "d"],
    ]);
    expect(own.cellFormat(5, 1).background).toBe("#ff0000");
    sheet.insertRowsAfter(sheet.getMaxRows(), 500);
    expect(sheet.getRange(1503, 1, 1, 1).getA1Notation()).toBe("A1503");
    expect(() => sheet.insertRowsAfter(0, 1)).toThrow(/out of bounds/);
    expect(() => sheet.insertRowsAfter(1, 0)).toThrow(/at least 1/);
  });

  it("refuses to pass Sheets' 10-million-cell limit", () => {
    const { sheet } = setup();
    expect(() => sheet.insertRowsAfter(1000, 400_000)).toThrow(/above the limit of 10000000 cells/);
  });

  it("knows its last row and column with content, and its data range", () => {
    const { sheet } = setup();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1");
    sheet.getRange(7, 3, 1, 1).setValues([["x"]]);
    sheet.getRange(2, 5, 1, 1).setBackground("#ff0000");
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:C7");
    sheet.clear();
    expect(sheet.getLastRow()).toBe(0);
  });
});

describe("Sheet layout and metadata", () => {
  it("records frozen rows, widths, gridlines and tab color", () => {
    const { sheet, own } = setup();
    sheet.setFrozenRows(3);
    sheet.setFrozenColumns(1);
    sheet.setColumnWidth(1, 220);
    sheet.setColumnWidths(2, 3, 90);
    sheet.setHiddenGridlines(true);
    sheet.setTabColor("#1a73e8");
    expect(own.layout()).toEqual({
      maxRows: 1000,
      maxColumns: 26,
      frozenRows: 3,
      frozenColumns: 1,
      columnWidths: { 1: 220, 2: 90, 3: 90, 4: 90 },
      gridlinesHidden: true,
      hiddenColumns: [],
      tabColor: "#1a73e8",
      merges: [],
    });
    expect(() => sheet.setColumnWidth(27, 100)).toThrow(/outside the dimensions/);
  });

  it("hides columns, and keeps them hidden when columns are inserted before them", () => {
    const { sheet, own } = setup();
    sheet.hideColumns(3, 2);
    expect(own.layout().hiddenColumns).toEqual([3, 4]);
    sheet.insertColumnsAfter(1, 2);
    expect(own.layout().hiddenColumns).toEqual([5, 6]);
    expect(() => sheet.hideColumns(40, 1)).toThrow(/outside the dimensions/);
  });

  it("refuses to freeze rows through a merged cell", () => {
    const { sheet } = setup();
    sheet.getRange(2, 1, 2, 3).merge();
    expect(() => sheet.setFrozenRows(2)).toThrow(/merged cell/);
    sheet.setFrozenRows(3);
    sheet.setFrozenRows(1);
  });

  it("keeps developer metadata as key, value and visibility (DOCUMENT unless asked)", () => {
    const { spreadsheet, sheet, own } = setup();
    sheet.addDeveloperMetadata("support-kpis", "report:2026-10", METADATA_VISIBILITY.PROJECT);
    own.addDeveloperMetadata("other", "x");
    const found = own.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()]);
    expect(found).toEqual([
      ["support-kpis", "report:2026-10"],
      ["other", "x"],
    ]);
    expect(own.metadata()).toEqual([
      { key: "support-kpis", value: "report:2026-10", visibility: "PROJECT" },
      { key: "other", value: "x", visibility: "DOCUMENT" },
    ]);
    expect(() => sheet.addDeveloperMetadata("k", "v", "PROJECT")).toThrow(/visibility/);
    expect(spreadsheet.createDeveloperMetadataFinder().find()).toHaveLength(2);
  });

  it("hides another script's PROJECT metadata, from the tab and from the finder", () => {
    const { spreadsheet, sheet, own } = setup();
    own.addMetadataFrom("another-add-on", "support-kpis", "report:fake", "PROJECT");
    own.addMetadataFrom("another-add-on", "shared", "seen", "DOCUMENT");
    sheet.addDeveloperMetadata("support-kpis", "report:2026-10", METADATA_VISIBILITY.PROJECT);
    expect(own.getDeveloperMetadata().map((m) => m.getValue())).toEqual(["seen", "report:2026-10"]);
    const found = spreadsheet.createDeveloperMetadataFinder().withKey("support-kpis").find();
    expect(found.map((m) => [m.getValue(), m.getLocation().getSheet()?.getName()])).toEqual([
      ["report:2026-10", "Sheet1"],
    ]);
  });

  it("finds every tab's metadata with one finder, counted as one search, and forgets deleted tabs", () => {
    const { offline, spreadsheet, sheet } = setup();
    const second = spreadsheet.insertSheet("Second", 1);
    sheet.addDeveloperMetadata("support-kpis", "a", METADATA_VISIBILITY.PROJECT);
    second.addDeveloperMetadata("support-kpis", "b", METADATA_VISIBILITY.PROJECT);
    second.addDeveloperMetadata("other", "c", METADATA_VISIBILITY.PROJECT);
    offline.calls.reset();
    const found = spreadsheet.createDeveloperMetadataFinder().withKey("support-kpis").find();
    expect(found.map((m) => m.getValue())).toEqual(["a", "b"]);
    expect(offline.calls.of("DeveloperMetadataFinder.find")).toBe(1);
    expect(offline.calls.of("Sheet.getDeveloperMetadata")).toBe(0);
    spreadsheet.deleteSheet(second);
    expect(spreadsheet.createDeveloperMetadataFinder().withKey("support-kpis").find()).toHaveLength(1);
  });

  it("renames a tab, refusing a name another tab has in any case", () => {
    const { spreadsheet, sheet } = setup();
    spreadsheet.insertSheet("Tickets", 1);
    expect(() => sheet.setName("TICKETS")).toThrow(/already exists/);
    sheet.setName("SHEET1");
    expect(sheet.getName()).toBe("SHEET1");
    sheet.setName("Report");
    expect(spreadsheet.getSheetByName("report")).toBe(sheet);
  });

  it("knows its name, id and position; refuses use after deletion", () => {
    const { spreadsheet, sheet } = setup();
    const second = spreadsheet.insertSheet("Second", 0);
    expect(sheet.getName()).toBe("Sheet1");
    expect(sheet.getSheetId()).toBe(0);
    expect(second.getSheetId()).not.toBe(0);
    expect([second.getIndex(), sheet.getIndex()]).toEqual([1, 2]);
    const range = second.getRange(1, 1, 1, 1);
    spreadsheet.deleteSheet(second);
    expect(() => second.getName()).toThrow(/deleted/);
    expect(() => range.getValues()).toThrow(/deleted/);
  });
});

describe("Sheet snapshot and loading", () => {
  it("is byte-identical until anything about the tab changes", () => {
    const { sheet, own } = setup();
    own.loadValues([
      ["id", "created"],
      [1, new Date("2026-10-01T08:00:00Z")],
      ["=x", "'y"],
    ]);
    const before = own.snapshot();
    sheet.getRange(1, 1, 3, 2).getValues();
    sheet.getRange(1, 1, 3, 2).getDisplayValues();
    expect(own.snapshot()).toBe(before);
    for (const change of [
      () => sheet.getRange(3, 1, 1, 1).setValues([["=x"]]),
      () => sheet.getRange(5, 5, 1, 1).setFontWeight("bold"),
      () => sheet.setFrozenRows(1),
      () => sheet.addDeveloperMetadata("k", "v", METADATA_VISIBILITY.PROJECT),
    ]) {
      const previous = own.snapshot();
      change();
      expect(own.snapshot()).not.toBe(previous);
    }
    // Text that looks like a formula and a real formula differ; so do 1 and "1".
    const parsed = JSON.parse(before);
    expect(parsed.values[2]).toEqual(["=x", "'y"]);
    expect(parsed.values[1]).toEqual([1, { date: "2026-10-01T08:00:00.000Z" }]);
  });

  it("loads values as given, growing the tab, without counting calls", () => {
    const { offline, own } = setup();
    offline.calls.reset();
    const rows = Array.from({ length: 1500 }, (_, i) => [i, "=SUM(1;2)", "12"]);
    rows[0] = [
      "a",
      "b",
      "c",
      "d",
      "e",
      "f",
      "g",
      "h",
      "i",
      "j",
      "k",
      "l",
      "m",
      "n",
      "o",
      "p",
      "q",
      "r",
      "s",
      "t",
      "u",
      "v",
      "w",
      "x",
      "y",
      "z",
      "aa",
    ];
    own.loadValues(rows);
    expect(offline.calls.total).toBe(0);
    expect(own.layout().maxRows).toBe(1500);
    expect(own.layout().maxColumns).toBe(27);
    expect(own.peekValues("A1500:C1500")).toEqual([[1499, "=SUM(1;2)", "12"]]);
    own.loadValues([["=SUM(1;2)", "12"]], { row: 2, column: 2, parse: true });
    expect(own.peekValues("B2:C2")).toEqual([[3, 12]]);
  });
});
