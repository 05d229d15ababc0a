import { describe, expect, it } from "vitest";
import { CallLog } from "../../src/offline/call-log";

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
});
