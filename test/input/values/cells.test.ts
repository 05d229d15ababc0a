/** The Sheets-value readers both the custom functions and the report's input use. */
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { columnLetters, describeValue, isBlank, isDate } from "../../../src/input/values/cells";

describe("isDate", () => {
  it("accepts dates from this realm and from another (as Apps Script and node:vm pass them)", () => {
    expect(isDate(new Date(0))).toBe(true);
    expect(isDate(runInNewContext("new Date(0)"))).toBe(true);
    expect(isDate("2026-10-01")).toBe(false);
    expect(isDate(45000)).toBe(false);
    expect(isDate(null)).toBe(false);
  });
});

describe("isBlank", () => {
  it("is Sheets' blank cell: empty or only spaces", () => {
    expect(["", "  ", null, undefined].map(isBlank)).toEqual([true, true, true, true]);
    expect([0, "0", false, " x "].map(isBlank)).toEqual([false, false, false, false]);
  });
});

describe("describeValue", () => {
  it("quotes text, cuts long text, writes dates as ISO", () => {
    expect(describeValue("ten")).toBe('"ten"');
    expect(describeValue("x".repeat(50))).toBe(`"${"x".repeat(37)}..."`);
    expect(describeValue(new Date(Date.UTC(2026, 9, 1)))).toBe("2026-10-01T00:00:00.000Z");
    expect(describeValue(new Date(Number.NaN))).toBe("an invalid date");
    expect(describeValue(7)).toBe("7");
  });
});

describe("columnLetters", () => {
  it("names columns as A1 notation does", () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
  });
});
