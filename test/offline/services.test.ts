import { describe, expect, it } from "vitest";
import { createOfflineServices } from "../../src/offline/services";
import type { Services } from "../../src/platform/services";

describe("createOfflineServices", () => {
  it("is the add-on's Services and starts like a new spreadsheet", () => {
    const offline = createOfflineServices();
    const services: Services = offline;
    const ss = services.spreadsheetApp.getActiveSpreadsheet();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Sheet1"]);
    expect(ss.getSpreadsheetTimeZone()).toBe("UTC");
    expect(ss.getSpreadsheetLocale()).toBe("en_US");
  });

  it("loads the given tabs as values, text kept as text, without counting", () => {
    const when = new Date("2026-10-01T09:00:00Z");
    const offline = createOfflineServices({
      sheets: {
        Tickets: [
          ["id", "category"],
          [1, '=HYPERLINK("x")'],
          [2, when],
        ],
      },
    });
    expect(offline.calls.total).toBe(0);
    const values = offline.spreadsheet.sheet("Tickets")!.peekValues();
    expect(values).toEqual([
      ["id", "category"],
      [1, '=HYPERLINK("x")'],
      [2, when],
    ]);
    expect(offline.spreadsheet.formulaErrors()).toEqual([]);
  });

  it("counts every call on every service object, per method", () => {
    const offline = createOfflineServices();
    const { spreadsheetApp: app } = offline;
    const ss = app.getActiveSpreadsheet();
    const sheet = ss.getSheets()[0];
    sheet
      .getRange(1, 1, 1, 1)
      .setValues([["x"]])
      .setFontWeight("bold");
    sheet
      .newChart()
      .asLineChart()
      .addRange(sheet.getRange(1, 1, 1, 1))
      .build();
    app.newConditionalFormatRule().whenFormulaSatisfied("=A1").build();
    app.flush();
    offline.propertiesService.getDocumentProperties().getProperty("k");
    const lock = offline.lockService.getDocumentLock();
    lock.tryLock(10);
    lock.releaseLock();
    app.getUi().alert("hi");
    offline.htmlService.createHtmlOutputFromFile("Sidebar").setTitle("t");
    expect(offline.calls.byMethod()).toEqual({
      "ConditionalFormatRuleBuilder.build": 1,
      "ConditionalFormatRuleBuilder.whenFormulaSatisfied": 1,
      "EmbeddedChartBuilder.addRange": 1,
      "EmbeddedChartBuilder.asLineChart": 1,
      "EmbeddedChartBuilder.build": 1,
      "HtmlOutput.setTitle": 1,
      "HtmlService.createHtmlOutputFromFile": 1,
      "Lock.releaseLock": 1,
      "Lock.tryLock": 1,
      "LockService.getDocumentLock": 1,
      "Properties.getProperty": 1,
      "PropertiesService.getDocumentProperties": 1,
      "Range.setFontWeight": 1,
      "Range.setValues": 1,
      "Sheet.getRange": 2,
      "Sheet.newChart": 1,
      "Spreadsheet.getSheets": 1,
      "SpreadsheetApp.flush": 1,
      "SpreadsheetApp.getActiveSpreadsheet": 1,
      "SpreadsheetApp.getUi": 1,
      "SpreadsheetApp.newConditionalFormatRule": 1,
      "Ui.alert": 1,
    });
    expect(offline.calls.total).toBe(23);
    expect(offline.spreadsheetApp.flushes).toBe(1);
    offline.calls.reset();
    offline.spreadsheet.sheet("Sheet1")!.peekValues();
    expect(offline.calls.total).toBe(0);
  });
});
