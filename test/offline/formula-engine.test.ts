import { describe, expect, it, vi } from "vitest";
import { createOfflineServices } from "../../src/offline/services";

describe("formula evaluation (HyperFormula)", () => {
  it("evaluates cross-sheet formulas written with ';' separators", () => {
    const offline = createOfflineServices({ sheets: { Data: [[2, 3, 5]] } });
    const ss = offline.spreadsheet;
    const report = ss.addSheet("Support report 2026-10");
    report.loadValues(
      [
        [10, 20, 30],
        ["=SUM(A1:C1;Data!A1:C1)", "=ROUND(B1/A1*100;0)"],
      ],
      { parse: true },
    );
    const summary = ss.addSheet("Summary");
    summary.loadValues(
      [["='Support report 2026-10'!A2*2", '=IF(Data!A1>1;"many";"few")', '=COUNTIF(Data!A1:C1;">2")']],
      {
        parse: true,
      },
    );
    expect(summary.peekValues("A1:C1")).toEqual([[(10 + 20 + 30 + 2 + 3 + 5) * 2, "many", 2]]);
    expect(report.peekValues("B2")).toEqual([[200]]);
    expect(report.peekFormulas("A2:B2")).toEqual([["=SUM(A1:C1;Data!A1:C1)", "=ROUND(B1/A1*100;0)"]]);
  });

  it("recomputes after a referenced tab changes", () => {
    const offline = createOfflineServices({ sheets: { Data: [[1], [2]], Calc: [] } });
    const calc = offline.spreadsheet.sheet("Calc")!;
    calc.loadValues([["=SUM(Data!A1:A)"]], { parse: true });
    expect(calc.peekValues("A1")).toEqual([[3]]);
    offline.spreadsheet
      .sheet("Data")!
      .getRange(3, 1, 1, 1)
      .setValues([[4]]);
    expect(calc.peekValues("A1")).toEqual([[7]]);
  });

  it("shows errors as Sheets does and lists them", () => {
    const offline = createOfflineServices();
    const sheet = offline.spreadsheet.sheet("Sheet1")!;
    sheet.loadValues([["=1/0", "=NOSUCHFUNCTION(1)", "=Missing!A1", "=SUM(1;", "=A1+1", "=G1", "=F1"]], {
      parse: true,
    });
    expect(sheet.peekValues("A1:E1")).toEqual([["#DIV/0!", "#NAME?", "#REF!", "#ERROR!", "#DIV/0!"]]);
    expect(sheet.peekDisplayValues("A1:D1")).toEqual([["#DIV/0!", "#NAME?", "#REF!", "#ERROR!"]]);
    const errors = offline.spreadsheet.formulaErrors();
    expect(errors.map((e) => `${e.a1} ${e.value}`)).toEqual([
      "A1 #DIV/0!",
      "B1 #NAME?",
      "C1 #REF!",
      "D1 #ERROR!",
      "E1 #DIV/0!",
      "F1 #REF!",
      "G1 #REF!",
    ]);
    expect(errors.find((e) => e.a1 === "F1")?.message).toMatch(/Circular/);
    expect(errors[0].sheet).toBe("Sheet1");
  });

  it("gives an empty reference as blank and a date result as a Date at local midnight", () => {
    const offline = createOfflineServices({ timeZone: "America/New_York" });
    const sheet = offline.spreadsheet.sheet("Sheet1")!;
    sheet.loadValues([["=C5", "=DATE(2026;10;5)", "=DATE(2026;10;5)+0"]], { parse: true });
    const [[blank, date]] = sheet.peekValues("A1:B1");
    expect(blank).toBe("");
    expect(date).toEqual(new Date(Date.UTC(2026, 9, 5, 4))); // midnight EDT = 04:00 UTC
    expect(sheet.peekDisplayValues("B1")).toEqual([["10/5/2026"]]);
  });

  it("evaluates only when a formula's value is read, and never loads tabs no formula names", async () => {
    const hf = await import("hyperformula");
    const build = vi.spyOn(hf.HyperFormula, "buildFromSheets");
    const big = Array.from({ length: 20_000 }, (_, i) => [i, `T-${i}`]);
    const offline = createOfflineServices({ sheets: { Tickets: big, Other: [[5]] } });
    const report = offline.spreadsheet.addSheet("Report");
    report.getRange(1, 1, 1, 2).setValues([["=Other!A1*2", "=SPARKLINE(Other!A1:A1)"]]);
    expect(build).not.toHaveBeenCalled();
    offline.spreadsheet.sheet("Tickets")!.getRange(1, 1, 100, 2).getValues();
    expect(build).not.toHaveBeenCalled();
    expect(report.peekValues("A1:B1")).toEqual([[10, ""]]);
    expect(build).toHaveBeenCalledTimes(1);
    expect(Object.keys(build.mock.calls[0][0])).toEqual(["Other", "Report"]);
    // Reading again without a change reuses the engine; writing to an unrelated tab too.
    offline.spreadsheet
      .sheet("Tickets")!
      .getRange(1, 1, 1, 1)
      .setValues([["x"]]);
    report.peekValues("A1");
    expect(build).toHaveBeenCalledTimes(1);
    build.mockRestore();
  });

  it("keeps full double precision, like Sheets and the TypeScript metrics", () => {
    const offline = createOfflineServices();
    const sheet = offline.spreadsheet.sheet("Sheet1")!;
    sheet.loadValues([[1, 3, "=A1/B1", "=0.1+0.2"]], { parse: true });
    expect(sheet.peekValues("C1:D1")).toEqual([[1 / 3, 0.1 + 0.2]]);
  });

  it("lists formulas that would not parse in every locale", () => {
    const offline = createOfflineServices();
    offline.spreadsheet
      .sheet("Sheet1")!
      .loadValues([["=SUM(1;2)", "=ROUND(A1*0.5;0)", "'=1.5"]], { parse: true });
    expect(offline.spreadsheet.nonLocaleProofFormulas()).toEqual([
      { sheet: "Sheet1", a1: "B1", formula: "=ROUND(A1*0.5;0)", problems: ["decimal literal 0.5"] },
    ]);
  });
});
