/**
 * Formula cells evaluated by HyperFormula, lazily.
 *
 * Why lazily: most tabs hold no formulas (a 100,000-row ticket log), and the add-on writes a report
 * in a few block writes, so evaluating on every write would be waste. The engine is (re)built only
 * when a formula's value is read after a change, and holds only the tabs with formulas plus the
 * tabs those formulas name. A reference through INDIRECT to a tab not named in any formula reads
 * as #REF!, a limit of this offline copy.
 *
 * HyperFormula is GPL: only src/offline may import it, and nothing in src/offline reaches dist/.
 */
import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { a1Notation } from "./a1";
import { Formula, type Stored } from "./cell";
import {
  type FormulaSyntax,
  formulaSyntaxOf,
  referencedSheets,
  shiftFormula,
  toCanonical,
  toHyperFormula,
} from "./formula-syntax";
import type { Grid } from "./grid";
import { instantToSerial } from "./serial";
import {
  type CustomFunction,
  type FunctionContext,
  OFFLINE_ERROR,
  registerSheetsFunctions,
  type SpillState,
  type SpillValue,
} from "./sheets-functions";

/** What the engine needs to know of a sheet. */
export interface EngineSheet {
  readonly name: string;
  readonly sheetId: number;
  /** Changes on every content change, so the engine knows when to rebuild. */
  readonly version: number;
  readonly formulaCount: number;
  /** Conditional-format rules: their formulas are evaluated on the sheet too. */
  readonly ruleCount: number;
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly values: Grid<Stored>;
}

/** What the engine needs to know of the spreadsheet. */
export interface EngineBook {
  readonly timeZone: string;
  readonly locale: string;
  readonly customFunctions: Record<string, CustomFunction>;
  liveSheets(): readonly EngineSheet[];
}

/** A formula's result as a cell holds it. */
export interface Computed {
  /** A number, text, boolean, "" for empty, or an error text such as "#DIV/0!". */
  value: string | number | boolean;
  /** Dates and date-times: Sheets formats such results as dates and `getValues` gives a Date. */
  kind: "plain" | "date" | "datetime";
  /** For an error: why, as HyperFormula explains it (Sheets shows this on hover). */
  error?: string;
}

/** HyperFormula errors Sheets names differently. */
const SHEETS_ERROR: Record<string, string> = { CYCLE: "#REF!", SPILL: "#REF!", LIC: "#ERROR!" };
/** Sheets' explanation where HyperFormula gives none. */
const SHEETS_MESSAGE: Record<string, string> = {
  CYCLE: "Circular dependency detected.",
  SPILL: "Array result was not expanded because it would overwrite data.",
  DIV_BY_ZERO: "Function DIVIDE parameter 2 cannot be zero.",
};

/** Rounds of "evaluate, then write the arrays out" before the spill areas settle (chains of arrays). */
const SPILL_ROUNDS = 4;

/** `planSpills`' key when no array spills and none is blocked. */
const NOTHING_SPILLED = JSON.stringify([[], []]);

/** Spilled cells of one sheet: "row:column" (0-based) → value. */
type Spilled = Map<string, SpillValue>;

/** One HyperFormula instance for the whole spreadsheet, rebuilt on demand (see module comment). */
export class FormulaEngine {
  private hf: HyperFormula | undefined;
  private key = "";
  private ids = new Map<EngineSheet, number>();
  private byId: EngineSheet[] = [];
  private refs = new WeakMap<EngineSheet, { version: number; names: Set<string> }>();
  /** Where the custom functions' array results spilled in the last build. */
  private spilled = new Map<number, Spilled>();

  constructor(private readonly book: EngineBook) {}

  private get syntax(): FormulaSyntax {
    return formulaSyntaxOf(this.book.locale);
  }

  /**
   * The value spilled into an empty cell at 0-based (row, column) by an array result above or to
   * its left (as Sheets expands `=NPS_STATS(…)` or `=TICKET_VOLUME(…)`), or undefined.
   */
  spilledAt(sheet: EngineSheet, row: number, column: number): Computed | undefined {
    if (sheet.formulaCount === 0) return undefined;
    this.sync();
    const id = this.ids.get(sheet);
    if (id === undefined || !this.hf) return undefined;
    const cell = this.spilled.get(id)?.get(`${row}:${column}`);
    if (cell === undefined) {
      // HyperFormula's own array functions (SEQUENCE, FILTER…) spill inside HyperFormula.
      return this.hf.isCellPartOfArray({ sheet: id, row, col: column })
        ? this.compute(sheet, row, column)
        : undefined;
    }
    if (typeof cell === "object") return { value: cell.serial, kind: "datetime" };
    return { value: cell, kind: "plain" };
  }

  /**
   * The last row and column (1-based) a custom function's spill reaches on `sheet`, 0 when none
   * (HyperFormula's sheet size counts every cell its formulas read, so it cannot tell).
   */
  spillExtent(sheet: EngineSheet): { rows: number; columns: number } {
    if (sheet.formulaCount === 0) return { rows: 0, columns: 0 };
    this.sync();
    const id = this.ids.get(sheet);
    let rows = 0;
    let columns = 0;
    for (const key of (id === undefined ? undefined : this.spilled.get(id))?.keys() ?? []) {
      const [r, c] = key.split(":").map(Number);
      rows = Math.max(rows, r + 1);
      columns = Math.max(columns, c + 1);
    }
    return { rows, columns };
  }

