/**
 * The grid sections write into (src/report/grid.ts): addresses for formulas, quoted text, and the
 * plan it turns into, whose wrapped columns are wide enough for their longest word.
 */
import { describe, expect, it } from "vitest";
import { a1, Grid, longestWordWidth, quoted } from "../../src/report/grid";

describe("addresses and literals", () => {
  it("names columns and cells as A1 notation does", () => {
    expect(a1(7, 2)).toBe("B7");
    expect(a1(7, 28, true)).toBe("$AB$7");
  });

  it("quotes text for a formula, doubling its quotes", () => {
    expect(quoted('Say "hi"')).toBe('"Say ""hi"""');
  });
});

describe("wrapped columns", () => {
  it("measure the longest word, breaking at spaces, hyphens, slashes and between Chinese characters", () => {
    expect(longestWordWidth("Veränderung")).toBe(longestWordWidth("abcdefghijk"));
    expect(longestWordWidth("95-%-Intervall, unten")).toBe(longestWordWidth("Intervall,"));
    expect(longestWordWidth("Datum/Zeit")).toBe(longestWordWidth("Datum"));
    expect(longestWordWidth("首次响应时间")).toBe(longestWordWidth(""));
    expect(longestWordWidth("a bb ccc")).toBeLessThan(longestWordWidth("Veränderung"));
  });

  it("widen a wrapped column to its longest word, never narrow one, and leave unwrapped ones alone", () => {
    const grid = new Grid();
    grid.setColumnWidth(1, 60);
    grid.setColumnWidth(2, 300);
    grid.setColumnWidth(3, 40);
    grid.set(1, 1, "Veränderung");
    grid.set(1, 2, "Change");
    grid.set(1, 3, "Kundenakquisitionskosten");
    grid.set(2, 1, 12345678901234);
    grid.wraps.push({ row: 1, column: 1, numRows: 2, numColumns: 2 });
    const plan = grid.toPlan("t", "report", "#000000");
    expect(plan.columnWidths).toEqual([longestWordWidth("Veränderung"), 300, 40]);
    expect(plan.columnWidths[0]).toBeGreaterThan(60);
  });

  it("leave merged cells as planned, and widen at most to twice the planned width", () => {
    const grid = new Grid();
    grid.setColumnWidth(1, 40);
    grid.setColumnWidth(2, 40);
    grid.set(1, 1, "Kundenakquisitionskosten");
    grid.merges.push({ row: 1, column: 1, numRows: 1, numColumns: 2 });
    grid.set(2, 2, "a_tab_name_without_any_space_that_goes_on_and_on_and_on");
    grid.wraps.push({ row: 1, column: 1, numRows: 2, numColumns: 2 });
    expect(grid.toPlan("t", "report", "#000000").columnWidths).toEqual([40, 80]);
  });
});
