import { describe, expect, it } from "vitest";
import {
  localeProblems,
  referencedSheets,
  shiftFormula,
  toHyperFormula,
} from "../../src/offline/formula-syntax";

const rows = (name: string | null) => (name === null ? 1000 : name === "Tickets" ? 100_000 : 500);

describe("formula syntax", () => {
  it("closes open-ended ranges at the referenced sheet's last row", () => {
    expect(toHyperFormula("=SUM(B2:B)", rows)).toBe("=SUM(B2:B1000)");
    expect(toHyperFormula("=COUNTA(Tickets!$C$2:$C)", rows)).toBe("=COUNTA(Tickets!$C$2:$C100000)");
    expect(toHyperFormula("=MAX('Other tab'!A2:A;B1:C3)", rows)).toBe("=MAX('Other tab'!A2:A500;B1:C3)");
  });

  it("makes TRUE and FALSE literals function calls, outside strings only", () => {
    expect(toHyperFormula('=IF(TRUE;"TRUE";FALSE)', rows)).toBe('=IF(TRUE();"TRUE";FALSE())');
    expect(toHyperFormula("=TRUE()", rows)).toBe("=TRUE()");
    expect(toHyperFormula("=ISTRUE(A1)", rows)).toBe("=ISTRUE(A1)");
  });

  it("leaves text that only looks like a reference alone", () => {
    expect(toHyperFormula('="B2:B"&A1', rows)).toBe('="B2:B"&A1');
    expect(toHyperFormula("=ATAN2(A1;B1)", rows)).toBe("=ATAN2(A1;B1)");
  });

  it("lists the sheets a formula names", () => {
    expect([...referencedSheets("='Support report 2026-10'!B5+Tickets!A1+'Bob''s'!C2+A1")]).toEqual([
      "Support report 2026-10",
      "Tickets",
      "Bob's",
    ]);
    expect(referencedSheets('="Tickets!A1"').size).toBe(0);
  });

  it("shifts relative references, keeps anchored parts", () => {
    expect(shiftFormula("=$C5<B5", 2, 1)).toBe("=$C7<C7");
    expect(shiftFormula("=AND(B$2>0;$A$1)", 3, 3)).toBe("=AND(E$2>0;$A$1)");
    expect(shiftFormula('=A1="A1"', 1, 0)).toBe('=A2="A1"');
    expect(shiftFormula("=LOG10(A1)", 1, 0)).toBe("=LOG10(A2)");
    expect(shiftFormula("=A1", -1, 0)).toBe("=#REF!");
  });

  it("finds what would not parse in every locale", () => {
    expect(localeProblems('=IFERROR(ROUND(A1/B1*100;0);"1.5, {x}")')).toEqual([]);
    expect(localeProblems("=SUM(A1,B1)")).toEqual(['"," separator']);
    expect(localeProblems("=PERCENTILE(A1:A9;0.9)*.5")).toEqual([
      "decimal literal 0.9",
      "decimal literal .5",
    ]);
    expect(localeProblems("=SUM({1;2})")).toEqual(["array literal {}"]);
    expect(localeProblems("='Q1.5, draft'!A1+Sheet1!B2")).toEqual([]);
  });
});
