import { describe, expect, it } from "vitest";
import { automaticNumber, displayValue, isDateTimeFormat } from "../../src/offline/display";

describe("display values", () => {
  it("renders numbers with number formats", () => {
    expect(displayValue(0.256, "0.0%", "en_US")).toBe("25.6%");
    expect(displayValue(0.5, "0%", "en_US")).toBe("50%");
    expect(displayValue(3.14, "0.0", "en_US")).toBe("3.1");
    expect(displayValue(1234567, "#,##0", "en_US")).toBe("1,234,567");
    expect(displayValue(12.25, '0.0" h"', "en_US")).toBe("12.3 h");
  });

  it("renders serial date-times (no 1900 leap-year bug: serial 1 is 1899-12-31)", () => {
    expect(displayValue(46023.75, "yyyy-mm-dd hh:mm", "en_US")).toBe("2026-01-01 18:00");
    expect(displayValue(46023, "M/d/yyyy", "en_US")).toBe("1/1/2026");
    expect(displayValue(1, "yyyy-mm-dd", "en_US")).toBe("1899-12-31");
    expect(displayValue(1.5, "[h]:mm", "en_US")).toBe("36:00");
  });

  it("shows numbers on Automatic (and 'General') like Sheets", () => {
    expect(automaticNumber(12)).toBe("12");
    expect(automaticNumber(123456789012)).toBe("123456789012");
    expect(automaticNumber(1 / 3)).toBe("0.3333333333");
    expect(automaticNumber(0.1 + 0.2)).toBe("0.3");
    expect(automaticNumber(-2.5)).toBe("-2.5");
    expect(automaticNumber(1e20)).toBe("1E+20");
    expect(displayValue(1 / 4, "General", "en_US")).toBe("0.25");
    expect(displayValue(7, undefined, "en_US")).toBe("7");
  });

  it("shows text, booleans and blanks as they are", () => {
    expect(displayValue('=HYPERLINK("x")', undefined, "en_US")).toBe('=HYPERLINK("x")');
    expect(displayValue("no data", "0.0%", "en_US")).toBe("no data");
    expect(displayValue(true, undefined, "en_US")).toBe("TRUE");
    expect(displayValue("", "0.0", "en_US")).toBe("");
  });

  it("knows date formats", () => {
    expect(isDateTimeFormat("yyyy-mm-dd")).toBe(true);
    expect(isDateTimeFormat("M/d/yyyy H:mm:ss")).toBe(true);
    expect(isDateTimeFormat("0.0%")).toBe(false);
    expect(isDateTimeFormat("@")).toBe(false);
  });
});

describe("hours with thousands", () => {
  it("groups thousands in the report's hours format", () => {
    expect(displayValue(1346.66, '#,##0.0" h"', "en_US")).toBe("1,346.7 h");
  });
});
