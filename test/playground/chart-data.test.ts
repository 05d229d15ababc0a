/**
 * The playground's chart data: a chart reads its cells as Sheets plots them; a date or duration
 * cell (a Date from getValues) is its serial number in the spreadsheet's zone, never a gap.
 */
import { describe, expect, it } from "vitest";
import { chartView } from "../../playground/chart-data";
import { instantToSerial } from "../../src/offline/serial";
import { createOfflineServices } from "../../src/offline/services";

describe("chart data", () => {
  it("plots a duration cell (a Date) as its serial number, and a blank as a gap", () => {
    const zone = "Europe/Berlin";
    const offline = createOfflineServices({ timeZone: zone });
    const sheet = offline.spreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    // A duration of 1.5 days reads back as the date-time 1.5 days after serial 0.
    const duration = new Date(Date.UTC(1899, 11, 31, 11));
    sheet.getRange(1, 1, 4, 2).setValues([
      ["Month", "Resolution"],
      ["2026-09", duration],
      ["2026-10", 0.25],
      ["2026-11", ""],
    ]);
    sheet.insertChart(
      sheet
        .newChart()
        .asLineChart()
        .addRange(sheet.getRange(1, 1, 4, 2))
        .setNumHeaders(1)
        .setPosition(6, 1, 0, 0)
        .build(),
    );
    const [spec] = offline.spreadsheet.sheet("Sheet1")?.chartSpecs() ?? [];
    const view = chartView(offline.spreadsheet, spec);
    const stored = offline.spreadsheet.sheet("Sheet1")?.peekValues("B2")[0][0] as Date;
    expect(view.series).toEqual([
      { name: "Resolution", data: [instantToSerial(stored.getTime(), zone), 0.25, null] },
    ]);
    expect(view.series[0].data[0]).toBeGreaterThan(0);
  });
});
