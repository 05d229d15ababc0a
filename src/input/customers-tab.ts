/**
 * The customers-and-finance tab (one row per month: customers at start and end, new and lost
 * customers, revenue, support cost, sales and marketing spend) as one record per month. Columns are
 * found from the headers (columns.ts). The month cell may be a date (its month in the spreadsheet's
 * time zone) or text such as "2026-10". Bad cells are ignored and bad rows skipped, each counted
 * under a problem that names the row and the cell.
 */

import { type Locale, t } from "../i18n/messages";
import { monthKeyOf } from "../metrics/zoned-time";
import { CUSTOMER_FIELDS, type CustomerField, detectCustomerColumns, fieldLabel } from "./columns";
import { isBlankCell, RowProblems } from "./rows";
import { describeValue, isDate } from "./values/cells";

/** A month's figures: every field of the tab but the month itself. */
type Figure = Exclude<CustomerField, "month">;

/** One month's figures; NaN when the cell is blank, invalid or its column is absent. */
export type CustomerMonth = { row: number; month: string } & Record<Figure, number>;

export interface CustomerData {
  sheet: string;
  /** By month "YYYY-MM". */
  months: Map<string, CustomerMonth>;
  /** Header text of each detected column. */
  columns: Partial<Record<CustomerField, string>>;
  /** Messages for the user (detection warnings, bad rows), each naming the tab. */
  problems: string[];
  /** Why no month could be read (no month column, no figures, no rows), else null. */
  error: string | null;
}

const SAMPLE_ROWS = 20;

/** "YYYY-MM" of a month cell: a date, or text "YYYY-MM" / "YYYY-MM-DD"; null otherwise. */
function monthOf(cell: unknown, timeZone: string): string | null {
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? null : monthKeyOf(cell.getTime(), timeZone);
  if (typeof cell !== "string") return null;
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(cell.trim());
  if (!match) return null;
  const month = Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${match[1]}-${match[2]}` : null;
}

/** An amount or count ≥ 0 (numbers typed as text too); NaN for blank; null when invalid. */
function amountOf(cell: unknown): number | null {
  if (isBlankCell(cell)) return Number.NaN;
  const n = typeof cell === "number" ? cell : typeof cell === "string" ? Number(cell.trim()) : Number.NaN;
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/** Reads a customers tab's values (header row first); dates' months are taken in `timeZone`. */
export function readCustomersTab(
  sheet: string,
  values: readonly (readonly unknown[])[],
  timeZone: string,
  locale: Locale = "en",
): CustomerData {
  const headers = values[0] ?? [];
  const detection = detectCustomerColumns(headers, { sample: values.slice(1, SAMPLE_ROWS + 1), locale });
  const prefix = (message: string) => t("report.tabProblem", { sheet, problem: message }, locale);
  const data: CustomerData = {
    sheet,
    months: new Map(),
    columns: detection.columns,
    problems: detection.warnings.map(prefix),
    error: null,
  };
  const cMonth = detection.indexes.month;
  const allFigures = CUSTOMER_FIELDS.filter((f): f is Figure => f !== "month");
  const figures = allFigures.filter((f) => detection.indexes[f] !== undefined);
  if (cMonth === undefined) {
    data.error = t("report.customers.noMonth", { sheet }, locale);
    return data;
  }
  if (figures.length === 0) {
    data.error = t("report.customers.noFigures", { sheet }, locale);
    return data;
  }

  const problems = new RowProblems(5, locale);
  const label = (field: CustomerField) => fieldLabel("customers", field, locale);
  const rowSkipped = t("input.effect.rowSkipped", undefined, locale);
  const cellIgnored = t("input.effect.cellIgnored", undefined, locale);
  for (let r = 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const sheetRow = r + 1;
    const cell = row[cMonth];
    if (isBlankCell(cell)) {
      if (!row.every(isBlankCell)) {
        problems.add("month:blank", sheetRow, () =>
          t("input.row.blank", { row: sheetRow, field: label("month"), effect: rowSkipped }, locale),
        );
      }
      continue;
    }
    const month = monthOf(cell, timeZone);
    if (month === null) {
      problems.add("month:bad", sheetRow, () =>
        t(
          "report.row.month",
          { row: sheetRow, field: label("month"), value: describeValue(cell), effect: rowSkipped },
          locale,
        ),
      );
      continue;
    }
    const earlier = data.months.get(month);
    if (earlier) {
      problems.add("month:repeat", sheetRow, () =>
        t("report.row.repeatMonth", { row: sheetRow, month, first: earlier.row, effect: rowSkipped }, locale),
      );
      continue;
    }
    const record = { row: sheetRow, month } as CustomerMonth;
    for (const field of allFigures) record[field] = Number.NaN;
    for (const field of figures) {
      const value = row[detection.indexes[field] as number];
      const amount = amountOf(value);
      if (amount === null) {
        problems.add(`${field}:number`, sheetRow, () =>
          t(
            "input.row.notNumber",
            { row: sheetRow, field: label(field), value: describeValue(value), effect: cellIgnored },
            locale,
          ),
        );
      } else record[field] = amount;
    }
    data.months.set(month, record);
  }
  data.problems.push(...problems.messages().map(prefix));
  if (data.months.size === 0 && data.problems.length === 0) {
    data.error = t("report.customers.empty", { sheet }, locale);
  }
  return data;
}
