/**
 * What one cell holds, and how `Range.setValues` turns what the add-on writes into it.
 *
 * Sheets parses values written by Apps Script as if typed: "=…" becomes a formula, a leading "'"
 * keeps the rest as text (the "'" is not stored), plain numbers and TRUE/FALSE become numbers and
 * booleans. That parsing is exactly what lets data injected into a report turn into a formula, so
 * the offline sheet applies it too.
 */
/** A formula cell; `text` is what `getFormulas()` returns, starting with "=". */
export class Formula {
  constructor(readonly text: string) {}
}

/** A stored cell. Blank cells are `undefined` in the grid. */
export type Stored = string | number | boolean | Date | Formula;

/** A `Date` from any realm (the playground runs the add-on in a `node:vm` context). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/** Sheets' limit on the text in one cell. */
export const MAX_CELL_CHARACTERS = 50_000;

const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

function checkLength(text: string): void {
  if (text.length > MAX_CELL_CHARACTERS)
    throw new Error(
      `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`,
    );
}

/** A value as `setValues` stores it (see the module comment); `undefined` for a blank. */
export function parseEntered(value: unknown): Stored | undefined {
  if (typeof value === "string") {
    if (value === "") return undefined;
    checkLength(value);
    const first = value.charCodeAt(0);
    if (first === 61 /* = */) return new Formula(value);
    if (first === 39 /* ' */) return value.length > 1 ? value.slice(1) : undefined;
    // Only text starting like a number can be one: skip the regex for the rest (speed on big writes).
    const numeric = (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46;
    if (numeric && PLAIN_NUMBER.test(value)) return Number(value);
    if (value.length === 4 || value.length === 5) {
      const upper = value.toUpperCase();
      if (upper === "TRUE") return true;
      if (upper === "FALSE") return false;
    }
    return value;
  }
  return storeRaw(value);
}

/**
 * A value stored as given, never parsed (for loading data quickly): text stays text even when it
 * starts with "=". Numbers that are not finite become "#NUM!", as Sheets shows them.
 */
export function storeRaw(value: unknown): Stored | undefined {
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) ? value : "#NUM!";
    case "boolean":
      return value;
    case "string":
      if (value === "") return undefined;
      checkLength(value);
      return value;
    case "undefined":
      return undefined;
    default:
      if (value === null) return undefined;
      if (isDate(value)) return new Date(value.getTime());
      if (value instanceof Formula) return value;
      return String(value);
  }
}
