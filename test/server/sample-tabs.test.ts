/**
 * Insert sample data in a new spreadsheet: the samples replace its untouched first tab (and only
 * that), and every sample column is wide enough for its header and its values, in every language.
 */
import { describe, expect, it } from "vitest";
import { createOfflineServices } from "../../src/offline/services";
import { lineWidth } from "../../src/report/grid";
import { buildSampleData } from "../../src/report/sample-data";
import { insertSampleData } from "../../src/server/endpoints";

const ZONE = "Asia/Shanghai";
const NOW = Date.UTC(2026, 10, 5, 12);

function names(offline: ReturnType<typeof createOfflineServices>): string[] {
  return offline.spreadsheet.allSheets().map((s) => s.name);
}

describe("Insert sample data in a new spreadsheet", () => {
  it("removes the new spreadsheet's empty first tab once the samples stand", () => {
    const offline = createOfflineServices({ timeZone: ZONE });
    const tabs = insertSampleData(offline, NOW);
    expect(names(offline)).toEqual(tabs);
  });

  it("keeps a first tab that holds anything, or that the user renamed, or beside other tabs", () => {
    const cases: Record<string, unknown[][]>[] = [
      { Sheet1: [["my note"]] },
      { Planning: [] },
      { Sheet1: [], Other: [["x"]] },
    ];
    for (const sheets of cases) {
      const offline = createOfflineServices({ timeZone: ZONE, sheets });
      insertSampleData(offline, NOW);
      for (const name of Object.keys(sheets)) expect(names(offline)).toContain(name);
    }
  });

  it("keeps an empty first tab with a chart or a colour rule on it", () => {
    const offline = createOfflineServices({ timeZone: ZONE });
    const sheet = offline.spreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    sheet.setConditionalFormatRules([
      offline.spreadsheetApp
        .newConditionalFormatRule()
        .whenFormulaSatisfied("=A1>0")
        .setBackground("#ff0000")
        .setRanges([sheet.getRange(1, 1, 1, 1)])
        .build(),
    ]);
    insertSampleData(offline, NOW);
    expect(names(offline)).toContain("Sheet1");
  });

  it("makes each column as wide as its header and its widest value (a whole date and time), Chinese too", () => {
    const offline = createOfflineServices({ timeZone: ZONE, locale: "zh_CN" });
    const tabs = insertSampleData(offline, NOW);
    const sample = buildSampleData({ now: NOW, timeZone: ZONE, locale: "zh" });
    const [tickets] = tabs;
    const sheet = offline.spreadsheet.sheet(tickets);
    const widths = sheet?.layout().columnWidths ?? {};
    const shown = sheet?.getDataRange().getDisplayValues() ?? [];
    sample.tickets.values[0].forEach((header, c) => {
      expect(widths[c + 1], String(header)).toBeGreaterThanOrEqual(lineWidth(String(header)));
      const widest = Math.max(...shown.map((row) => lineWidth(row[c])));
      expect(widths[c + 1], String(header)).toBeGreaterThanOrEqual(Math.min(widest, 320));
    });
    // A date column shows the minutes: "2026-10-05 08:15", not a cut "2026-10-05 0".
    expect(shown[1].some((text) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(text))).toBe(true);
  });
});
