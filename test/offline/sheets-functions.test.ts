import { describe, expect, it } from "vitest";
import { createOfflineServices } from "../../src/offline/services";

function sheetWith(rows: unknown[][], options: Parameters<typeof createOfflineServices>[0] = {}) {
  const offline = createOfflineServices(options);
  const sheet = offline.spreadsheet.sheet("Sheet1")!;
  sheet.loadValues(rows, { parse: true });
  return { offline, sheet };
}

describe("Sheets functions added to HyperFormula", () => {
  it("SPARKLINE holds no value and checks its arguments", () => {
    const { sheet, offline } = sheetWith([
      [1, 2, 3, 4],
      ["charttype", "line", "", ""],
      ["linewidth", 2, "", ""],
      ["colour", "red", "", ""],
      [
        "=SPARKLINE(A1:D1)",
        "=SPARKLINE(A1:D1;A2:B3)",
        "=SPARKLINE(A1:D1;A2:B4)",
        "=SPARKLINE(A1:D3)",
        "=SPARKLINE(1/0)",
        "=SPARKLINE()",
        '=SPARKLINE("text")',
        "=SPARKLINE(A1:D1;A2:A3)",
      ],
    ]);
    expect(sheet.peekValues("A5:H5")).toEqual([
      ["", "", "#VALUE!", "#VALUE!", "#DIV/0!", "#N/A", "#VALUE!", "#VALUE!"],
    ]);
    const messages = Object.fromEntries(offline.spreadsheet.formulaErrors().map((e) => [e.a1, e.message]));
    expect(messages.C5).toMatch(/unknown option "colour"/);
    expect(messages.D5).toMatch(/3 rows by 4 columns/);
    expect(messages.H5).toMatch(/two columns/);
  });

  it("TEXT formats like the number-format library, not HyperFormula's own", () => {
    const { sheet } = sheetWith([
      [0.256, 46023.5, '=TEXT(A1;"0.0%")', '=TEXT(B1;"yyyy-mm-dd hh:mm")', '=TEXT(3;"00")'],
    ]);
    expect(sheet.peekValues("C1:E1")).toEqual([["25.6%", "2026-01-01 12:00", "03"]]);
  });

  it("calls custom functions with arguments as Sheets passes them", () => {
    const seen: unknown[][] = [];
    const customFunctions = {
      ECHO: (...args: unknown[]) => {
        seen.push(args);
        return args.length;
      },
      FAIL: () => {
        throw new Error('FAIL: scores row 2 holds "x".');
      },
      WHEN: () => new Date(Date.UTC(2026, 0, 1, 5)),
      SUM: () => -1,
    };
    const when = new Date("2026-03-01T10:00:00Z");
    const { sheet, offline } = sheetWith(
      [
        [9, when],
        [10, "x"],
        ["", ""],
        ["=ECHO(A1:A3;B1;2+3;B2:B2)", "=FAIL()", "=WHEN()", "=SUM(A1:A2)", "=echo()"],
      ],
      { customFunctions, timeZone: "America/New_York" },
    );
    expect(sheet.peekValues("A4:E4")).toEqual([[4, "#ERROR!", new Date(Date.UTC(2026, 0, 1, 5)), 19, 0]]);
    const four = seen.find((args) => args.length === 4)!;
    expect(four).toEqual([[[9], [10], [""]], when, 5, "x"]);
    expect(four[1]).toBeInstanceOf(Date);
    expect(four[1]).not.toBe(when);
    expect(offline.spreadsheet.formulaErrors()[0].message).toBe('FAIL: scores row 2 holds "x".');
  });

  it("takes custom functions defined later, by any case", () => {
    const { sheet, offline } = sheetWith([[4, "=double(A1)"]]);
    expect(sheet.peekValues("B1")).toEqual([["#NAME?"]]);
    offline.spreadsheet.defineCustomFunctions({ double: (x: unknown) => Number(x) * 2 });
    expect(sheet.peekValues("B1")).toEqual([[8]]);
  });
});
