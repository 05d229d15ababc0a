/**
 * What one custom function is: its metadata beside its implementation (as in HyperFormula's function
 * plugins). The build reads these to write the `@customfunction` stubs of `dist/Code.js` and the
 * README's function reference, so names, parameters and help live in exactly one place.
 */
import type { CellValue } from "../platform/services";

/** How a parameter is shown in the JSDoc (`@param {type}`) that Sheets reads for autocomplete. */
export type ParamType = "range" | "number" | "text" | "date" | "boolean" | "value";

export interface ParamSpec {
  /** snake_case; Sheets shows it in autocomplete. */
  name: string;
  type: ParamType;
  /** One sentence; say the default for optional parameters. */
  help: string;
  optional?: boolean;
}

/** What a call may need from Sheets, read lazily so most functions touch no service at all. */
export interface CallContext {
  /** The spreadsheet's IANA time zone (never the script's). */
  timeZone(): string;
}

export type Result = CellValue | CellValue[][];

export interface FunctionSpec {
  /** Upper case, no collision with a built-in Sheets function, never ending in "_" (private in Apps Script). */
  name: string;
  /** One line, shown by Sheets' autocomplete. */
  summary: string;
  /** The exact convention: formula, edge cases, units. Goes into the JSDoc and the README. */
  convention: string;
  params: ParamSpec[];
  /** What comes back and its unit, e.g. "a fraction 0–1 (format as %)". */
  returns: string;
  /** A formula a user could type, e.g. `=NPS(B2:B)`. */
  example: string;
  /** `args` holds exactly what Sheets passed (missing optionals are undefined). */
  run(args: unknown[], context: CallContext): Result;
}

export function defineFunction(spec: FunctionSpec): FunctionSpec {
  return spec;
}
