/**
 * The offline spreadsheet evaluates formulas as Google Sheets does where a user notices: parsed in
 * the spreadsheet's locale, array results spilled, date results handed to custom functions as
 * `Date`, and a formula too deep to evaluate an error in its own cell only.
 */
import { describe, expect, it } from "vitest";
import { isDate } from "../../src/offline/cell";
import { formulaSyntaxOf, MAX_NESTING, toCanonical } from "../../src/offline/formula-syntax";
import { createOfflineServices } from "../../src/offline/services";

function book(locale: string, functions: Record<string, (...args: unknown[]) => unknown> = {}) {
  const offline = createOfflineServices({
    locale,
    timeZone: "Europe/Berlin",
    sheets: { Data: [[1.5, 2, 3]] },
  });
  offline.spreadsheet.defineCustomFunctions(functions);
  return offline.spreadsheet;
}

function typed(locale: string, formulas: string[], functions = {}) {
  const ss = book(locale, functions);
  const sheet = ss.addSheet("Calc");
  formulas.forEach((f, i) => {
    sheet.getRange(i + 1, 1, 1, 1).setValues([[f]]);
  });
  return sheet;
}

describe("formulas in the spreadsheet's locale", () => {
  it("reads ',' between arguments and '.' decimals in en_US, and the add-on's ';' too", () => {
    const sheet = typed("en_US", [
      "=SUM(1,2)",
      "=ROUND(2.345, 1)",
      "=SUM(1;2)",
      "=SUM({1,2;3,4})",
      '=IF(1>0,"a,b",0.5)',
    ]);
    expect(sheet.peekValues("A1:A5")).toEqual([[3], [2.3], [3], [10], ["a,b"]]);
    expect(sheet.formulaErrors()).toEqual([]);
  });

  it("reads ';' between arguments and ',' decimals in de_DE, sv_SE, nb_NO and lv_LV", () => {
    for (const locale of ["de_DE", "sv_SE", "nb_NO", "lv_LV"]) {
      const sheet = typed(locale, [
        "=SUM(1;2)",
        "=ROUND(2,345;1)",
        "=SUM({1\\2;3\\4})",
        "=Data!A1*2",
        "=SUM(1,2)",
        "=SUM(Data!A1,Data!B1)",
      ]);
      // "1,2" there is the number 1.2.
      expect(sheet.peekValues("A1:A5"), locale).toEqual([[3], [2.3], [10], [3], [1.2]]);
      // "," cannot separate arguments there: a parse error, as in Sheets.
      expect(sheet.peekValues("A6")[0][0], locale).toBe("#ERROR!");
    }
  });

  it("knows which locales write decimals with ','", () => {
    expect(formulaSyntaxOf("en_US").decimal).toBe(".");
    expect(formulaSyntaxOf("en_GB").decimal).toBe(".");
    expect(formulaSyntaxOf("zh_CN").decimal).toBe(".");
    for (const locale of ["de_DE", "sv_SE", "nb_NO", "lv_LV", "fr_FR"])
      expect(formulaSyntaxOf(locale).decimal).toBe(",");
  });

  it("leaves strings and quoted sheet names alone", () => {
    expect(toCanonical("='a,b'!A1&\"x,y;z\"", { decimal: "." })).toEqual({
      ok: true,
      text: "='a,b'!A1&\"x,y;z\"",
    });
    expect(toCanonical("=ROUND(A1,5)", { decimal: "," })).toEqual({ ok: true, text: "=ROUND(A1,5)" });
  });
});

describe("a formula nested too deep", () => {
  it("is an error in its own cell; the rest of the tab still evaluates", () => {
    const deep = `=${"(".repeat(150)}1${")".repeat(150)}`;
    const sheet = typed("en_US", ["=1+1", deep, "=A1*10", "=A2+1"]);
    const values = sheet.peekValues("A1:A4");
    expect(values[0][0]).toBe(2);
    expect(values[1][0]).toBe("#ERROR!");
    expect(values[2][0]).toBe(20);
    expect(values[3][0]).toBe("#ERROR!");
    const error = sheet.formulaErrors().find((e) => e.a1 === "A2");
    expect(error?.message).toMatch(new RegExp(`150 levels deep.*at most ${MAX_NESTING}`));
  });
});

describe("dates reach custom functions as Date", () => {
  it("from DATE, TODAY, DATEVALUE, a date cell and a formula cell holding a date", () => {
    const seen: unknown[] = [];
    const sheet = typed(
      "en_US",
      [
        "=DATE(2026,11,1)",
        "=SEEN(DATE(2026,11,1))",
        "=SEEN(TODAY())",
        '=SEEN(DATEVALUE("2026-11-01"))',
        "=SEEN(A1)",
        "=SEEN(A1:A1)",
      ],
      {
        SEEN: (value: unknown) => {
          seen.push(value);
          return isDate(value) ? "date" : typeof value;
        },
      },
    );
    expect(sheet.peekValues("A2:A6")).toEqual([["date"], ["date"], ["date"], ["date"], ["date"]]);
    const first = seen.find(isDate) as Date;
    // 2026-11-01 00:00 in the spreadsheet's zone (Berlin, UTC+1 in November).
    expect(first.toISOString()).toBe("2026-10-31T23:00:00.000Z");
  });
});

describe("array results spill", () => {
  const TABLE = () => [
    ["Label", "Value"],
    ["a", 1],
    ["b", 2],
  ];

  it("fill the cells below and to the right, which formulas can read", () => {
    const ss = book("en_US", { TABLE });
    const sheet = ss.addSheet("Calc");
    sheet.getRange(2, 2, 1, 1).setValues([["=TABLE()"]]);
    sheet.getRange(1, 5, 1, 1).setValues([["=C4*10"]]);
    expect(sheet.peekValues("B2:C4")).toEqual([
      ["Label", "Value"],
      ["a", 1],
      ["b", 2],
    ]);
    expect(sheet.peekDisplayValues("B4:C4")).toEqual([["b", "2"]]);
    expect(sheet.peekValues("E1")).toEqual([[20]]);
    expect(sheet.formulaErrors()).toEqual([]);
  });

  it("of Sheets' own array functions (SEQUENCE, FILTER) fill their cells too", () => {
    const sheet = typed("en_US", ["=SEQUENCE(3)"]);
    sheet.getRange(1, 2, 1, 1).setValues([["=FILTER(Data!A1:C1, Data!A1:C1>1)"]]);
    expect(sheet.peekValues("A1:D3")).toEqual([
      [1, 1.5, 2, 3],
      [2, "", "", ""],
      [3, "", "", ""],
    ]);
  });

  it("show #REF! with Sheets' message when a cell in the way holds data, and spill once it is cleared", () => {
    const ss = book("en_US", { TABLE });
    const sheet = ss.addSheet("Calc");
    sheet.getRange(1, 1, 1, 1).setValues([["=TABLE()"]]);
    sheet.getRange(3, 2, 1, 1).setValues([["in the way"]]);
    expect(sheet.peekValues("A1:B3")).toEqual([
      ["#REF!", ""],
      ["", ""],
      ["", "in the way"],
    ]);
    expect(sheet.formulaErrors()[0].message).toBe(
      "Array result was not expanded because it would overwrite data in B3.",
    );
    sheet.getRange(3, 2, 1, 1).setValues([[""]]);
    expect(sheet.peekValues("A1:B3")).toEqual(TABLE());
  });
});