  /** Forgets the built engine, e.g. after custom functions changed. */
  invalidate(): void {
    this.key = "";
  }

  /** The value of the formula at 0-based (row, column) of `sheet`. */
  compute(sheet: EngineSheet, row: number, column: number): Computed {
    this.sync();
    const id = this.ids.get(sheet);
    if (id === undefined || !this.hf) return { value: "#REF!", kind: "plain", error: "Sheet not evaluated." };
    const address = { sheet: id, row, col: column };
    const value = this.hf.getCellValue(address);
    if (value instanceof DetailedCellError) {
      const error = SHEETS_MESSAGE[value.type] ?? (value.message || value.value);
      return { value: SHEETS_ERROR[value.type] ?? value.value, kind: "plain", error };
    }
    if (value === null) return { value: "", kind: "plain" };
    if (typeof value !== "number") return { value, kind: "plain" };
    const type = this.hf.getCellValueDetailedType(address);
    return {
      value,
      kind: type === "NUMBER_DATE" ? "date" : type === "NUMBER_DATETIME" ? "datetime" : "plain",
    };
  }

  /**
   * A conditional-format formula written for the cell (anchorRow, anchorColumn) evaluated for the
   * cell (row, column), all 0-based: Sheets' rule applies when the result is TRUE or a non-zero
   * number.
   */
  satisfied(
    sheet: EngineSheet,
    formula: string,
    anchorRow: number,
    anchorColumn: number,
    row: number,
    column: number,
  ): boolean {
    this.sync();
    const id = this.ids.get(sheet);
    if (id === undefined || !this.hf) return false;
    const shifted = shiftFormula(formula, row - anchorRow, column - anchorColumn);
    let value: unknown;
    try {
      const canonical = toCanonical(shifted, this.syntax);
      if (!canonical.ok) return false;
      value = this.hf.calculateFormula(
        toHyperFormula(canonical.text, () => sheet.maxRows),
        id,
      );
    } catch {
      return false; // Sheets ignores a rule whose formula does not parse.
    }
    return value === true || (typeof value === "number" && value !== 0);
  }

  /** The sheets named in a sheet's formulas (lower case), cached until the sheet changes. */
  private referencedBy(sheet: EngineSheet): Set<string> {
    const cached = this.refs.get(sheet);
    if (cached && cached.version === sheet.version) return cached.names;
    const names = new Set<string>();
    if (sheet.formulaCount > 0) {
      sheet.values.forEach((v) => {
        if (v instanceof Formula) for (const name of referencedSheets(v.text)) names.add(name.toLowerCase());
      });
    }
    this.refs.set(sheet, { version: sheet.version, names });
    return names;
  }

  /** Rebuilds HyperFormula when a tab it needs changed, or the set of tabs it needs did. */
  private sync(): void {
    const sheets = this.book.liveSheets();
    const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
    const wanted = new Set<EngineSheet>();
    for (const sheet of sheets) {
      if (sheet.formulaCount === 0 && sheet.ruleCount === 0) continue;
      wanted.add(sheet);
      for (const name of this.referencedBy(sheet)) {
        const target = byName.get(name);
        if (target) wanted.add(target);
      }
    }
    const included = sheets.filter((s) => wanted.has(s));
    const key = included.map((s) => `${s.sheetId}:${s.version}:${s.name}:${s.ruleCount}`).join("\n");
    if (this.hf && key === this.key) return;
    this.rebuild(included, byName);
    this.key = key;
  }

  private rebuild(included: EngineSheet[], byName: Map<string, EngineSheet>): void {
    registerSheetsFunctions(Object.keys(this.book.customFunctions));
    this.byId = included;
    this.ids = new Map(included.map((s, i) => [s, i]));
    const spill: SpillState = { arrays: new Map(), blocked: new Map() };
    const context: FunctionContext = {
      locale: this.book.locale,
      timeZone: this.book.timeZone,
      customFunctions: this.book.customFunctions,
      storedAt: (sheet, row, column) => {
        const v = this.byId[sheet]?.values.get(row, column);
        if (v === undefined) {
          const spilt = this.spilled.get(sheet)?.get(`${row}:${column}`);
          return spilt === undefined ? undefined : "formula";
        }
        return v instanceof Formula ? "formula" : v;
      },
      spill,
    };
    const stored = included.map((sheet) => this.contentOf(sheet, byName));
    // Sheets evaluates, then writes array results into the empty cells beside them, and formulas
    // reading those cells see them: evaluate, place the arrays, and again until nothing moves.
    this.spilled = new Map();
    let placed = NOTHING_SPILLED;
    for (let round = 0; round < SPILL_ROUNDS; round++) {
      spill.arrays = new Map();
      this.build(included, stored, context);
      const plan = this.planSpills(spill);
      if (plan.key === placed) break;
      placed = plan.key;
      this.spilled = plan.cells;
      spill.blocked = plan.blocked;
    }
  }

