/**
 * Sheets formula text → HyperFormula formula text, and the sheets a formula refers to.
 *
 * Sheets parses a formula in the spreadsheet's locale (File → Settings → Locale). Where the locale
 * writes decimals with "." (en_US, en_GB, zh_CN…), arguments are separated by "," (";" is accepted
 * too) and array literals are `{1,2;3,4}`; where it writes them with "," (de_DE, sv_SE, nb_NO,
 * lv_LV…), arguments are separated by ";" and array columns by "\": `{1\2;3\4}`. `toCanonical`
 * turns either into one fixed syntax HyperFormula is configured with (";" arguments, "." decimals,
 * `{1,2|3,4}` arrays). The add-on itself writes locale-proof formulas (";" separators, no decimal
 * literals, no "{}"), which read the same in both.
 *
 * Then only what HyperFormula spells differently is rewritten: the bare literals TRUE/FALSE
 * (functions there) and open-ended ranges such as `B2:B`, which Sheets reads to the sheet's last row.
 */
import { columnLetters, columnNumber } from "./a1";

/** How a locale writes formulas: its decimal mark decides the rest (see the module comment). */
export interface FormulaSyntax {
  decimal: "." | ",";
}

const SYNTAX = new Map<string, FormulaSyntax>();

/** Argument separator, decimal mark and array column separator of a Sheets locale, e.g. "de_DE". */
export function formulaSyntaxOf(locale: string): FormulaSyntax {
  let syntax = SYNTAX.get(locale);
  if (!syntax) {
    syntax = readSyntax(locale);
    SYNTAX.set(locale, syntax);
  }
  return syntax;
}

function readSyntax(locale: string): FormulaSyntax {
  let decimal = ".";
  try {
    const tag = locale.replace(/_/g, "-");
    decimal = new Intl.NumberFormat(tag).formatToParts(1.5).find((p) => p.type === "decimal")?.value ?? ".";
  } catch {
    // An unknown locale reads as en_US, as Sheets falls back to it.
  }
  return { decimal: decimal === "," ? "," : "." };
}

/** Sheets' argument separator in a locale, for messages and the README. */
export function argumentSeparator(syntax: FormulaSyntax): string {
  return syntax.decimal === "," ? ";" : ",";
}

/**
 * Deepest nesting of parentheses and braces HyperFormula's recursive parser is given; deeper
 * formulas overflow its stack (about 150 levels), so they become an error in their own cell.
 */
export const MAX_NESTING = 100;

export type Canonical = { ok: true; text: string } | { ok: false; error: string };

const DIGIT = /[0-9]/;
const NAME_CHAR = /[\w$.]/;

/** Whether the "," at `i` sits between the digits of a number literal (not in a name such as A1). */
function decimalComma(formula: string, i: number): boolean {
  if (!DIGIT.test(formula[i + 1] ?? "")) return false;
  let j = i - 1;
  while (j >= 0 && DIGIT.test(formula[j])) j--;
  if (j === i - 1) return false;
  return j < 0 || !NAME_CHAR.test(formula[j]);
}

/**
 * A formula as typed in a locale (see the module comment) in the one syntax HyperFormula reads, or
 * why it cannot be evaluated (nesting deeper than MAX_NESTING).
 */
export function toCanonical(formula: string, syntax: FormulaSyntax): Canonical {
  const comma = syntax.decimal === ",";
  const open: string[] = [];
  let deepest = 0;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A string literal or a quoted sheet name, with its doubled quotes, copied whole.
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch && formula[j + 1] === ch) j += 2;
        else if (formula[j] === ch) break;
        else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const inArray = open[open.length - 1] === "{";
    if (ch === "(" || ch === "{") {
      open.push(ch);
      deepest = Math.max(deepest, open.length);
      out += ch;
    } else if (ch === ")" || ch === "}") {
      open.pop();
      out += ch;
    } else if (ch === ";") out += inArray ? "|" : ";";
    else if (ch === ",") {
      if (comma) out += decimalComma(formula, i) ? "." : ",";
      else out += inArray ? "," : ";";
    } else if (ch === "\\" && comma && inArray) out += ",";
    else out += ch;
    i++;
  }
  if (deepest > MAX_NESTING)
    return {
      ok: false,
      error: `The formula nests parentheses ${deepest} levels deep; the offline spreadsheet evaluates at most ${MAX_NESTING}. Split it over several cells.`,
    };
  return { ok: true, text: out };
}

