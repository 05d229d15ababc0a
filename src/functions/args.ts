/**
 * Reading what Sheets passes to a custom function, with errors a support lead can act on.
 *
 * Sheets passes a range as a 2-D array (blanks as ""), a single cell as a bare value, numbers typed as
 * text as strings, and date-time cells as `Date` objects. `B2:B` brings every trailing blank row, so
 * the loops here are plain `for` loops over the arrays as given (no copies, no callbacks): they run
 * over a million cells on every recalculation.
 *
 * Every error names the function, the argument, the offending value, its row within the range, and
 * how many rows share the problem, e.g.
 * `NPS: scores row 7 holds "ten", not a whole number from 0 to 10 (3 rows like this).`
 */
import { describeValue, isBlank } from "../input/values/cells";

/** Collects invalid cells so one message can name the first and count the rest. */
export class Problems {
  count = 0;
  private firstRow = 0;
  private firstValue: unknown;

  constructor(
    private readonly fn: string,
    private readonly arg: string,
    /** What a valid value is, after "not": e.g. "a whole number from 0 to 10". */
    private readonly expected: string,
  ) {}

  add(row: number, value: unknown): void {
    if (this.count === 0) {
      this.firstRow = row;
      this.firstValue = value;
    }
    this.count++;
  }

  /** Throws if anything was added. `hint` is appended as its own sentence. */
  throwIfAny(hint = ""): void {
    if (this.count === 0) return;
    const others = this.count === 1 ? "" : ` (${this.count} rows like this)`;
    throw new Error(
      `${this.fn}: ${this.arg} row ${this.firstRow} holds ${describeValue(this.firstValue)}, not ${this.expected}${others}.` +
        (hint ? ` ${hint}` : ""),
    );
  }
}

/** A range as rows of cells; a single value is a 1×1 range. */
export function asRows(value: unknown): unknown[][] {
  if (Array.isArray(value)) {
    return value.length > 0 && Array.isArray(value[0]) ? (value as unknown[][]) : [value as unknown[]];
  }
  return [[value]];
}

/** A number typed as text ("9", " 9.5 ") as a number; NaN when it is not one. */
export function parseNumber(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "string") {
    const text = value.trim();
    if (text === "" || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return Number.NaN;
    return Number(text);
  }
  return Number.NaN;
}

/** Paired columns (created and resolved, start and end) must line up row for row. */
export function requireSameRows(
  fn: string,
  argA: string,
  a: ArrayLike<unknown>,
  argB: string,
  b: ArrayLike<unknown>,
) {
  if (a.length !== b.length) {
    throw new Error(
      `${fn}: ${argA} has ${a.length} rows but ${argB} has ${b.length}; pass ranges of the same rows, e.g. A2:A and B2:B.`,
    );
  }
}

/** One value where a range would be a mistake: a 1×1 range is accepted, anything larger is an error. */
export function single(fn: string, arg: string, value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const rows = asRows(value);
  if (rows.length === 1 && rows[0].length === 1) return rows[0][0];
  throw new Error(
    `${fn}: ${arg} must be a single value, not a range of ${rows.length}×${rows[0]?.length ?? 0} cells.`,
  );
}

export interface NumberRule {
  min?: number;
  integer?: boolean;
  /** Used when the argument is omitted or blank; without it the argument is required. */
  default?: number;
}

/** A single number, with the function's own bounds; text that is a number is accepted. */
export function readNumber(fn: string, arg: string, value: unknown, rule: NumberRule = {}): number {
  const cell = single(fn, arg, value);
  if (isBlank(cell)) {
    if (rule.default !== undefined) return rule.default;
    throw new Error(`${fn}: ${arg} is required and is blank.`);
  }
  const n = parseNumber(cell);
  if (!Number.isFinite(n)) throw new Error(`${fn}: ${arg} is ${describeValue(cell)}, not a number.`);
  if (rule.integer && !Number.isInteger(n)) throw new Error(`${fn}: ${arg} is ${n}, not a whole number.`);
  if (rule.min !== undefined && n < rule.min)
    throw new Error(`${fn}: ${arg} is ${n}; it must be at least ${rule.min}.`);
  return n;
}

/** A single text option, matched case-insensitively against `choices`; returns the canonical choice. */
export function readChoice<T extends string>(
  fn: string,
  arg: string,
  value: unknown,
  choices: readonly T[],
  fallback: T,
): T {
  const cell = single(fn, arg, value);
  if (isBlank(cell)) return fallback;
  const text = String(cell).trim().toLowerCase();
  for (const choice of choices) if (choice.toLowerCase() === text) return choice;
  throw new Error(
    `${fn}: ${arg} is ${describeValue(cell)}; use one of ${choices.map((c) => `"${c}"`).join(", ")}.`,
  );
}

/** A single optional text value ("" when omitted or blank). */
export function readText(fn: string, arg: string, value: unknown): string {
  const cell = single(fn, arg, value);
  return isBlank(cell) ? "" : String(cell).trim();
}

/**
 * Survey scores counted in one pass: `counts[s]` is how many cells hold the whole number `s`
 * (`min`…`max`; indexes below `min` stay 0). Any shape is read cell by cell; blanks are skipped;
 * numbers typed as text are accepted. Counting instead of collecting keeps the pass over a
 * million-cell open-ended range free of allocations. Throws naming the first invalid cell (with
 * `hint` appended), or when there are no responses.
 */
export function tallyScores(
  fn: string,
  arg: string,
  value: unknown,
  min: number,
  max: number,
  hint = "",
): Float64Array {
  const counts = new Float64Array(max + 1);
  const problems = new Problems(fn, arg, `a whole number from ${min} to ${max}`);
  const responses = countScores(asRows(value), min, max, counts, problems);
  problems.throwIfAny(hint);
  if (responses === 0) throw new Error(`${fn}: ${arg} has no responses: every cell is blank.`);
  return counts;
}

/**
 * The hot loop of `tallyScores`, alone in its function: V8 optimizes it mid-loop (on-stack
 * replacement), and code after a loop that has not run yet would make that optimized code bail out.
 */
function countScores(rows: unknown[][], min: number, max: number, counts: Float64Array, problems: Problems) {
  let responses = 0;
  for (let r = 0; r < rows.length; r++) {
    let row = rows[r];
    // Sheets always passes rows; anything else (a hand-built array) is read as one cell.
    if (!Array.isArray(row)) row = [row];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      // Numbers first: the common case, and the one a million-cell pass must keep cheap.
      if (typeof cell === "number") {
        if (cell >= min && cell <= max && Number.isInteger(cell)) {
          counts[cell]++;
          responses++;
        } else problems.add(r + 1, cell);
      } else if (cell !== "" && !isBlank(cell)) {
        const n = parseNumber(cell);
        if (n >= min && n <= max && Number.isInteger(n)) {
          counts[n]++;
          responses++;
        } else problems.add(r + 1, cell);
      }
    }
  }
  return responses;
}

/** Runs a metric, prefixing the plain message of anything it throws with the function's name. */
export function prefixErrors<T>(fn: string, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw new Error(`${fn}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
