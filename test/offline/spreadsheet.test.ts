import { describe, expect, it } from "vitest";
import { createOfflineServices } from "../../src/offline/services";
import { OfflineSpreadsheet } from "../../src/offline/spreadsheet";

describe("Spreadsheet", () => {
  it("reports its id, name, time zone and locale", () => {
    const offline = createOfflineServices({ timeZone: "Europe/Berlin", locale: "de_DE" });
    const ss = offline.spreadsheetApp.getActiveSpreadsheet();
    expect(ss.getSpreadsheetTimeZone()).toBe("Europe/Berlin");
    expect(ss.getSpreadsheetLocale()).toBe("de_DE");
    expect(typeof ss.getId()).toBe("string");
    expect(typeof ss.getName()).toBe("string");
    expect(() => new OfflineSpreadsheet({ timeZone: "Nowhere/Town" })).toThrow(/Nowhere\/Town/);
  });

  it("inserts tabs at a 0-based index and makes the new tab active", () => {
    const offline = createOfflineServices();
    const ss = offline.spreadsheetApp.getActiveSpreadsheet();
    ss.insertSheet("Last", 1);
    ss.insertSheet("First", 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["First", "Sheet1", "Last"]);
    expect(ss.getActiveSheet().getName()).toBe("First");
    ss.setActiveSheet(ss.getSheets()[2]);
    expect(ss.getActiveSheet().getName()).toBe("Last");
    ss.getSheets()[1].activate();
    expect(ss.getActiveSheet().getName()).toBe("Sheet1");
  });

  it("refuses a duplicate name (ignoring case) like Sheets", () => {
    const offline = createOfflineServices();
    const ss = offline.spreadsheetApp.getActiveSpreadsheet();
    expect(() => ss.insertSheet("Sheet1", 1)).toThrow(
      'A sheet with the name "Sheet1" already exists. Please enter another name.',
    );
    expect(() => ss.insertSheet("SHEET1", 1)).toThrow(/already exists/);
  });

  it("finds tabs by name or gives null", () => {
    const offline = createOfflineServices({ sheets: { Tickets: [["id"]], Survey: [] } });
    const ss = offline.spreadsheetApp.getActiveSpreadsheet();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Tickets", "Survey"]);
    expect(ss.getSheetByName("Tickets")?.getName()).toBe("Tickets");
    expect(ss.getSheetByName("Missing")).toBeNull();
  });

  it("deletes tabs but never the last one", () => {
    const offline = createOfflineServices();
    const ss = offline.spreadsheetApp.getActiveSpreadsheet();
    const report = ss.insertSheet("Report", 1);
    ss.deleteSheet(report);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Sheet1"]);
    expect(ss.getActiveSheet().getName()).toBe("Sheet1");
    expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow("You can't remove all the sheets in a document.");
    expect(() => ss.deleteSheet(report)).toThrow(/not in this spreadsheet/);
  });

  it("replaces a tab's contents in place when loading with replace (CSV import)", () => {
    const offline = createOfflineServices({ sheets: { Tickets: [["old"]], Survey: [["s"]] } });
    offline.spreadsheet.loadSheet(
      "Tickets",
      [
        ["id", "created"],
        [1, "2026-10-01"],
      ],
      { replace: true },
    );
    const ss = offline.spreadsheetApp.getActiveSpreadsheet();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Tickets", "Survey"]);
    expect(ss.getSheetByName("Tickets")?.getDataRange().getValues()).toEqual([
      ["id", "created"],
      [1, "2026-10-01"],
    ]);
    expect(() => offline.spreadsheet.loadSheet("Survey", [])).toThrow(/already exists/);
  });
});

describe("loadSheet with fit", () => {
  it("sizes the grid to the data, so a log near the 10-million-cell limit fits", () => {
    const offline = createOfflineServices();
    const row = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    const rows = Array.from({ length: 1_000_000 }, () => row);
    expect(() => offline.spreadsheet.loadSheet("Big", rows)).toThrow(/10000000 cells/);
    const sheet = offline.spreadsheet.loadSheet("Fitted", rows, { fit: true });
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1_000_000, 9]);
    expect(sheet.getRange(1_000_000, 9, 1, 1).getValues()).toEqual([["i"]]);
  });
});
