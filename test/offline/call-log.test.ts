import { describe, expect, it } from "vitest";
import { CallLog } from "../../src/offline/call-log";
import { createOfflineServices } from "../../src/offline/services";

describe("CallLog", () => {
  it("counts calls in total, per method and per class, and resets", () => {
    const log = new CallLog();
    log.count("Range.setValues");
    log.count("Range.setValues");
    log.count("Range.getValues");
    log.count("Sheet.getRange");
    expect(log.total).toBe(4);
    expect(log.of("Range.setValues")).toBe(2);
    expect(log.of("Range.")).toBe(3);
    expect(log.of("Lock.tryLock")).toBe(0);
    expect(log.byMethod()).toEqual({ "Range.getValues": 1, "Range.setValues": 2, "Sheet.getRange": 1 });
    expect(Object.keys(log.byMethod())).toEqual(["Range.getValues", "Range.setValues", "Sheet.getRange"]);
    log.reset();
    expect(log.total).toBe(0);
    expect(log.byMethod()).toEqual({});
  });

  it("fails the nth next call of a method once, before it changes anything", () => {
    const offline = createOfflineServices();
    const sheet = offline.spreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    offline.calls.failAt("Range.setValues", 2);
    sheet.getRange(1, 1, 1, 1).setValues([["first"]]);
    expect(() => sheet.getRange(2, 1, 1, 1).setValues([["second"]])).toThrow(/Range\.setValues/);
    sheet.getRange(3, 1, 1, 1).setValues([["third"]]);
    expect(
      offline.spreadsheet
        .sheet("Sheet1")
        ?.peekValues()
        .map((r) => r[0]),
    ).toEqual(["first", "", "third"]);
    expect(() => offline.calls.failAt("Range.setValues", 0)).toThrow(/whole number/);
  });
});
