import { describe, expect, it } from "vitest";
import { createOfflineServices } from "../../src/offline/services";

function setup() {
  const offline = createOfflineServices();
  const app = offline.spreadsheetApp;
  const sheet = app.getActiveSpreadsheet().getSheets()[0];
  return { offline, app, sheet, own: offline.spreadsheet.sheet("Sheet1")! };
}

describe("conditional format rules", () => {
  it("records formula, colors and ranges, and replaces the rules as a whole", () => {
    const { app, sheet, own } = setup();
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied("=$E5<$D5")
      .setBackground("#fce8e6")
      .setFontColor("#c5221f")
      .setRanges([sheet.getRange(5, 6, 10, 1)])
      .build();
    sheet.setConditionalFormatRules([rule]);
    expect(own.conditionalFormats()).toEqual([
      {
        formula: "=$E5<$D5",
        background: "#fce8e6",
        fontColor: "#c5221f",
        gradient: null,
        ranges: [{ sheet: "Sheet1", a1: "F5:F14" }],
      },
    ]);
    expect(sheet.getConditionalFormatRules()).toEqual([rule]);
    sheet.setConditionalFormatRules([]);
    expect(own.conditionalFormats()).toEqual([]);
  });

  it("refuses rules for another sheet or without a formula's '='", () => {
    const { app, sheet, offline } = setup();
    const other = offline.spreadsheet.addSheet("Other");
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied("=A1>0")
      .setRanges([other.getRange(1, 1, 1, 1)])
      .build();
    expect(() => sheet.setConditionalFormatRules([rule])).toThrow(/not on "Sheet1"/);
    expect(() => app.newConditionalFormatRule().whenFormulaSatisfied("A1>0")).toThrow(/must start with "="/);
  });

  it("evaluates rules per cell, relative to the range's top-left, first match wins", () => {
    const { app, sheet, own } = setup();
    sheet.getRange(1, 1, 3, 2).setValues([
      [5, 10],
      [12, 10],
      ["", 10],
    ]);
    const range = sheet.getRange(1, 3, 3, 1);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=AND(A1<>"";A1>=B1)')
        .setBackground("#e6f4ea")
        .setRanges([range])
        .build(),
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=A1<>""')
        .setBackground("#fce8e6")
        .setRanges([range])
        .build(),
    ]);
    expect([1, 2, 3].map((r) => own.conditionalStyle(r, 3)?.background ?? null)).toEqual([
      "#fce8e6",
      "#e6f4ea",
      null,
    ]);
    expect(own.conditionalStyle(1, 1)).toBeNull();
  });

  it("colours numbers on a colour scale from the minpoint's value to the range's largest number", () => {
    const { app, sheet, own } = setup();
    sheet.getRange(1, 1, 1, 4).setValues([[0, 2, 4, "x"]]);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .setGradientMinpointWithValue("#ffffff", app.InterpolationType.NUMBER, "0")
        .setGradientMaxpoint("#000000")
        .setRanges([sheet.getRange(1, 1, 1, 4)])
        .build(),
    ]);
    expect(own.conditionalFormats()[0].gradient).toEqual({ min: "#ffffff", minValue: 0, max: "#000000" });
    expect([1, 2, 3, 4].map((c) => own.conditionalStyle(1, c)?.background ?? null)).toEqual([
      "#ffffff",
      "#808080",
      "#000000",
      null,
    ]);
    expect(() =>
      app
        .newConditionalFormatRule()
        .setGradientMinpointWithValue("#ffffff", app.InterpolationType.NUMBER, "zero"),
    ).toThrow(/number as text/);
    expect(() => app.newConditionalFormatRule().setGradientMaxpoint("#000000").build()).toThrow(/minpoint/);
  });
});
