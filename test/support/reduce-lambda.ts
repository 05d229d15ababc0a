/**
 * HyperFormula has no LAMBDA, REDUCE or LET, which Sheets has. The staffing calculator runs Erlang B as
 * `REDUCE(init; SEQUENCE(n); LAMBDA(acc; k; body))`; this evaluates exactly that form as Sheets does
 * (acc starts at init; for k = 1…n, acc = body) and leaves everything else to HyperFormula: init, n
 * and every step of body (acc and k put in as numbers) are computed by it on the sheet. A cell with
 * such a formula is then held as its value, so the cells that refer to it recompute as usual.
 */
import type { HyperFormula, SimpleCellAddress } from "hyperformula";

/** Splits `text` at the top-level `;` (outside parentheses and quoted text). */
function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === ";" && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}

/** The call `NAME(…)` starting at `from` in `formula`: its arguments and the index after it. */
function callAt(formula: string, from: number, name: string): { args: string[]; end: number } {
  const open = from + name.length;
  if (formula.slice(from, open + 1) !== `${name}(`) throw new Error(`expected ${name}( in ${formula}`);
  let depth = 0;
  for (let i = open; i < formula.length; i++) {
    if (formula[i] === "(") depth++;
    else if (formula[i] === ")" && --depth === 0) {
      return { args: splitArguments(formula.slice(open + 1, i)), end: i + 1 };
    }
  }
  throw new Error(`unbalanced ${name}( in ${formula}`);
}

function numberIn(hf: HyperFormula, sheet: number, expression: string): number {
  const value = hf.calculateFormula(`=${expression}`, sheet);
  if (typeof value !== "number") throw new Error(`${expression} is ${String(value)}, not a number`);
  return value;
}

/** A number as a formula literal HyperFormula reads (it takes "1e-30", not "1E-30"). */
const literal = (n: number) => `(${String(n)})`;

/**
 * `formula` with each REDUCE(init; SEQUENCE(n); LAMBDA(acc; k; body)) replaced by its value, or by
 * NA() when n is not a whole number ≥ 1 (Sheets shows an error there too).
 */
export function expandReduce(hf: HyperFormula, sheet: number, formula: string): string {
  let out = formula;
  for (let at = out.indexOf("REDUCE("); at >= 0; at = out.indexOf("REDUCE(")) {
    const reduce = callAt(out, at, "REDUCE");
    const [initText, sequenceText, lambdaText] = reduce.args;
    const sequence = callAt(sequenceText, 0, "SEQUENCE");
    const lambda = callAt(lambdaText, 0, "LAMBDA");
    const [acc, k, body] = lambda.args;
    let value: string;
    const count = hf.calculateFormula(`=${sequence.args[0]}`, sheet);
    if (typeof count !== "number" || count < 1 || sequence.args.length !== 1 || lambda.args.length !== 3) {
      value = "NA()";
    } else {
      let result = numberIn(hf, sheet, initText);
      for (let step = 1; step <= Math.floor(count); step++) {
        const stepBody = body
          .replace(new RegExp(`\\b${acc}\\b`, "g"), literal(result))
          .replace(new RegExp(`\\b${k}\\b`, "g"), literal(step));
        result = numberIn(hf, sheet, stepBody);
      }
      value = literal(result);
    }
    out = out.slice(0, at) + value + out.slice(reduce.end);
  }
  return out;
}

/** A cell holding a REDUCE formula, and the formula. */
export interface ReduceCell {
  address: SimpleCellAddress;
  formula: string;
}

/** Recomputes each REDUCE cell from its formula (call after inputs change) and stores its value. */
export function refreshReduceCells(hf: HyperFormula, cells: readonly ReduceCell[]): void {
  for (const { address, formula } of cells) {
    const value = hf.calculateFormula(expandReduce(hf, address.sheet, formula), address.sheet);
    // An error (or anything but a number or text) stays an error, so the cells below show it.
    const held = typeof value === "number" || typeof value === "string" ? value : "=NA()";
    hf.setCellContents(address, [[held]]);
  }
}
