/**
 * Columns that should hold date-times but hold dates typed as text ("05/03/2026 14:30", "5 Oct
 * 2026"): the sidebar says which and how to turn them into dates, instead of leaving the user with
 * an empty month list. Text the input layer reads unambiguously (year first, isTextTime) is fine.
 */
import type { ColumnMapping, TicketField } from "../input/ticket";
import { isTextTime } from "../input/values/text-time";

/** The ticket fields whose cells must be points in time. */
const TIME_FIELDS: readonly TicketField[] = ["created", "firstResponse", "resolved"];

/**
 * Text a person reads as a date: day, month and year in digits (any order, any of / . -), or a
 * month written in words beside a year ("Oct 5, 2026", "5. Oktober 2026").
 */
const DATE_LIKE = [
  /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/,
  /\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4}/u,
  /\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}/u,
];

/** Cells looked at per column: enough to judge it, few enough for a 100,000-row tab. */
const SAMPLE = 50;

export interface DateTextHint {
  field: TicketField;
  /** The header as the tab writes it. */
  header: string;
  /** The first such cell, as written. */
  example: string;
}

/** Whether a cell is text that looks like a date but is not read as one. */
function isDateText(cell: unknown): cell is string {
  if (typeof cell !== "string") return false;
  const text = cell.trim();
  return text !== "" && !isTextTime(text) && DATE_LIKE.some((pattern) => pattern.test(text));
}

/**
 * The mapped time columns where at least half of the first non-blank cells are such text, each
 * header once (an event log maps one timestamp to several fields).
 */
export function dateTextHints(
  headers: readonly string[],
  rows: readonly (readonly unknown[])[],
  columns: ColumnMapping,
): DateTextHint[] {
  const hints: DateTextHint[] = [];
  const seen = new Set<string>();
  for (const field of TIME_FIELDS) {
    const header = columns[field];
    const index = header === undefined ? -1 : headers.indexOf(header);
    if (index < 0 || seen.has(header as string)) continue;
    seen.add(header as string);
    const cells: unknown[] = [];
    for (const row of rows) {
      const cell = row[index];
      if (cell === "" || cell === null || cell === undefined) continue;
      cells.push(cell);
      if (cells.length === SAMPLE) break;
    }
    const texts = cells.filter(isDateText);
    if (texts.length > 0 && texts.length * 2 >= cells.length) {
      hints.push({ field, header: header as string, example: texts[0].trim() });
    }
  }
  return hints;
}
