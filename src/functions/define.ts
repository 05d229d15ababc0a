/**
 * What one custom function is: its metadata beside its implementation (as in HyperFormula's function
 * plugins), in two parts side by side in the function's file:
 * - `defineFunction`: what a call needs (name, parameter names, an example for error messages, `run`).
 *   The registry imports these, so they are in `dist/Code.js`.
 * - `FunctionDocs`: the help texts (summary, convention, parameter help, what it returns), each
 *   returned by a function that only the build and tests call. Nothing in the add-on refers to
 *   them, so esbuild leaves them out of the bundle (written as constants, some would stay: esbuild
 *   keeps a template literal that interpolates another module's constant). Sheets evaluates the
 *   whole script on every call, and gets the help from the generated JSDoc anyway.
 * `specOf` joins the two into a `FunctionSpec`, from which the build writes the `@customfunction`
 * stubs and the README's function reference: names, parameters and help live in exactly one place.
 */
import type { CellValue } from "../platform/services";

/** How a parameter is shown in the JSDoc (`@param {type}`) that Sheets reads for autocomplete. */
export type ParamType = "range" | "number" | "text" | "date" | "boolean" | "value";

/** A parameter as a call sees it. */
export interface Param<Name extends string = string> {
  /** snake_case; Sheets shows it in autocomplete. */
  readonly name: Name;
  readonly optional?: boolean;
}

/** What a call may need from Sheets, read lazily so most functions touch no service at all. */
export interface CallContext {
  /** The spreadsheet's IANA time zone (never the script's). */
  timeZone(): string;
}

export type Result = CellValue | CellValue[][];

/** A custom function as the add-on runs it. */
export interface CustomFunction<Name extends string = string> {
  /** Upper case, no collision with a built-in Sheets function, never ending in "_" (private in Apps Script). */
  readonly name: string;
  readonly params: readonly Param<Name>[];
  /** A formula a user could type, e.g. `=NPS(B2:B)`; error messages quote it. */
  readonly example: string;
  /** `args` holds exactly what Sheets passed (missing optionals are undefined). */
  run(args: unknown[], context: CallContext): Result;
}

export function defineFunction<const Name extends string>(fn: CustomFunction<Name>): CustomFunction<Name> {
  return fn;
}

/** The names of a custom function's parameters. */
type ParamName<F extends CustomFunction> = F["params"][number]["name"];

export interface ParamDocs {
  type: ParamType;
  /** One sentence; say the default for optional parameters. */
  help: string;
}

/** A custom function's help texts: build time only (JSDoc, README, tests), never in the bundle. */
export interface FunctionDocs<F extends CustomFunction = CustomFunction> {
  function: F;
  /** One line, shown by Sheets' autocomplete. */
  summary: string;
  /** The exact convention: formula, edge cases, units. Goes into the JSDoc and the README. */
  convention: string;
  /** Every parameter's type and help, by name. */
  params: { [Name in ParamName<F>]: ParamDocs };
  /** What comes back and its unit, e.g. "a fraction 0–1 (format as %)". */
  returns: string;
}

export interface ParamSpec extends Param, ParamDocs {}

/** A custom function with its help texts: what the build writes stubs and the README from. */
export interface FunctionSpec {
  name: string;
  summary: string;
  convention: string;
  params: ParamSpec[];
  returns: string;
  example: string;
  run(args: unknown[], context: CallContext): Result;
}

/** Joins a function and its docs; every parameter must be documented, and nothing else. */
export function specOf(docs: FunctionDocs): FunctionSpec {
  const fn = docs.function;
  const documented: Record<string, ParamDocs | undefined> = docs.params;
  const params = fn.params.map((p): ParamSpec => {
    const help = documented[p.name];
    if (!help) throw new Error(`${fn.name}: parameter ${p.name} has no docs.`);
    return { name: p.name, type: help.type, help: help.help, optional: p.optional };
  });
  const extra = Object.keys(documented).filter((name) => !fn.params.some((p) => p.name === name));
  if (extra.length > 0) throw new Error(`${fn.name}: docs for unknown parameters ${extra.join(", ")}.`);
  const { summary, convention, returns } = docs;
  return { name: fn.name, summary, convention, params, returns, example: fn.example, run: fn.run };
}