/**
 * One pass over a formula: string literals are kept whole; a quoted or plain sheet prefix followed
 * by an open-ended range, a lone quoted sheet name, a plain sheet prefix, and bare TRUE/FALSE are
 * the tokens of interest.
 */
const TOKENS =
  /("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+):(\$?[A-Za-z]{1,3})(?![\w$(.!])|'((?:[^']|'')+)'!|\b([A-Za-z_][\w.]*)!|\b(TRUE|FALSE)\b(?!\s*[(!.\w])/gi;

function unquote(prefix: string): string {
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/**
 * The HyperFormula text for a Sheets formula. `maxRows(name)` gives the row count of a sheet (the
 * formula's own sheet when `name` is null) to close open-ended ranges; `refs` collects the names of
 * the sheets the formula refers to.
 */
export function toHyperFormula(
  formula: string,
  maxRows: (sheetName: string | null) => number,
  refs?: Set<string>,
): string {
  return formula.replace(TOKENS, (whole, text, prefix, start, endColumn, quoted, plain, literal) => {
    if (text !== undefined) return whole;
    if (start !== undefined) {
      const sheet = prefix === undefined ? null : unquote(prefix);
      if (sheet !== null) refs?.add(sheet);
      return `${prefix ?? ""}${start}:${endColumn}${maxRows(sheet)}`;
    }
    if (quoted !== undefined) {
      refs?.add(quoted.replace(/''/g, "'"));
      return whole;
    }
    if (plain !== undefined) {
      refs?.add(plain);
      return whole;
    }
    return `${literal.toUpperCase()}()`;
  });
}

/** The names of the sheets a formula refers to (as written, before case folding). */
export function referencedSheets(formula: string): Set<string> {
  const refs = new Set<string>();
  toHyperFormula(formula, () => 1, refs);
  return refs;
}

const CELL_REFS = /("(?:[^"]|"")*")|('(?:[^']|'')+'!)|(?<![\w$.])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(.!])/g;

/**
 * A formula moved by (rows, columns), as Sheets applies a conditional-format formula to each cell
 * of its range: relative references shift, `$`-anchored parts stay.
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  return formula.replace(CELL_REFS, (whole, text, sheet, colAnchor, letters, rowAnchor, digits) => {
    if (text !== undefined || sheet !== undefined) return whole;
    const column = columnNumber(letters) + (colAnchor ? 0 : columns);
    const row = rowAnchor ? Number(digits) : Number(digits) + rows;
    if (row < 1 || column < 1) return "#REF!";
    return `${colAnchor}${columnLetters(column)}${rowAnchor}${row}`;
  });
}

const LOCALE_TOKENS = /("(?:[^"]|"")*")|('(?:[^']|'')+')|(?<![\w$.])(\d*\.\d+)(?![\w.])|([{},])/g;

/**
 * Why a formula would not parse in every Sheets locale: a decimal literal ("0.5" is "0,5" in
 * German), an array literal "{…}", or "," between arguments. Empty when it is locale-proof.
 */
export function localeProblems(formula: string): string[] {
  const problems = new Set<string>();
  for (const m of formula.matchAll(LOCALE_TOKENS)) {
    if (m[3] !== undefined) problems.add(`decimal literal ${m[3]}`);
    else if (m[4] === ",") problems.add('"," separator');
    else if (m[4] !== undefined) problems.add("array literal {}");
  }
  return [...problems];
}
