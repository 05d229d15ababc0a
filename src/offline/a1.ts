/**
 * A1 notation, as Sheets writes it: columns A…Z, AA…ZZ, AAA…; a single cell as "B5", a block as
 * "B5:D9".
 */

/** 1 → "A", 27 → "AA". */
export function columnLetters(column: number): string {
  let letters = "";
  let n = column;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "AA" → 27; case-insensitive. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "B5" for one cell, "B5:D9" for a block, as `Range.getA1Notation()` gives it. */
export function a1Notation(row: number, column: number, numRows = 1, numColumns = 1): string {
  const start = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

/** A block of cells, 1-based. */
export interface CellBlock {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/**
 * "B5" or "B5:D9" (either corner order, "$" ignored) to a block. Throws on anything else: the
 * offline sheet takes whole-row or whole-column ranges only through explicit numbers.
 */
export function parseA1(a1: string): CellBlock {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(a1.trim());
  if (!match) throw new Error(`Range not found: "${a1}" is not a cell ("B5") or a block ("B5:D9").`);
  const c1 = columnNumber(match[1]);
  const r1 = Number(match[2]);
  const c2 = match[3] ? columnNumber(match[3]) : c1;
  const r2 = match[4] ? Number(match[4]) : r1;
  if (r1 < 1 || r2 < 1) throw new Error(`Range not found: "${a1}" names row 0.`);
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numColumns: Math.abs(c2 - c1) + 1,
  };
}
