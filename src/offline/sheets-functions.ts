/**
 * Sheets functions HyperFormula lacks or renders differently, registered into HyperFormula:
 * - SPARKLINE: draws in Sheets and holds no value, so it checks its arguments and yields "";
 * - TEXT: HyperFormula's own handles few patterns, so it formats with numfmt like the display does;
 * - the add-on's custom functions (e.g. NPS), called with arguments as Sheets passes them (dates,
 *   from a cell or from DATE, TODAY or DATEVALUE, as `Date`), their array results recorded so the
 *   engine can spill them;
 * - OFFLINE_ERROR(message): stands in for a formula the offline engine cannot evaluate, so the
 *   error shows in that cell alone.
 *
 * HyperFormula keeps its function registry globally; registering is idempotent, and each engine
 * finds its locale and custom functions in its `context`.
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type ImplementedFunctions,
  SimpleRangeValue,
} from "hyperformula";
import { isDate, type Stored } from "./cell";
import { displayValue } from "./display";
import { instantToSerial, serialToInstant } from "./serial";

/** A custom function as the add-on's bundle exports it. */
export type CustomFunction = (...args: unknown[]) => unknown;

/** The name of the stand-in function for formulas the engine cannot evaluate. */
export const OFFLINE_ERROR = "SUPPORTKPIS_OFFLINE_ERROR";

/** A cell of an array result: a Date is kept as its serial, marked. */
export type SpillValue = string | number | boolean | { serial: number };

/** Array results by anchor ("engineSheet:row:column", 0-based), and anchors whose spill is blocked (why). */
export interface SpillState {
  arrays: Map<string, SpillValue[][]>;
  blocked: Map<string, string>;
}

/** What each engine passes to the functions here. */
export interface FunctionContext {
  locale: string;
  timeZone: string;
  customFunctions: Record<string, CustomFunction>;
  /** The stored cell at an engine address; "formula" when only the engine knows its value. */
  storedAt(engineSheet: number, row: number, column: number): Stored | undefined | "formula";
  spill: SpillState;
}

const SPARKLINE_OPTIONS = new Set([
  "charttype",
  "color",
  "color1",
  "color2",
  "negcolor",
  "empty",
  "nan",
  "rtl",
  "xmin",
  "xmax",
  "ymin",
  "ymax",
  "max",
  "min",
  "linewidth",
  "highcolor",
  "lowcolor",
  "firstcolor",
  "lastcolor",
  "axis",
  "axiscolor",
]);
const CHART_TYPES = new Set(["line", "bar", "column", "winloss"]);

interface Address {
  sheet: number;
  row: number;
  col: number;
}
interface AstLike {
  type: string;
  procedureName?: string;
  args: AstLike[];
  reference?: { toSimpleCellAddress(base: Address): Address };
}
interface StateLike {
  formulaAddress: Address;
}

function plain(value: unknown): unknown {
  if (value === EmptyValue || value === null || value === undefined) return "";
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: number }).val;
  return value;
}

/** HyperFormula's number types that Sheets formats as a date, a date-time or a time. */
const DATED = new Set(["NUMBER_DATE", "NUMBER_DATETIME", "NUMBER_TIME"]);

/** A value as a custom function receives it: a date-typed number (DATE, TODAY, DATEVALUE…) as a Date. */
function argument(value: unknown, context: FunctionContext): unknown {
  if (typeof value === "object" && value !== null && "val" in value && "getDetailedType" in value) {
    const type = (value as { getDetailedType(): string }).getDetailedType();
    const serial = (value as { val: number }).val;
    if (DATED.has(type)) return new Date(serialToInstant(serial, context.timeZone));
  }
  return plain(value);
}

function firstError(range: SimpleRangeValue): CellError | undefined {
  for (const row of range.data) for (const v of row) if (v instanceof CellError) return v;
  return undefined;
}

