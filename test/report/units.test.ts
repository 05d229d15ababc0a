import { describe, expect, it } from "vitest";
import { displayValue } from "../../src/offline/display";
import { durationText } from "../../src/report/findings";
import {
  CHANGE_FORMAT,
  changeValue,
  DURATION_FORMAT,
  hoursToCell,
  moneyFormat,
  valueFormat,
} from "../../src/report/units";

/** What a cell holding `hours` (stored as days) shows, as the offline spreadsheet renders it. */
const shown = (hours: number, locale = "en_US") =>
  displayValue(hoursToCell(hours) as number, DURATION_FORMAT, locale);

describe("durations in human units", () => {
  it("shows minutes under an hour, hours and minutes to 48 h, days beyond, at each boundary", () => {
    expect(shown(0)).toBe("0 min");
    expect(shown(12 / 60)).toBe("12 min");
    expect(shown(59 / 60)).toBe("59 min");
    expect(shown(1)).toBe("1 h 00 min");
    expect(shown(5.5)).toBe("5 h 30 min");
    expect(shown(47 + 59 / 60)).toBe("47 h 59 min");
    expect(shown(48)).toBe("2.0 d");
    expect(shown(1322.7)).toBe("55.1 d");
  });

  it("uses the reader's decimal separator and nothing else from the locale", () => {
    expect(shown(1322.7, "de_DE")).toBe("55,1 d");
    expect(shown(5.5, "de_DE")).toBe("5 h 30 min");
  });

  it("says durations in sentences as the cells show them", () => {
    for (const hours of [0, 0.2, 59 / 60, 1, 5.5, 47.99, 48, 1322.7]) {
      expect(durationText(hours, "en"), String(hours)).toBe(shown(hours));
    }
  });

  it("is a duration format: the cell keeps a number formulas can use", () => {
    expect(valueFormat("hours", "en_US")).toBe(DURATION_FORMAT);
    expect(hoursToCell(36)).toBe(1.5);
  });
});

describe("changes", () => {
  it("gives rates in percentage points, counts and durations relative, scores in points", () => {
    expect(displayValue(changeValue("pp", 0.52, 0.474) as number, CHANGE_FORMAT.pp, "en_US")).toBe("+4.6 pp");
    expect(displayValue(changeValue("relative", 389, 352) as number, CHANGE_FORMAT.relative, "en_US")).toBe(
      "+11%",
    );
    expect(displayValue(changeValue("points", 27.8, 36.1) as number, CHANGE_FORMAT.points, "en_US")).toBe(
      "-8.3",
    );
    expect(changeValue("relative", 5, 0)).toBeNull();
    expect(changeValue("pp", 0.5, 0.5000001)).toBe(0);
  });
});

describe("money", () => {
  it("is in the spreadsheet's currency, placed as its region writes it", () => {
    expect(displayValue(1234.5, moneyFormat("en_US"), "en_US")).toBe("$1,234.50");
    expect(displayValue(1234.5, moneyFormat("de_DE"), "de_DE")).toBe("1.234,50 €");
    expect(displayValue(1234.5, moneyFormat("sv_SE"), "sv_SE")).toMatch(/^1\s234,50 kr$/);
    expect(moneyFormat("xx")).toBe("#,##0.00");
  });
});
