/**
 * Cells and problems of a tab's rows, shared by every reader of a user's tab (ticket log, event log,
 * survey and customers tabs): what a blank is, a date-time or count cell's value, and problems
 * grouped by kind so a message names the first rows instead of repeating itself.
 */
import { type Locale, type MessageKey, t } from "../i18n/messages";
import { isDate } from "./values/cells";
import { parseTextTime, type ToInstant } from "./values/text-time";

export type Values = readonly (readonly unknown[])[];

/** Sentinel from `timeOf` for a non-blank cell that is not a valid date-time. */
export const INVALID = Number.NEGATIVE_INFINITY;

/**
 * Epoch ms of a date-time cell (or of an unambiguous date-time text, read with `zone` when given);
 * NaN for a blank cell; INVALID for anything else.
 */
export function timeOf(cell: unknown, zone: ToInstant | null): number {
  if (cell instanceof Date) {
    const ms = cell.getTime();
    return Number.isNaN(ms) ? INVALID : ms;
  }
  if (cell === "" || cell === null || cell === undefined) return Number.NaN;
  if (isDate(cell)) {
    const ms = (cell as Date).getTime();
    return Number.isNaN(ms) ? INVALID : ms;
  }
  if (typeof cell === "string") {
    if (cell.trim() === "") return Number.NaN;
    if (zone) {
      const ms = parseTextTime(cell, zone);
      if (!Number.isNaN(ms)) return ms;
    }
  }
  return INVALID;
}

export function textOf(cell: unknown): string {
  if (typeof cell === "string") return cell.trim();
  if (cell === null || cell === undefined) return "";
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString();
  return String(cell);
}

/** A count cell (CSAT, contacts) as a number ≥ 0; NaN for blank; INVALID for anything else. */
export function countOf(cell: unknown): number {
  if (typeof cell === "number") return cell >= 0 && cell < Number.POSITIVE_INFINITY ? cell : INVALID;
  if (cell === "" || cell === null || cell === undefined) return Number.NaN;
  if (typeof cell === "string") {
    const text = cell.trim();
    if (text === "") return Number.NaN;
    const n = Number(text);
    return n >= 0 && n < Number.POSITIVE_INFINITY ? n : INVALID;
  }
  return INVALID;
}

/** A blank cell: empty, or text of white space only. */
export function isBlankCell(cell: unknown): boolean {
  return (
    cell === "" || cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")
  );
}

export function isBlankRow(row: readonly unknown[] | undefined): boolean {
  if (!row) return true;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === "" || v === null || v === undefined) continue;
    if (typeof v === "string" && v.trim() === "") continue;
    return false;
  }
  return true;
}

/** The message for a cell that should hold a date-time but holds text, a number or something else. */
export function timeProblemKey(cell: unknown): MessageKey {
  return typeof cell === "string"
    ? "input.row.timeText"
    : typeof cell === "number"
      ? "input.row.timeNumber"
      : "input.row.timeOther";
}

/** Problems grouped by kind: the first one's message, how many rows, and a few example rows. */
export class RowProblems {
  private readonly groups = new Map<string, { message: string; count: number; rows: number[] }>();

  constructor(
    private readonly examples: number,
    private readonly locale: Locale,
  ) {}

  add(kind: string, row: number, describe: () => string): void {
    const group = this.groups.get(kind);
    if (!group) this.groups.set(kind, { message: describe(), count: 1, rows: [row] });
    else {
      group.count++;
      if (group.rows.length < this.examples) group.rows.push(row);
    }
  }

  messages(): string[] {
    const out: string[] = [];
    for (const { message, count, rows } of this.groups.values()) {
      out.push(count === 1 ? message : `${message} ${t("input.row.more", { count, rows }, this.locale)}`);
    }
    return out;
  }
}