function sparkline(data: unknown, options: unknown): unknown {
  if (data instanceof CellError) return data;
  if (data instanceof SimpleRangeValue) {
    const error = firstError(data);
    if (error) return error;
    const w = data.width();
    const h = data.height();
    if (w > 2 && h > 2)
      return new CellError(
        ErrorType.VALUE,
        `SPARKLINE: data is ${h} rows by ${w} columns; give one row or column (or two for x,y).`,
      );
  } else if (typeof plain(data) !== "number") {
    return new CellError(ErrorType.VALUE, "SPARKLINE: data must be a range of numbers.");
  }
  if (options === undefined) return "";
  if (options instanceof CellError) return options;
  if (!(options instanceof SimpleRangeValue) || options.width() !== 2)
    return new CellError(
      ErrorType.VALUE,
      "SPARKLINE: options must be a range of two columns (option, value).",
    );
  for (const [key, value] of options.data) {
    const name = String(plain(key)).toLowerCase();
    if (name === "") continue;
    if (!SPARKLINE_OPTIONS.has(name))
      return new CellError(ErrorType.VALUE, `SPARKLINE: unknown option "${String(plain(key))}".`);
    if (name === "charttype" && !CHART_TYPES.has(String(plain(value)).toLowerCase()))
      return new CellError(ErrorType.VALUE, `SPARKLINE: unknown charttype "${String(plain(value))}".`);
  }
  return "";
}

/** A custom function's result as rows of cells (a lone value is a 1 × 1 grid, a flat array one row). */
function asGrid(result: unknown): unknown[][] {
  if (!Array.isArray(result)) return [[result]];
  if (result.length === 0) return [[""]];
  return result.every((row) => Array.isArray(row)) ? (result as unknown[][]) : [result];
}

