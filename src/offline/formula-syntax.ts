/**
 * Sheets formula text → HyperFormula formula text, and the sheets a formula refers to.
 *
 * The add-on writes locale-proof formulas (";" separators, no decimal literals, no "{}"), and
 * HyperFormula is configured with ";" too, so only what HyperFormula spells differently is
 * rewritten: the bare literals TRUE/FALSE (functions there) and open-ended ranges such as `B2:B`,
 * which Sheets reads to the sheet's last row.
 */
import { columnLetters, columnNumber } from "./a1";

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
