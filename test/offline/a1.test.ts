import { describe, expect, it } from "vitest";
import { a1Notation, columnLetters, columnNumber, parseA1 } from "../../src/offline/a1";

describe("a1", () => {
  it("converts column numbers and letters both ways", () => {
    expect(columnLetters(1)).toBe("A");
    expect(columnLetters(26)).toBe("Z");
    expect(columnLetters(27)).toBe("AA");
    expect(columnLetters(702)).toBe("ZZ");
    expect(columnLetters(703)).toBe("AAA");
    for (let n = 1; n < 2000; n += 37) expect(columnNumber(columnLetters(n))).toBe(n);
    expect(columnNumber("ab")).toBe(28);
  });

  it("writes A1 notation as Range.getA1Notation does", () => {
    expect(a1Notation(5, 2)).toBe("B5");
    expect(a1Notation(5, 2, 5, 3)).toBe("B5:D9");
    expect(a1Notation(1, 1, 1, 1)).toBe("A1");
  });

  it("parses cells and blocks in either corner order", () => {
    expect(parseA1("B5")).toEqual({ row: 5, column: 2, numRows: 1, numColumns: 1 });
    expect(parseA1("$D$9:B5")).toEqual({ row: 5, column: 2, numRows: 5, numColumns: 3 });
    expect(() => parseA1("B:B")).toThrow(/not a cell/);
    expect(() => parseA1("A0")).toThrow(/row 0/);
  });
});