/** A value from a custom function, as a cell shows it; a date as its serial, marked. */
function fromCustom(result: unknown, context: FunctionContext): unknown {
  let value = result;
  while (Array.isArray(value)) value = value[0];
  if (value === undefined || value === null) return "";
  if (isDate(value)) return { serial: instantToSerial(value.getTime(), context.timeZone) };
  if (typeof value === "number")
    return Number.isFinite(value) ? value : new CellError(ErrorType.NUM, "Not a finite number.");
  if (typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

const implemented: ImplementedFunctions = {
  SPARKLINE: {
    method: "sparkline",
    parameters: [
      { argumentType: FunctionArgumentType.ANY },
      { argumentType: FunctionArgumentType.ANY, optionalArg: true },
    ],
    vectorizationForbidden: true,
  },
  TEXT: {
    method: "text",
    parameters: [
      { argumentType: FunctionArgumentType.SCALAR },
      { argumentType: FunctionArgumentType.STRING },
    ],
  },
  [OFFLINE_ERROR]: {
    method: "offlineError",
    parameters: [{ argumentType: FunctionArgumentType.STRING }],
  },
};

/** HyperFormula's plugin for the functions above; methods are looked up by name. */
class SheetsFunctions extends FunctionPlugin {
  static override implementedFunctions = implemented;

  // HyperFormula's AST, state and NumberType are internal types: `as never` hands ours over.
  sparkline(ast: AstLike, state: StateLike) {
    return this.runFunction(
      ast.args as never,
      state as never,
      this.metadata("SPARKLINE"),
      sparkline as never,
    );
  }

  text(ast: AstLike, state: StateLike) {
    const context = this.config.context as FunctionContext;
    return this.runFunction(
      ast.args as never,
      state as never,
      this.metadata("TEXT"),
      (value: unknown, pattern: string) => {
        const v = plain(value);
        const shown = typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : "";
        return displayValue(shown, pattern, context.locale);
      },
    );
  }

  custom(ast: AstLike, state: StateLike) {
    const context = this.config.context as FunctionContext;
    const name = String(ast.procedureName);
    const fn = context.customFunctions[name];
    if (!fn) return new CellError(ErrorType.NAME, `Unknown function: '${name.toLowerCase()}'.`);
    const args: unknown[] = [];
    for (const arg of ast.args) {
      const value = this.evaluateAst(arg as never, state as never);
      if (value instanceof CellError) return value;
      if (value instanceof SimpleRangeValue) {
        const error = firstError(value);
        if (error) return error;
        args.push(this.rangeArgument(value, context));
      } else if (arg.type === "CELL_REFERENCE" && arg.reference) {
        const at = arg.reference.toSimpleCellAddress(state.formulaAddress);
        const stored = context.storedAt(at.sheet, at.row, at.col);
        args.push(stored === "formula" ? argument(value, context) : cellArgument(stored));
      } else {
        args.push(argument(value, context));
      }
    }
    try {
      const grid = asGrid(fn(...args));
      if (grid.length > 1 || grid[0].length > 1) {
        const at = state.formulaAddress;
        const anchor = `${at.sheet}:${at.row}:${at.col}`;
        context.spill.arrays.set(
          anchor,
          grid.map((row) => row.map((v) => spillValue(v, context))),
        );
        const blocked = context.spill.blocked.get(anchor);
        if (blocked) return new CellError(ErrorType.REF, blocked);
      }
      const value = fromCustom(grid[0][0], context);
      if (typeof value !== "object" || value === null || value instanceof CellError) return value;
      // A Date shows as a date-time in Sheets: HyperFormula's date-time number type carries that.
      return this.returnNumberWrapper((value as { serial: number }).serial, "NUMBER_DATETIME" as never);
    } catch (error) {
      // The bundle runs in its own realm: its Errors are not `instanceof Error` here. Sheets shows
      // the message alone, without "Error: ".
      const message =
        typeof error === "object" && error !== null && "message" in error
          ? String(error.message)
          : String(error);
      return new CellError(ErrorType.ERROR, message);
    }
  }

  offlineError(ast: AstLike, state: StateLike) {
    return this.runFunction(
      ast.args as never,
      state as never,
      this.metadata(OFFLINE_ERROR),
      (message: string) => new CellError(ErrorType.ERROR, message),
    );
  }

  /** A range as Sheets passes it: rows of cells, stored dates as Date; a single cell bare. */
  private rangeArgument(range: SimpleRangeValue, context: FunctionContext): unknown {
    const data = range.data;
    const start = range.range?.start;
    const rows = data.map((row, i) =>
      row.map((v, j) => {
        if (!start) return plain(v);
        const stored = context.storedAt(start.sheet, start.row + i, start.col + j);
        return stored === "formula" ? argument(v, context) : cellArgument(stored);
      }),
    );
    return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
  }
}

/** One cell of an array result as the engine places it. */
function spillValue(value: unknown, context: FunctionContext): SpillValue {
  const cell = fromCustom(value, context);
  if (cell instanceof CellError) return "#NUM!";
  return cell as SpillValue;
}

function cellArgument(stored: Stored | undefined): unknown {
  if (stored === undefined) return "";
  if (isDate(stored)) return new Date(stored.getTime());
  return stored;
}

let registered = false;
const customNames = new Set<string>();

function translations(names: string[]) {
  return { enGB: Object.fromEntries(names.map((n) => [n, n])) };
}

/**
 * Registers SPARKLINE, TEXT and the given custom function names (idempotent). A custom name that
 * is a built-in function is skipped: in Sheets a built-in wins over a custom function.
 */
export function registerSheetsFunctions(customFunctionNames: string[] = []): void {
  const plugin = SheetsFunctions as never;
  if (!registered) {
    HyperFormula.registerFunctionPlugin(plugin, translations(Object.keys(implemented)));
    registered = true;
  }
  const builtIn = new Set(HyperFormula.getRegisteredFunctionNames("enGB"));
  for (const raw of customFunctionNames) {
    const name = raw.toUpperCase();
    if (customNames.has(name) || builtIn.has(name)) continue;
    implemented[name] = {
      method: "custom",
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
      repeatLastArgs: 1,
      vectorizationForbidden: true,
    };
    HyperFormula.registerFunction(name, plugin, translations([name]));
    customNames.add(name);
  }
}
