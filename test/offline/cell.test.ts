import { describe, expect, it } from "vitest";
import { Formula, isDate, parseEntered, storeRaw } from "../../src/offline/cell";

describe("parseEntered (what setValues stores)", () => {
  it("turns '=…' into a formula and keeps text behind a leading apostrophe", () => {
    const f = parseEntered('=HYPERLINK("x")');
    expect(f).toBeInstanceOf(Formula);
    expect((f as Formula).text).toBe('=HYPERLINK("x")');
    expect(parseEntered('\'=HYPERLINK("x")')).toBe('=HYPERLINK("x")');
    expect(parseEntered("'12")).toBe("12");
    expect(parseEntered("'")).toBeUndefined();
  });

  it("parses plain numbers and TRUE/FALSE, leaves other text alone", () => {
    expect(parseEntered("12")).toBe(12);
    expect(parseEntered("-3.5")).toBe(-3.5);
    expect(parseEntered("+7")).toBe(7);
    expect(parseEntered(".5")).toBe(0.5);
    expect(parseEntered("1e3")).toBe(1000);
    expect(parseEntered("TRUE")).toBe(true);
    expect(parseEntered("false")).toBe(false);
    for (const text of ["12 tickets", "1,000", "50%", "+A1", "-", "@mention", "2026-10-01", "TRUEish"]) {
      expect(parseEntered(text)).toBe(text);
    }
    expect(parseEntered("")).toBeUndefined();
  });

  it("keeps numbers, booleans and dates (copied), blanks null and undefined", () => {
    const d = new Date("2026-10-01T08:00:00Z");
    const stored = parseEntered(d);
    expect(stored).toEqual(d);
    expect(stored).not.toBe(d);
    expect(parseEntered(3)).toBe(3);
    expect(parseEntered(true)).toBe(true);
    expect(parseEntered(null)).toBeUndefined();
    expect(parseEntered(undefined)).toBeUndefined();
    expect(parseEntered(Number.NaN)).toBe("#NUM!");
  });

  it("refuses text longer than a cell holds", () => {
    expect(() => parseEntered("x".repeat(50_001))).toThrow(/50000 characters/);
    expect(parseEntered("x".repeat(50_000))).toHaveLength(50_000);
  });

  it("storeRaw never parses text", () => {
    expect(storeRaw("=1+1")).toBe("=1+1");
    expect(storeRaw("12")).toBe("12");
    expect(isDate(storeRaw(new Date(0)))).toBe(true);
  });
});
