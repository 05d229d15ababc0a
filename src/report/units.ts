/**
 * Human units on the report's numeric cells. Values stay numbers (so a user's formulas on them keep
 * working); only their number formats change how they read:
 *
 * - durations are stored as Sheets durations (days, the unit of date-time arithmetic) and shown by
 *   one format with conditions: whole minutes under an hour ("42 min"), hours and minutes up to 48 h
 *   ("5 h 30 min"), days beyond ("3.4 d");
 * - a change of a rate is in percentage points ("+2.5 pp"), of NPS in points, of counts, durations
 *   and money relative to the previous month ("+12%");
 * - money is in the spreadsheet's currency (its locale's region), as Sheets writes currency formats.
 *
 * Number formats are patterns Sheets reads the same in every locale (its own decimal separator is
 * shown), so none of this depends on the reader's locale.
 */
import type { KpiUnit } from "./kpis-catalog";

/** One hour in days, a hair less so that exactly 60 minutes reads "1 h 00 min", never "60 min". */
const HOUR_IN_DAYS = "0.0416666";
/** Durations: minutes under an hour, hours and minutes under 48 h, days with one decimal beyond. */
export const DURATION_FORMAT = `[<${HOUR_IN_DAYS}][m]" min";[<2][h]" h "mm" min";0.0" d"`;

/** Short durations (speed of answer, handle time): seconds under a minute, then minutes and seconds. */
export const SHORT_DURATION_FORMAT = `[<0.000694444][s]" s";[<${HOUR_IN_DAYS}][m]" min "ss" s";[h]" h "mm" min"`;

/** A duration in seconds as the report's cells hold it: days. */
export function secondsToCell(seconds: number | null): number | null {
  return seconds === null ? null : seconds / 86_400;
}

/** A duration in hours (the metrics' unit) as the report's cells hold it: days. */
export function hoursToCell(hours: number | null): number | null {
  return hours === null ? null : hours / 24;
}

/** Currency symbols by a spreadsheet locale's region (and the few languages that imply one). */
const CURRENCY: Record<string, { symbol: string; before: boolean }> = {
  US: { symbol: "$", before: true },
  CA: { symbol: "$", before: true },
  AU: { symbol: "$", before: true },
  NZ: { symbol: "$", before: true },
  GB: { symbol: "£", before: true },
  IE: { symbol: "€", before: false },
  IN: { symbol: "₹", before: true },
  SE: { symbol: "kr", before: false },
  NO: { symbol: "kr", before: false },
  DK: { symbol: "kr.", before: false },
  DE: { symbol: "€", before: false },
  AT: { symbol: "€", before: false },
  FR: { symbol: "€", before: false },
  NL: { symbol: "€", before: false },
  BE: { symbol: "€", before: false },
  ES: { symbol: "€", before: false },
  IT: { symbol: "€", before: false },
  FI: { symbol: "€", before: false },
  LV: { symbol: "€", before: false },
  LT: { symbol: "€", before: false },
  EE: { symbol: "€", before: false },
  CH: { symbol: "CHF", before: true },
  CN: { symbol: "¥", before: true },
  JP: { symbol: "¥", before: true },
  TW: { symbol: "NT$", before: true },
  HK: { symbol: "HK$", before: true },
  PL: { symbol: "zł", before: false },
};

/**
 * The money format of a spreadsheet locale ("de_DE" → `#,##0.00 [$€]`): the region's currency
 * symbol, before or after the amount as that region writes it; plain `#,##0.00` for a region not
 * known here (an amount without a symbol is better than a wrong currency).
 */
export function moneyFormat(spreadsheetLocale: string): string {
  const region = spreadsheetLocale.split(/[_-]/)[1]?.toUpperCase() ?? "";
  const currency = CURRENCY[region];
  if (!currency) return "#,##0.00";
  return currency.before ? `[$${currency.symbol}]#,##0.00` : `#,##0.00 [$${currency.symbol}]`;
}

/** Number formats of the report's values by unit (money from the spreadsheet's locale). */
export function valueFormat(unit: KpiUnit, spreadsheetLocale: string): string {
  switch (unit) {
    case "count":
      return "#,##0";
    case "hours":
      return DURATION_FORMAT;
    case "seconds":
      return SHORT_DURATION_FORMAT;
    case "fraction":
      return "0.0%";
    case "points":
      return "0.0";
    case "score":
      return "0.00";
    default:
      return moneyFormat(spreadsheetLocale);
  }
}

/** How a KPI's change from the previous month is measured: relative, in points or in percentage points. */
export type ChangeKind = "relative" | "points" | "pp";

export function changeKind(unit: KpiUnit): ChangeKind {
  if (unit === "fraction") return "pp";
  if (unit === "points" || unit === "score") return "points";
  return "relative";
}

/** Number formats of changes, with an explicit sign ("+12%", "-2.5 pp", "+3.0"). */
export const CHANGE_FORMAT: Record<ChangeKind, string> = {
  relative: "+0%;-0%;0%",
  points: "+0.0;-0.0;0.0",
  pp: '+0.0" pp";-0.0" pp";0.0" pp"',
};

/** Decimals each change format shows (a percentage two more than it writes). */
const CHANGE_DECIMALS: Record<ChangeKind, number> = { relative: 2, points: 1, pp: 1 };

/**
 * The change from `previous` to `current`, both in the unit's stored form: relative (a fraction),
 * in points, or in percentage points. null when either is missing or a relative change has no base.
 */
export function changeValue(
  kind: ChangeKind,
  current: number | null,
  previous: number | null,
): number | null {
  if (current === null || previous === null) return null;
  const change =
    kind === "pp"
      ? (current - previous) * 100
      : kind === "points"
        ? current - previous
        : current / previous - 1;
  if (kind === "relative" && previous === 0) return null;
  const scale = 10 ** CHANGE_DECIMALS[kind];
  return Math.round(change * scale) === 0 ? 0 : change;
}

/**
 * The same change as a native formula over two cells (A1 addresses): blank unless both are numbers
 * (and, for a relative change, the previous is not 0). Whole-number literals only: locale-proof.
 */
export function changeFormula(kind: ChangeKind, current: string, previous: string): string {
  const both = `AND(ISNUMBER(${current});ISNUMBER(${previous}))`;
  const change =
    kind === "pp"
      ? `(${current}-${previous})*100`
      : kind === "points"
        ? `(${current}-${previous})`
        : `(${current}/${previous}-1)`;
  // A change its format would show as zero is exactly 0: "0.0 pp", never "-0.0 pp".
  const exact = `IF(ROUND(${change};${CHANGE_DECIMALS[kind]})=0;0;${change})`;
  if (kind === "relative") return `=IF(${both};IF(${previous}=0;"";${exact});"")`;
  return `=IF(${both};${exact};"")`;
}
