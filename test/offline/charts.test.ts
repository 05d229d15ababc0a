import { describe, expect, it } from "vitest";
import { optionValue } from "../../src/offline/charts";
import { createOfflineServices } from "../../src/offline/services";

function setup() {
  const offline = createOfflineServices();
  const spreadsheet = offline.spreadsheetApp.getActiveSpreadsheet();
  const report = spreadsheet.insertSheet("Report", 1);
  return { offline, spreadsheet, report, own: offline.spreadsheet.sheet("Report")! };
}

describe("charts", () => {
  it("records a line chart's type, ranges, headers, options and position", () => {
    const { report, own } = setup();
    const chart = report
      .newChart()
      .asLineChart()
      .addRange(report.getRange(5, 1, 32, 4))
      .setNumHeaders(1)
      .setPosition(5, 7, 10, 20)
      .setOption("title", "Tickets per day by category")
      .setOption("legend", { position: "bottom" })
      .setOption("hAxis.title", "Day")
      .build();
    expect(chart.getChartId()).toBeNull();
    report.insertChart(chart);
    expect(own.chartSpecs()).toEqual([
      {
        chartId: 1,
        type: "LINE",
        ranges: [{ sheet: "Report", a1: "A5:D36" }],
        numHeaders: 1,
        options: {
          title: "Tickets per day by category",
          legend: { position: "bottom" },
          "hAxis.title": "Day",
        },
        position: { row: 5, column: 7, offsetX: 10, offsetY: 20 },
      },
    ]);
    const [inserted] = report.getCharts();
    expect(inserted.getChartId()).toBe(1);
    expect(inserted.getRanges().map((r) => r.getA1Notation())).toEqual(["A5:D36"]);
    const options = inserted.getOptions();
    expect(options.get("title")).toBe("Tickets per day by category");
    expect(options.get("legend.position")).toBe("bottom");
    expect(options.get("hAxis")).toEqual({ title: "Day" });
    expect(options.get("vAxis.title")).toBeNull();
  });

  it("gives chart ids unique across the spreadsheet and removes charts", () => {
    const { spreadsheet, report } = setup();
    const other = spreadsheet.getSheets()[0];
    const build = (sheet: typeof report) =>
      sheet
        .newChart()
        .asLineChart()
        .addRange(sheet.getRange(1, 1, 3, 2))
        .setPosition(1, 1, 0, 0)
        .build();
    report.insertChart(build(report));
    other.insertChart(build(other));
    report.insertChart(build(report));
    const ids = [...report.getCharts(), ...other.getCharts()].map((c) => c.getChartId());
    expect(new Set(ids).size).toBe(3);
    report.removeChart(report.getCharts()[0]);
    expect(report.getCharts()).toHaveLength(1);
    expect(() => report.removeChart(other.getCharts()[0])).toThrow(/not on sheet "Report"/);
  });

  it("refuses a chart without type or data, and bad positions", () => {
    const { report } = setup();
    expect(() =>
      report.insertChart(
        report
          .newChart()
          .addRange(report.getRange(1, 1, 1, 1))
          .build(),
      ),
    ).toThrow(/no type/);
    expect(() => report.insertChart(report.newChart().asLineChart().build())).toThrow(/no data range/);
    expect(() => report.newChart().setPosition(0, 1, 0, 0)).toThrow(/anchorRowPos/);
  });

  it("reads options by dotted path either way they were set", () => {
    const options = new Map<string, unknown>([
      ["vAxis", { title: "Tickets", viewWindow: { min: 0 } }],
      ["series.0.color", "#1a73e8"],
    ]);
    expect(optionValue(options, "vAxis.viewWindow.min")).toBe(0);
    expect(optionValue(options, "series")).toEqual({ 0: { color: "#1a73e8" } });
    expect(optionValue(options, "series.0.color")).toBe("#1a73e8");
    expect(optionValue(options, "title")).toBeNull();
  });
});