  /** Builds HyperFormula from the stored content with the spilled cells written in. */
  private build(included: EngineSheet[], stored: RawCellContent[][][], context: FunctionContext): void {
    this.hf?.destroy();
    this.hf = undefined;
    const content: Record<string, RawCellContent[][]> = {};
    included.forEach((sheet, id) => {
      const rows = stored[id].map((row) => [...row]);
      for (const [key, value] of this.spilled.get(id) ?? []) {
        const [r, c] = key.split(":").map(Number);
        while (rows.length <= r) rows.push([]);
        while (rows[r].length < c) rows[r].push(null);
        rows[r][c] =
          typeof value === "object" ? value.serial : typeof value === "string" ? `'${value}` : value;
      }
      content[sheet.name] = rows;
    });
    this.hf = HyperFormula.buildFromSheets(content, {
      licenseKey: "gpl-v3",
      functionArgSeparator: ";",
      decimalSeparator: ".",
      thousandSeparator: "",
      arrayColumnSeparator: ",",
      arrayRowSeparator: "|",
      // Full double precision, like Sheets' stored values and the TypeScript metrics.
      smartRounding: false,
      maxRows: 10_000_000,
      maxColumns: 18_278,
      dateFormats: ["MM/DD/YYYY", "MM/DD/YY", "YYYY/MM/DD"],
      context,
    });
  }

  /**
   * Where each array result goes: into the empty cells below and to its right, or, when one of them
   * holds data (or another array's result), nowhere, its anchor showing #REF! as in Sheets.
   */
  private planSpills(spill: SpillState): {
    key: string;
    cells: Map<number, Spilled>;
    blocked: Map<string, string>;
  } {
    const cells = new Map<number, Spilled>();
    const blocked = new Map<string, string>();
    const anchors = [...spill.arrays.keys()].sort((a, b) => {
      const [x, y] = [a, b].map((k) => k.split(":").map(Number));
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    });
    for (const anchor of anchors) {
      const grid = spill.arrays.get(anchor) ?? [];
      const [id, row, column] = anchor.split(":").map(Number);
      const sheet = this.byId[id];
      const taken = cells.get(id) ?? new Map<string, SpillValue>();
      const width = Math.max(...grid.map((r) => r.length));
      let problem: string | undefined;
      if (row + grid.length > sheet.maxRows || column + width > sheet.maxColumns)
        problem = `Result was not automatically expanded, please insert more rows or columns (the array is ${grid.length} × ${width}).`;
      for (let r = 0; r < grid.length && !problem; r++)
        for (let c = 0; c < width && !problem; c++) {
          if (r === 0 && c === 0) continue;
          if (sheet.values.get(row + r, column + c) !== undefined || taken.has(`${row + r}:${column + c}`))
            problem = `Array result was not expanded because it would overwrite data in ${a1Notation(row + r + 1, column + c + 1)}.`;
        }
      if (problem) {
        blocked.set(anchor, problem);
        continue;
      }
      for (let r = 0; r < grid.length; r++)
        for (let c = 0; c < width; c++)
          if (r > 0 || c > 0) taken.set(`${row + r}:${column + c}`, grid[r][c] ?? "");
      cells.set(id, taken);
    }
    const key = JSON.stringify([[...blocked], [...cells].map(([id, m]) => [id, [...m]])]);
    return { key, cells, blocked };
  }

  /** A formula as HyperFormula reads it; one it cannot evaluate becomes an error in its own cell. */
  private formulaContent(text: string, maxRows: (name: string | null) => number): string {
    const canonical = toCanonical(text, this.syntax);
    if (!canonical.ok) return `=${OFFLINE_ERROR}("${canonical.error.replace(/"/g, '""')}")`;
    return toHyperFormula(canonical.text, maxRows);
  }

  /** A sheet's cells as HyperFormula input: text forced to text, dates as serials in the zone. */
  private contentOf(sheet: EngineSheet, byName: Map<string, EngineSheet>): RawCellContent[][] {
    const timeZone = this.book.timeZone;
    const maxRows = (name: string | null) =>
      name === null ? sheet.maxRows : (byName.get(name.toLowerCase())?.maxRows ?? sheet.maxRows);
    const rows: RawCellContent[][] = [];
    const last = sheet.values.lastRow();
    for (let r = 0; r <= last; r++) {
      const source = sheet.values.row(r);
      const row: RawCellContent[] = [];
      if (source) {
        for (let c = 0; c < source.length; c++) {
          const v = source[c];
          if (v === undefined) row.push(null);
          else if (typeof v === "string") row.push(`'${v}`);
          else if (typeof v === "number" || typeof v === "boolean") row.push(v);
          else if (v instanceof Formula) row.push(this.formulaContent(v.text, maxRows));
          else row.push(instantToSerial(v.getTime(), timeZone));
        }
      }
      rows.push(row);
    }
    return rows;
  }
}
